/**
 * `Báo cáo`: the period's report, ready to print and sign, in the form of Decree 30/2020/NĐ-CP — the header
 * block, the title, a short summary, one detail table (the targets; what is overdue or behind, with the
 * reasons from Ghi chú; what falls due next quarter) under one header row that repeats on every page, and the
 * signature block. Times New Roman 13 on A4 landscape, no merged cells (Center Across Selection).
 *
 * The tables list rows chosen by status, which formulas cannot do live in Excel 2010, so the sheet is built
 * from the status engine at the as-of date and says so: rebuilding the summaries refreshes it.
 */
import { serialToIso } from "../dates/excelDate";
import { formatMessage } from "../messages/message";
import { report } from "../messages/summary";
import { activityStatusLabel, targetStatusLabel } from "../status/statusLabels";
import { matchKey } from "../text/matchKey";
import { formatFigure } from "../validation/formatFigure";
import { cellText } from "../validation/readTrackingWorkbook";
import type { EvaluatedActivity, EvaluatedTarget } from "../validation/evaluateWorkbook";
import type { ActivityRow, TargetRow } from "../validation/trackingWorkbook";
import { rangeAddress } from "../workbook/a1";
import { RESPONSIBILITY } from "../workbook/layout";
import { FONT } from "../workbook/sheetStyles";
import { emptySheet, type CellStyle, type PlanCell, type PrintPlan, type SheetPlan } from "../workbook/workbookPlan";
import { nextQuarterRange } from "./quarters";
import type { ReportHeading } from "./reportHeading";
import { dueShare, judgedActivities, judgedTargets, metShare } from "./summaryFigures";
import type { SummaryInputs } from "./summaryInputs";
import { REPORT_TAB_COLOR, SUMMARY_SHEET } from "./summaryLayout";
import { charsPerLine, rowHeightFor, wrapText } from "./textLayout";
import { pageCapacities, spacersToKeepTogether } from "./pagination";

/** STT, Chỉ tiêu/nhiệm vụ, Kế hoạch, Thực hiện, Tỷ lệ, Đánh giá, Ghi chú: about 26 cm, A4 landscape's width. */
export const REPORT_WIDTHS = [6, 54, 16, 14, 9, 15, 26];
const COLUMNS = REPORT_WIDTHS.length;
const TOTAL_WIDTH = REPORT_WIDTHS.reduce((a, b) => a + b, 0);
/** The left block of the header (issuing body) spans A:B, the right block (national motto) C:G. */
const LEFT = { col: 0, span: 2 };
const RIGHT = { col: 2, span: 5 };
export const REPORT_FONT_SIZE = 13;
/** Row heights in points: a 13 pt line, a 10 pt note line, the signature rows, and blank space. */
const LINE_HEIGHT = 18;
const NOTE_SIZE = 10;
const NOTE_HEIGHT = 14;
const SIGN_TITLE_HEIGHT = 22;
const SIGN_SPACE_ROWS = 4;
const SIGN_SPACE_HEIGHT = 22;
const SPACER_HEIGHT = 12;
/** Page numbers in the report's font (header/footer codes: `&"font,style"`, `&size`). */
export const REPORT_FOOTER = '&"Times New Roman,Regular"&11Trang &P/&N';

const FORMAT = {
  percent: 'General"%"',
  count: "General",
  rate: "0%",
} as const;

const STYLE = {
  base: { fontName: FONT, fontSize: REPORT_FONT_SIZE, verticalAlignment: "middle", wrapText: false },
  center: { horizontalAlignment: "centerAcrossSelection" },
  bold: { bold: true },
  italic: { italic: true },
  title: { bold: true, fontSize: 14 },
  header: {
    bold: true,
    horizontalAlignment: "center",
    verticalAlignment: "middle",
    wrapText: true,
    border: "thin",
  },
  cell: { border: "thin", wrapText: true, verticalAlignment: "middle" },
  group: { bold: true, fill: "#F2F2F2" },
  section: { bold: true, italic: true },
  note: { italic: true, fontSize: 10, fontColor: "#595959" },
} as const satisfies Record<string, CellStyle>;

