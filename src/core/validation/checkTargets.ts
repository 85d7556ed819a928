/**
 * Checks the figures of every target row on `Chỉ tiêu`: numbers that are numbers, percentages within
 * 0–100 and not typed as fractions, numerators within their denominators, the Không phát sinh mark and
 * Cách tính, a note on lagging rows, and the `Kết quả`/`Đánh giá` formulas still in place.
 */
import { targetStatusLabels } from "../messages/status";
import * as msg from "../messages/validation";
import { excelTrim } from "../status/evaluate";
import { TARGET_COLUMNS, type TargetColumnKey } from "../workbook/layout";
import { checkEntryCell, isBlankValue, readNumberEntry, shownText, type NumberEntry } from "./checkEntryCell";
import type { WorkbookEvaluation } from "./evaluateWorkbook";
import type { FindingSink } from "./findingSink";
import { formatFigure } from "./formatFigure";
import type { TargetRow, TrackingCell, TrackingWorkbook } from "./trackingWorkbook";

const MARKS = ["x", "có"];
const KINDS = ["lũy kế", "luỹ kế", "cumulative", "mức đạt", "level"];

const header = (key: TargetColumnKey): string => TARGET_COLUMNS.find((c) => c.key === key)?.header ?? key;

function textKey(cell: TrackingCell): string | null {
  return typeof cell.value === "string" ? excelTrim(cell.value).toLowerCase() : null;
}

/** Marked as not applicable the way the rules read it: TRUE, or the text x / có. */
function isMarked(cell: TrackingCell): boolean {
  if (cell.value === true) return true;
  const key = textKey(cell);
  return key !== null && MARKS.includes(key);
}

/** A number format that shows values as percentages (a `%` outside quoted text). */
function isPercentFormat(format: string | undefined): boolean {
  return format !== undefined && format.replace(/"[^"]*"/g, "").includes("%");
}

const figures = (name: string, value: number) => ({
  vi: { [`vi${name}`]: formatFigure(value, "vi") },
  en: { [`en${name}`]: formatFigure(value, "en") },
});

function merge(...parts: { vi: Record<string, string>; en: Record<string, string> }[]) {
  return {
    vi: Object.assign({}, ...parts.map((p) => p.vi)) as Record<string, string>,
    en: Object.assign({}, ...parts.map((p) => p.en)) as Record<string, string>,
  };
}

/** Checks that relate Thực hiện to Tổng số and to the percentage scale. */
function checkFigures(row: TargetRow, sheet: string, done: NumberEntry, total: NumberEntry, sink: FindingSink): void {
  const c = row.cells;
  const at = { sheet, address: c.done.address, id: row.id };
  if (done.kind !== "number") return;
  const percent = textKey(c.measure) === "percent";
  if (!percent) return;
  if (total.kind === "number") {
    if (total.value === 0 && done.value > 0) {
      sink.add("ratio.zeroTotal", msg.ratioZeroTotal, at, {}, figures("Done", done.value));
    } else if (done.value > total.value) {
      sink.add(
        "ratio.doneOverTotal",
        msg.ratioDoneOverTotal,
        at,
        {},
        merge(figures("Done", done.value), figures("Total", total.value)),
      );
    }
    return;
  }
  if (total.kind !== "blank") return;
  const formatted = !done.fromText && isPercentFormat(c.done.numberFormat);
  if (formatted && done.value >= 1) {
    // 100% typed into a %-formatted cell is stored as 1, which the rules read as 1%.
    sink.add(
      "percent.formatted",
      msg.percentFormatted,
      at,
      {},
      merge(figures("Shown", done.value * 100), figures("Value", done.value)),
    );
  } else if (!formatted && !done.percentSign && done.value > 0 && done.value < 1) {
    sink.add(
      "percent.fraction",
      msg.percentFraction,
      at,
      {},
      merge(figures("Value", done.value), figures("Percent", Math.round(done.value * 100 * 1e9) / 1e9)),
    );
  }
  if (done.value > 100) {
    sink.add("percent.over100", msg.percentOver100, at, {}, figures("Value", done.value));
  }
}

/** Flags the target rows' entry problems; `evaluation` gives each row's status. */
export function checkTargets(tracking: TrackingWorkbook, evaluation: WorkbookEvaluation, sink: FindingSink): void {
  const sheet = tracking.sheets.targets?.name;
  if (sheet === undefined) return;
  const statusByRow = new Map(evaluation.targets.map((t) => [t.row, t.status]));

  for (const row of tracking.targets) {
    const c = row.cells;
    const place = (key: TargetColumnKey) => ({ sheet, id: row.id, column: header(key) });
    const at = (key: TargetColumnKey) => ({ sheet, address: c[key].address, id: row.id });

    const marked = isMarked(c.notApplicable);
    if (checkEntryCell(c.notApplicable, place("notApplicable"), sink) && !marked && !isBlankValue(c.notApplicable)) {
      sink.add("target.notApplicableMark", msg.targetNotApplicableMark, at("notApplicable"), {
        text: shownText(c.notApplicable),
      });
    }
    const kind = textKey(c.kind);
    if (c.kind.address !== null && !isBlankValue(c.kind) && (kind === null || !KINDS.includes(kind))) {
      sink.add("target.kindInvalid", msg.targetKindInvalid, at("kind"), { text: shownText(c.kind) });
    }
    checkEntryCell(c.note, place("note"), sink);

    if (marked) {
      // The rules ignore the figures of a row marked not applicable: only say that they are ignored.
      if (c.done.address !== null && !isBlankValue(c.done)) {
        sink.add("target.notApplicableWithFigure", msg.targetNotApplicableWithFigure, at("done"), {
          text: shownText(c.done),
        });
      }
    } else {
      const done = readNumberEntry(c.done, place("done"), sink);
      const percent = textKey(c.measure) === "percent";
      let total: NumberEntry = { kind: "blank" };
      if (percent) {
        total = readNumberEntry(c.total, place("total"), sink);
      } else if (c.total.address !== null && !isBlankValue(c.total)) {
        sink.add("ratio.totalIgnored", msg.ratioTotalIgnored, at("total"), { text: shownText(c.total) });
      }
      checkFigures(row, sheet, done, total, sink);
    }

    for (const key of ["result", "status"] as const) {
      if (c[key].address !== null && c[key].formula === undefined) {
        sink.add("structure.formulaRemoved", msg.structureFormulaRemoved, at(key), {
          column: header(key),
          text: shownText(c[key]) || "—",
        });
      }
    }
    if (statusByRow.get(row.row) === "lagging" && c.note.address !== null && isBlankValue(c.note)) {
      sink.add(
        "row.lagNoNote",
        msg.rowLagNoNote,
        at("note"),
        {},
        { vi: { statusVi: targetStatusLabels.lagging.vi }, en: { statusEn: targetStatusLabels.lagging.en } },
      );
    }
  }
}
