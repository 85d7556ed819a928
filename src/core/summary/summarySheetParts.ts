/**
 * What the three summary sheets share: the title band, notes, the styles, and the two status tables (targets
 * and activities by status) whose count cells are COUNTIFS formulas, or fixed figures (marked `*`) when the
 * workbook lacks a column the formula needs.
 */
import { formatMessage } from "../messages/message";
import { asOfLabel, headers, liveNote, staticNote, wholePlanLine } from "../messages/summary";
import {
  activityStatusColour,
  activityStatusLabel,
  targetStatusColour,
  targetStatusLabel,
} from "../status/statusLabels";
import { statusColours } from "../status/statusColours";
import type { ActivityStatus, ColourGroup, TargetStatus } from "../status/statusTypes";
import { columnLetters, rangeAddress } from "../workbook/a1";
import { LEVEL_LABELS } from "../workbook/layout";
import { FONT, STYLE } from "../workbook/sheetStyles";
import type { CellStyle, PlanCell, SheetPlan } from "../workbook/workbookPlan";
import type { TrackingInfo } from "../validation/trackingWorkbook";
import {
  compareTo,
  countIfs,
  equalsText,
  sumOf,
  type ActivityRanges,
  type Condition,
  type TargetRanges,
} from "./summaryFormulas";
import { DONE_ACTIVITY_STATUSES, SUMMARY_ACTIVITY_STATUSES, SUMMARY_TARGET_STATUSES } from "./summaryLayout";
import type { SummaryLine, WorkbookSummary } from "./summarizeWorkbook";
import { charsPerLine, rowHeightFor, wrapText } from "./textLayout";

/** Number formats: counts show a dash for zero; fixed figures carry a `*`. */
export const COUNT_FORMAT = '#,##0;-#,##0;"–"';
export const STATIC_COUNT_FORMAT = '#,##0"*";-#,##0"*";"–*"';
export const SHARE_FORMAT = "0%";
export const DATE_FORMAT = "dd/mm/yyyy";
/** The defined name of the as-of date (see layout.ts INFO_NAMES). */
export const AS_OF_NAME = "NgayBaoCao";

export const SUMMARY_STYLE = {
  base: { fontName: FONT, fontSize: 11, verticalAlignment: "middle", wrapText: false },
  tableTitle: { fontName: FONT, fontSize: 12, bold: true, fontColor: "#1F4E79" },
  note: { fontName: FONT, fontSize: 10, italic: true, fontColor: "#595959" },
  label: { horizontalAlignment: "left", wrapText: true, verticalAlignment: "middle" },
  count: { numberFormat: COUNT_FORMAT, horizontalAlignment: "center" },
  staticCount: { numberFormat: STATIC_COUNT_FORMAT, horizontalAlignment: "center" },
  share: { numberFormat: SHARE_FORMAT, horizontalAlignment: "center" },
  total: { bold: true, fill: "#F2F2F2" },
} as const satisfies Record<string, CellStyle>;

export function text(value: string): PlanCell {
  return { value };
}

/** A count cell: the formula when there is one, else the fixed figure. */
export function countCell(formula: string | null, figure: number): PlanCell {
  return formula === null ? { value: figure } : { formula: formula.startsWith("=") ? formula : `=${formula}` };
}

/** The header style of a status column, in its colour group's colours. */
export function statusHeaderStyle(group: ColourGroup): CellStyle {
  return { ...STYLE.header, fill: statusColours[group].fill, fontColor: statusColours[group].font };
}

/** `Sở Tư pháp (Sở, ban, ngành)`, or the whole-plan line. */
export function unitLine(info: TrackingInfo): string {
  if (info.unit === null) return wholePlanLine.vi;
  return info.level ? `${info.unit} (${LEVEL_LABELS[info.level]})` : info.unit;
}

/**
 * Rows 1–3 of a summary sheet: the title, the unit and period, and the as-of date (a live reference to
 * NgayBaoCao when the workbook has the name). Returns the next free row.
 */