/** A row of the detail table: seven cells, their number formats, and whether it is a group or section heading. */
interface DetailRow {
  cells: [string, string, string | number, string | number, string | number, string, string];
  formats?: { done?: string; rate?: string };
  kind: "group" | "section" | "item" | "empty";
}

const t = (value: string): PlanCell => ({ value });
const upper = (text: string) => text.toLocaleUpperCase("vi");
const vi = (n: number) => formatFigure(n, "vi");
const dateText = (serial: number) => {
  const iso = serialToIso(Math.floor(serial));
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
};
const isoText = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const percentText = (share: number | null) =>
  share === null ? report.noShare.vi : `${vi(Math.round(share * 1000) / 10)}%`;

/** Larger is better for these comparators: the achieved ÷ planned rate means something. */
const RATE_COMPARATORS = new Set(["atleast", "morethan", "exactly", "between"]);

function planText(row: TargetRow): string {
  const comparator = row.texts.comparatorText;
  const unit = row.texts.unitLabel;
  const suffix = unit === "%" ? "%" : unit === "" ? "" : ` ${unit}`;
  if (matchKey(row.comparator) === "between") return `${comparator}${suffix}`;
  if (row.target === null) return comparator;
  return `${comparator} ${vi(row.target)}${suffix}`.trim();
}

function targetCells(row: TargetRow, evaluated: EvaluatedTarget, number: number, withNote: boolean): DetailRow {
  const value = evaluated.value === null ? null : Math.round(evaluated.value * 100) / 100;
  const rate =
    value !== null && row.target !== null && row.target > 0 && RATE_COMPARATORS.has(row.comparator.toLowerCase())
      ? value / row.target
      : null;
  const note = cellText(row.cells.note);
  return {
    cells: [
      String(number),
      `${row.texts.text} (${row.id})`,
      planText(row),
      value ?? "",
      rate ?? "",
      evaluated.status ? targetStatusLabel(evaluated.status).vi : "",
      withNote && note === "" ? report.noReason.vi : note,
    ],
    formats: { done: row.measure === "percent" ? FORMAT.percent : FORMAT.count, rate: FORMAT.rate },
    kind: "item",
  };
}

function activityCells(row: ActivityRow, evaluated: EvaluatedActivity, number: number, needReason: boolean): DetailRow {
  // Only open activities are listed (overdue, or due next quarter): their state is what was done so far.
  const state = cellText(row.cells.state);
  const achieved = state === "" ? report.notUpdated.vi : state;
  const note = cellText(row.cells.note);
  const due = row.cells.due.value;
  const deadline = row.texts.deadlineText || (typeof due === "number" ? dateText(due) : "");
  return {
    cells: [
      String(number),
      `${row.texts.activity} (${row.id})\n${formatMessage(report.leadLine, { lead: row.texts.lead }).vi}`,
      deadline,
      achieved,
      "",
      evaluated.status ? activityStatusLabel(evaluated.status).vi : "",
      needReason && note === "" ? report.noReason.vi : note,
    ],
    kind: "item",
  };
}

const headingRow = (kind: "group" | "section", key: string, label: string): DetailRow => ({
  cells: [key, label, "", "", "", "", ""],
  kind,
});
const empty = (text: string): DetailRow => ({ cells: ["", text, "", "", "", "", ""], kind: "empty" });