export function titleBand(
  sheet: SheetPlan,
  width: number,
  title: string,
  info: TrackingInfo,
  summary: WorkbookSummary,
  hasAsOfName: boolean,
): number {
  const period = summary.period ? ` — ${summary.period.label.vi}` : "";
  sheet.blocks.push({ row: 0, col: 0, cells: [[text(title)], [text(`${unitLine(info)}${period}`)]] });
  sheet.styles.push({ range: rangeAddress(0, 0, 1, width), style: STYLE.title });
  sheet.styles.push({ range: rangeAddress(1, 0, 1, width), style: STYLE.subtitle });
  sheet.rowHeights.push({ row: 0, height: 24 }, { row: 1, height: 18 });
  sheet.blocks.push({
    row: 2,
    col: 0,
    cells: [
      [text(asOfLabel.vi), text(""), hasAsOfName ? { formula: `=${AS_OF_NAME}` } : { value: summary.asOfSerial }],
    ],
  });
  sheet.styles.push({ range: "A3", style: { bold: true } });
  sheet.styles.push({ range: "C3", style: { numberFormat: DATE_FORMAT, horizontalAlignment: "left", bold: true } });
  return 3;
}

/** Writes a note as wrapped lines, one per row (text overflows to the right: no merged cells). Returns the next row. */
export function noteLines(sheet: SheetPlan, row: number, note: string, widthChars: number): number {
  const lines = wrapText(note, charsPerLine(widthChars, 10));
  sheet.blocks.push({ row, col: 0, cells: lines.map((line) => [text(line)]) });
  sheet.styles.push({ range: rangeAddress(row, 0, lines.length, 1), style: SUMMARY_STYLE.note });
  return row + lines.length;
}

/** One line of a status table: the key and label columns, its counts, and its COUNTIFS conditions. */
export interface TableLine {
  key: string;
  label: string;
  line: SummaryLine;
  /** Extra conditions on `Khung nhiệm vụ` rows; null: this line cannot be a formula. */
  activityConditions: Condition[] | null;
  /** Extra conditions on `Chỉ tiêu` rows; null: this line cannot be a formula. */
  targetConditions: Condition[] | null;
}

export interface StatusTableResult {
  /** The row after the table. */
  next: number;
  /** The chart source: the label column and the status columns of the lines (not the total), with the header. */
  chartSource: string;
  /** True when some count is a fixed figure. */
  hasStatic: boolean;
}

interface TableOptions {
  sheet: SheetPlan;
  row: number;
  title: string;
  keyHeader: string;
  labelHeader: string;
  lines: TableLine[];
  total: TableLine;
  labelWidth: number;
}

function tableHead(options: TableOptions, statusHeaders: { label: string; group: ColourGroup }[], extras: string[]) {
  const { sheet, row } = options;
  sheet.blocks.push({ row, col: 0, cells: [[text(options.title)]] });
  sheet.styles.push({ range: rangeAddress(row, 0, 1, 1), style: SUMMARY_STYLE.tableTitle });
  sheet.rowHeights.push({ row, height: 20 });
  const head = row + 1;
  const cells = [options.keyHeader, options.labelHeader, ...statusHeaders.map((s) => s.label), ...extras].map(text);
  sheet.blocks.push({ row: head, col: 0, cells: [cells] });
  sheet.styles.push({ range: rangeAddress(head, 0, 1, cells.length), style: STYLE.header });
  statusHeaders.forEach((s, i) =>
    sheet.styles.push({ range: rangeAddress(head, 2 + i, 1, 1), style: statusHeaderStyle(s.group) }),
  );
  const height = rowHeightFor(
    cells.map((c, i) => ({ text: String(c.value), width: i === 1 ? options.labelWidth : 11 })),
    12,
  );
  sheet.rowHeights.push({ row: head, height: Math.max(36, height) });
  return head;
}

function tableBody(
  options: TableOptions,
  head: number,
  width: number,
  statusCount: number,
  makeRow: (line: TableLine, row: number) => { cells: PlanCell[]; staticCols: number[] },
): { first: number; last: number; totalRow: number; hasStatic: boolean } {
  const { sheet } = options;
  const first = head + 1;
  const all = [...options.lines, options.total];
  let hasStatic = false;
  const rows = all.map((line, i) => {
    const built = makeRow(line, first + i);
    for (const col of built.staticCols) {
      hasStatic = true;
      sheet.styles.push({ range: rangeAddress(first + i, col, 1, 1), style: SUMMARY_STYLE.staticCount });
    }
    sheet.rowHeights.push({
      row: first + i,
      height: Math.max(18, rowHeightFor([{ text: line.label, width: options.labelWidth }], 11)),
    });
    return built.cells;
  });
  sheet.blocks.push({ row: first, col: 0, cells: rows });
  const totalRow = first + all.length - 1;
  // Styles pushed first lose to the per-cell static marks pushed above: put them in front.
  sheet.styles.unshift(
    { range: rangeAddress(first, 0, all.length, width), style: STYLE.grid },
    { range: rangeAddress(first, 1, all.length, 1), style: SUMMARY_STYLE.label },
    { range: rangeAddress(first, 0, all.length, 1), style: { horizontalAlignment: "center" } },
    { range: rangeAddress(first, 2, all.length, statusCount + 1), style: SUMMARY_STYLE.count },
    { range: rangeAddress(totalRow, 0, 1, width), style: SUMMARY_STYLE.total },
  );
  return { first, last: totalRow - 1, totalRow, hasStatic };
}

/** Data bars in each status's colour over the lines (not the total), so the table reads as a bar chart. */
function statusBars(sheet: SheetPlan, first: number, last: number, groups: ColourGroup[]): void {
  if (last < first) return;
  groups.forEach((group, i) =>
    sheet.dataBars.push({
      range: rangeAddress(first, 2 + i, last - first + 1, 1),
      color: statusColours[group].font,
      min: 0,
    }),
  );
}

/** The end every status table shares: its share column styled and barred, coloured status headers, its result. */
function finishTable(
  sheet: SheetPlan,
  head: number,
  body: { first: number; last: number; totalRow: number; hasStatic: boolean },
  statusCount: number,
  shareCol: number,
  groups: ColourGroup[],
): StatusTableResult {
  sheet.styles.push({
    range: rangeAddress(body.first, shareCol, body.totalRow - body.first + 1, 1),
    style: SUMMARY_STYLE.share,
  });
  statusBars(sheet, body.first, body.last, groups);
  if (body.last >= body.first) {
    sheet.dataBars.push({
      range: rangeAddress(body.first, shareCol, body.last - body.first + 1, 1),
      color: statusColours.green.font,
      min: 0,
      max: 1,
    });
  }
  return {
    next: body.totalRow + 1,
    chartSource: rangeAddress(head, 1, body.last - head + 1, statusCount + 1),
    hasStatic: body.hasStatic,
  };
}

/**
 * The targets-by-status table: key, label, one column per status, Tổng số (the judged targets) and Tỷ lệ
 * đạt (met ÷ judged targets other than not applicable; blank when there are none).
 */
export function targetTable(options: TableOptions, ranges: TargetRanges | null): StatusTableResult {
  const statuses = SUMMARY_TARGET_STATUSES;
  const statusHeaders = statuses.map((s) => ({ label: targetStatusLabel(s).vi, group: targetStatusColour[s] }));
  const head = tableHead(options, statusHeaders, [headers.judged.vi, headers.metShare.vi]);
  const width = 2 + statuses.length + 2;
  const col = (s: TargetStatus) => 2 + statuses.indexOf(s as (typeof statuses)[number]);
  const letters = (c: number) => columnLetters(c);
  const totalCol = 2 + statuses.length;
  const body = tableBody(options, head, width, statuses.length, (line, row) => {
    const r = row + 1;
    const staticCols: number[] = [];
    const counts = statuses.map((s, i) => {
      const formula =
        ranges && line.targetConditions !== null && ranges.has("status")
          ? countIfs([...line.targetConditions, [ranges.range("status"), equalsText(targetStatusLabel(s).vi)]])
          : null;
      if (formula === null) staticCols.push(2 + i);
      return countCell(formula, line.line.targets[s]);
    });
    const met = `${letters(col("met"))}${r}`;
    const na = `${letters(col("not_applicable"))}${r}`;
    const judged = `${letters(totalCol)}${r}`;
    return {
      cells: [
        text(line.key),
        text(line.label),
        ...counts,
        { formula: `=SUM(${letters(2)}${r}:${letters(totalCol - 1)}${r})` },
        { formula: `=IF(${judged}-${na}=0,"",${met}/(${judged}-${na}))` },
      ],
      staticCols,
    };
  });
  return finishTable(
    options.sheet,
    head,
    body,
    statuses.length,
    totalCol + 1,
    statuses.map((s) => targetStatusColour[s]),
  );
}