/** The detail table's rows: A. targets by section, B. overdue and behind, C. due next quarter. */
function detailRows(inputs: SummaryInputs): DetailRow[] {
  const { tracking, evaluation, summary } = inputs;
  const rows: DetailRow[] = [];
  const lead = matchKey(RESPONSIBILITY.lead);
  const ownTarget = (row: TargetRow) => tracking.info.judgeAll || matchKey(row.responsibility) === lead;

  rows.push(headingRow("group", "A", report.groupTargets.vi));
  const targets = tracking.targets
    .map((row, i) => ({ row, evaluated: evaluation.targets[i] }))
    .filter((x) => ownTarget(x.row));
  if (targets.length === 0) rows.push(empty(report.noneTargets.vi));
  const sectionTitle = new Map(tracking.sections.targets.map((s) => [s.id.toLowerCase(), s]));
  const sectionOf = (row: TargetRow) => {
    const above = [...tracking.sections.targets].filter((s) => s.row < row.row).pop();
    return above ?? null;
  };
  let current: string | null = null;
  targets.forEach(({ row, evaluated }, i) => {
    const section = sectionOf(row);
    const key = section?.id ?? "";
    if (key !== current && section) {
      const title = sectionTitle.get(key.toLowerCase())?.title ?? "";
      rows.push(headingRow("section", section.id, title));
    }
    current = key;
    rows.push(targetCells(row, evaluated, i + 1, false));
  });

  rows.push(headingRow("group", "B", report.groupLate.vi));
  let n = 0;
  tracking.activities.forEach((row, i) => {
    const evaluated = evaluation.activities[i];
    if (evaluated.status === "overdue") rows.push(activityCells(row, evaluated, ++n, true));
  });
  tracking.targets.forEach((row, i) => {
    const evaluated = evaluation.targets[i];
    if (evaluated.status === "lagging") rows.push(targetCells(row, evaluated, ++n, true));
  });
  if (n === 0) rows.push(empty(report.noneLate.vi));

  const next = nextQuarterRange(summary.asOfSerial);
  rows.push(
    headingRow("group", "C", formatMessage(report.groupNext, { from: dateText(next.from), to: dateText(next.to) }).vi),
  );
  n = 0;
  tracking.activities.forEach((row, i) => {
    const evaluated = evaluation.activities[i];
    const due = row.cells.due.value;
    const open = evaluated.status !== null && !["done", "done_late", "not_assessed"].includes(evaluated.status);
    if (open && typeof due === "number" && due >= next.from && due <= next.to) {
      rows.push(activityCells(row, evaluated, ++n, false));
    }
  });
  if (n === 0) rows.push(empty(report.noneNext.vi));
  return rows;
}

/** Collects one-row styles and hands them back as ranges spanning consecutive rows with the same style. */
class RowRuns {
  private readonly byKey = new Map<string, { col: number; cols: number; style: CellStyle; rows: number[] }>();

  add(row: number, col: number, cols: number, style: CellStyle): void {
    const key = JSON.stringify([col, cols, style]);
    const entry = this.byKey.get(key) ?? { col, cols, style, rows: [] };
    entry.rows.push(row);
    this.byKey.set(key, entry);
  }

  ranges(): { range: string; style: CellStyle }[] {
    const out: { range: string; style: CellStyle }[] = [];
    for (const { col, cols, style, rows } of this.byKey.values()) {
      let start = rows[0];
      rows.forEach((row, i) => {
        if (i + 1 < rows.length && rows[i + 1] === row + 1) return;
        out.push({ range: rangeAddress(start, col, row - start + 1, cols), style });
        start = rows[i + 1];
      });
    }
    return out;
  }
}

/** Writes one line of text centred across a block of columns. */
function centred(sheet: SheetPlan, row: number, block: { col: number; span: number }, value: string, style: CellStyle) {
  sheet.blocks.push({ row, col: block.col, cells: [[t(value)]] });
  sheet.styles.push({ range: rangeAddress(row, block.col, 1, block.span), style: { ...STYLE.center, ...style } });
}

/** Lines of text in column A overflowing to the right (no wrap, no merge), each within the page's width. */
function paragraph(sheet: SheetPlan, row: number, text: string, style: CellStyle, fontSize = REPORT_FONT_SIZE): number {
  const lines = wrapText(text, charsPerLine(TOTAL_WIDTH, fontSize) - 4);
  sheet.blocks.push({ row, col: 0, cells: lines.map((line) => [t(line)]) });
  sheet.styles.push({ range: rangeAddress(row, 0, lines.length, 1), style });
  const height = fontSize === REPORT_FONT_SIZE ? LINE_HEIGHT : NOTE_HEIGHT;
  lines.forEach((_, i) => sheet.rowHeights.push({ row: row + i, height }));
  return row + lines.length;
}

/**
 * Every row's height from the top to `end` (exclusive): the heights set so far, the last set winning, and
 * rows left unset given one line's height; they are all written out, so the page estimate holds.
 */
function rowHeightsUpTo(sheet: SheetPlan, end: number): number[] {
  const set = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  const heights: number[] = [];
  for (let r = 0; r < end; r++) {
    const height = set.get(r) ?? LINE_HEIGHT;
    if (!set.has(r)) sheet.rowHeights.push({ row: r, height });
    heights.push(height);
  }
  return heights;
}

/** Builds the printable report sheet. */
export function buildReportSheet(inputs: SummaryInputs, heading: ReportHeading): SheetPlan {
  const { summary } = inputs;
  const sheet = emptySheet(SUMMARY_SHEET.report);
  sheet.tabColor = REPORT_TAB_COLOR;
  sheet.columns = REPORT_WIDTHS.map((width) => ({ width }));
  const year = Number(summary.asOf.slice(0, 4));

  // Header block (Decree 30/2020): issuing body left, national name and motto right, each over a short rule.
  centred(sheet, 0, LEFT, heading.parent, heading.parentBold ? STYLE.bold : {});
  centred(sheet, 0, RIGHT, report.country.vi, STYLE.bold);
  centred(sheet, 1, LEFT, heading.body, STYLE.bold);
  centred(sheet, 1, RIGHT, report.motto.vi, STYLE.bold);
  centred(sheet, 2, LEFT, "─".repeat(Math.max(6, Math.round(heading.body.length / 2))), { fontSize: 7 });
  centred(sheet, 2, RIGHT, "─".repeat(report.motto.vi.length + 2), { fontSize: 7 });
  centred(sheet, 3, LEFT, formatMessage(report.documentNumber, { code: heading.code }).vi, {});
  centred(sheet, 3, RIGHT, formatMessage(report.placeDate, { place: heading.place, year }).vi, STYLE.italic);
  sheet.rowHeights.push({ row: 2, height: 9 }, { row: 3, height: 22 });

  const period = summary.period ? upper(summary.period.label.vi) : `NĂM ${summary.year}`;
  centred(sheet, 5, { col: 0, span: COLUMNS }, formatMessage(report.title, { period }).vi, STYLE.title);
  centred(
    sheet,
    6,
    { col: 0, span: COLUMNS },
    formatMessage(report.asOf, { asOf: isoText(summary.asOf) }).vi,
    STYLE.italic,
  );
  sheet.rowHeights.push({ row: 5, height: 22 });

  // I. Summary.
  let row = 8;
  row = paragraph(sheet, row, report.partSummary.vi, STYLE.bold);
  const total = summary.total;
  row = paragraph(
    sheet,
    row,
    formatMessage(report.summaryTargets, {
      judged: judgedTargets(total),
      met: total.targets.met,
      metShare: percentText(metShare(total)),
      onTrack: total.targets.on_track,
      atRisk: total.targets.at_risk,
      lagging: total.targets.lagging,
      noData: total.targets.no_data,
      notApplicable: total.targets.not_applicable,
    }).vi,
    {},
  );
  if (total.targets.invalid > 0) {
    row = paragraph(sheet, row, formatMessage(report.summaryInvalid, { invalid: total.targets.invalid }).vi, {});
  }
  row = paragraph(
    sheet,
    row,
    formatMessage(report.summaryActivities, {
      judged: judgedActivities(total),
      due: total.due,
      dueDone: total.dueDone,
      dueShare: percentText(dueShare(total)),
      overdue: total.activities.overdue,
      dueSoon: total.activities.due_soon,
      inProgress: total.activities.in_progress,
      notStarted: total.activities.not_started,
      ongoing: total.activities.ongoing,
    }).vi,
    {},
  );

  // II. Detail: one table, one header row repeated on every printed page.
  row = paragraph(sheet, row + 1, report.partDetail.vi, STYLE.bold);
  const headerRow = row;
  const headerCells = [
    report.headerNumber,
    report.headerContent,
    report.headerPlan,
    report.headerDone,
    report.headerRate,
    report.headerStatus,
    report.headerNote,
  ].map((m) => t(m.vi));
  sheet.blocks.push({ row: headerRow, col: 0, cells: [headerCells] });
  sheet.styles.push({ range: rangeAddress(headerRow, 0, 1, COLUMNS), style: STYLE.header });
  sheet.rowHeights.push({ row: headerRow, height: 36 });

  const details = detailRows(inputs);
  const first = headerRow + 1;
  sheet.blocks.push({
    row: first,
    col: 0,
    cells: details.map((d) => d.cells.map((value) => (typeof value === "number" ? { value } : t(value)))),
  });
  sheet.styles.push({ range: rangeAddress(first, 0, details.length, COLUMNS), style: STYLE.cell });
  sheet.styles.push({ range: rangeAddress(first, 0, details.length, 1), style: { horizontalAlignment: "center" } });
  sheet.styles.push({ range: rangeAddress(first, 2, details.length, 4), style: { horizontalAlignment: "center" } });
  // Per-row styles go out as one range per run of rows that share them: the Excel writer queues one operation per range.
  const runs = new RowRuns();
  details.forEach((d, i) => {
    const r = first + i;
    if (d.kind === "group") runs.add(r, 0, COLUMNS, STYLE.group);
    if (d.kind === "section") runs.add(r, 0, COLUMNS, STYLE.section);
    if (d.kind === "empty") runs.add(r, 1, 1, STYLE.italic);
    if (d.formats?.done) runs.add(r, 3, 1, { numberFormat: d.formats.done });
    if (d.formats?.rate) runs.add(r, 4, 1, { numberFormat: d.formats.rate });
    const texts = d.cells.map((value, c) => ({
      text: typeof value === "string" ? value : "",
      width: REPORT_WIDTHS[c],
    }));
    sheet.rowHeights.push({ row: r, height: Math.max(20, rowHeightFor(texts, REPORT_FONT_SIZE)) });
  });
  sheet.styles.push(...runs.ranges());
  row = first + details.length;

  // Signatures (the maker left, the head of the unit right, with room to sign) and the refresh note, kept on
  // one page: blank rows go before them when the estimated page break would fall inside.
  const print: PrintPlan = {
    orientation: "landscape",
    paperSize: "A4",
    printTitleRows: `$${headerRow + 1}:$${headerRow + 1}`,
    fitToWidth: true,
    // Decree 30/2020: top and bottom 20 mm, left 30 mm, right 15 mm.
    margins: { top: 0.79, bottom: 0.79, left: 1.18, right: 0.59, header: 0.3, footer: 0.3 },
    centerFooter: REPORT_FOOTER,
  };
  const note = wrapText(
    formatMessage(report.refreshNote, { asOf: isoText(summary.asOf) }).vi,
    charsPerLine(TOTAL_WIDTH, NOTE_SIZE) - 4,
  );
  const block = [
    LINE_HEIGHT,
    SIGN_TITLE_HEIGHT,
    LINE_HEIGHT,
    ...Array<number>(SIGN_SPACE_ROWS).fill(SIGN_SPACE_HEIGHT),
    LINE_HEIGHT,
  ];
  block.push(...note.map(() => NOTE_HEIGHT));
  const heights = rowHeightsUpTo(sheet, row);
  const { excel, libreOffice } = pageCapacities(print, REPORT_WIDTHS);
  const spacers = spacersToKeepTogether(heights, block, SPACER_HEIGHT, [excel, libreOffice], headerRow);
  for (let i = 0; i < spacers; i++) sheet.rowHeights.push({ row: row + i, height: SPACER_HEIGHT });
  row += spacers;
  block.forEach((height, i) => sheet.rowHeights.push({ row: row + i, height }));
  centred(sheet, row + 1, LEFT, report.maker.vi, STYLE.bold);
  centred(sheet, row + 1, RIGHT, report.head.vi, STYLE.bold);
  centred(sheet, row + 2, LEFT, report.makerHint.vi, STYLE.italic);
  centred(sheet, row + 2, RIGHT, report.headHint.vi, STYLE.italic);
  row += 4 + SIGN_SPACE_ROWS;
  sheet.blocks.push({ row, col: 0, cells: note.map((line) => [t(line)]) });
  sheet.styles.push({ range: rangeAddress(row, 0, note.length, 1), style: STYLE.note });
  row += note.length;

  sheet.styles.unshift({ range: rangeAddress(0, 0, row, COLUMNS), style: STYLE.base });
  sheet.print = print;
  return sheet;
}