/**
 * The activities-by-status table: key, label, one column per status, Tổng số, Đến hạn (judged activities due
 * on or before NgayBaoCao), Đã hoàn thành (of those) and the share of due activities done.
 */
export function activityTable(
  options: TableOptions,
  ranges: ActivityRanges | null,
  hasAsOfName: boolean,
): StatusTableResult {
  const statuses = SUMMARY_ACTIVITY_STATUSES;
  const statusHeaders = statuses.map((s) => ({ label: activityStatusLabel(s).vi, group: activityStatusColour[s] }));
  const head = tableHead(options, statusHeaders, [
    headers.judged.vi,
    headers.due.vi,
    headers.dueDone.vi,
    headers.dueShare.vi,
  ]);
  const width = 2 + statuses.length + 4;
  const totalCol = 2 + statuses.length;
  const letters = (c: number) => columnLetters(c);
  const label = (s: ActivityStatus) => activityStatusLabel(s).vi;
  const body = tableBody(options, head, width, statuses.length + 2, (line, row) => {
    const r = row + 1;
    const staticCols: number[] = [];
    const canCount = ranges !== null && line.activityConditions !== null && ranges.has("status");
    const counts = statuses.map((s, i) => {
      const formula =
        canCount && ranges && line.activityConditions
          ? countIfs([...line.activityConditions, [ranges.range("status"), equalsText(label(s))]])
          : null;
      if (formula === null) staticCols.push(2 + i);
      return countCell(formula, line.line.activities[s]);
    });
    const dueFormula = (among: readonly ActivityStatus[]) =>
      canCount && ranges && line.activityConditions && hasAsOfName && ranges.has("due")
        ? sumOf(
            among.map((s) =>
              countIfs([
                ...(line.activityConditions ?? []),
                [ranges.range("due"), compareTo("<=", AS_OF_NAME)],
                [ranges.range("status"), equalsText(label(s))],
              ]),
            ),
          )
        : null;
    const due = dueFormula(statuses);
    const done = dueFormula(DONE_ACTIVITY_STATUSES);
    if (due === null) staticCols.push(totalCol + 1);
    if (done === null) staticCols.push(totalCol + 2);
    const dueRef = `${letters(totalCol + 1)}${r}`;
    const doneRef = `${letters(totalCol + 2)}${r}`;
    return {
      cells: [
        text(line.key),
        text(line.label),
        ...counts,
        { formula: `=SUM(${letters(2)}${r}:${letters(totalCol - 1)}${r})` },
        countCell(due, line.line.due),
        countCell(done, line.line.dueDone),
        { formula: `=IF(${dueRef}=0,"",${doneRef}/${dueRef})` },
      ],
      staticCols,
    };
  });
  return finishTable(
    options.sheet,
    head,
    body,
    statuses.length,
    totalCol + 3,
    statuses.map((s) => activityStatusColour[s]),
  );
}

/** The live-formula note under the title band; returns the next row. */
export function liveNoteLines(sheet: SheetPlan, row: number, widthChars: number): number {
  return noteLines(sheet, row, liveNote.vi, widthChars);
}

/** The note for a sheet where some counts are fixed figures: which columns are missing, and as of when. */
export function staticNoteText(columns: string[], asOf: string): string {
  return formatMessage(staticNote, { columns: columns.join(", "), asOf }).vi;
}
