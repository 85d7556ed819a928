/**
 * `Tổng hợp theo thời hạn`: activities by due quarter of the plan year (plus before and after it), ongoing
 * and conditional, by status. The Quá hạn column turns red where anything is overdue, and a live marker
 * (from NgayBaoCao) shows the current quarter and, in amber, the next one: what falls due next.
 */
import { currentQuarter, deadlineNote, headers, nextQuarter, sheetTitles, totalRow } from "../messages/summary";
import { activityStatusColour, activityStatusLabel } from "../status/statusLabels";
import { statusColours } from "../status/statusColours";
import { columnLetters, rangeAddress } from "../workbook/a1";
import { STYLE } from "../workbook/sheetStyles";
import { emptySheet, type PlanCell } from "../workbook/workbookPlan";
import { summaryPrint, type BuiltSummarySheet } from "./buildSectionSummary";
import { missingColumns } from "./missingColumns";
import { compareTo, countIfs, differsFromText, equalsText, type Condition } from "./summaryFormulas";
import type { SummaryInputs } from "./summaryInputs";
import { SUMMARY_ACTIVITY_STATUSES, SUMMARY_SHEET, SUMMARY_TAB_COLOR } from "./summaryLayout";
import type { DeadlineLine } from "./summarizeWorkbook";
import {
  AS_OF_NAME,
  DATE_FORMAT,
  SUMMARY_STYLE,
  countCell,
  liveNoteLines,
  noteLines,
  staticNoteText,
  statusHeaderStyle,
  text,
  titleBand,
} from "./summarySheetParts";
import { quarterMarker } from "./quarters";

/** Thời hạn, Từ ngày, Đến ngày, eight statuses, Tổng số, Ghi chú. */
const WIDTHS = [24, 11, 11, 12, 12, 12, 12, 12, 12, 12, 12, 10, 14];
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const FIRST_STATUS_COL = 3;
const QUARTER_BUCKETS = new Set(["q1", "q2", "q3", "q4"]);

/** Builds the by-deadline summary sheet. */
export function buildDeadlineSummary(inputs: SummaryInputs): BuiltSummarySheet {
  const { summary, tracking } = inputs;
  const ranges = inputs.activityRanges;
  const sheet = emptySheet(SUMMARY_SHEET.deadline);
  sheet.tabColor = SUMMARY_TAB_COLOR;
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let row = titleBand(sheet, WIDTHS.length, sheetTitles.deadline.vi, tracking.info, summary, inputs.hasAsOfName);
  row = liveNoteLines(sheet, row, TOTAL_WIDTH);
  row = noteLines(sheet, row, deadlineNote.vi, TOTAL_WIDTH) + 1;

  const statuses = SUMMARY_ACTIVITY_STATUSES;
  const head = row;
  const headCells = [
    headers.deadline.vi,
    headers.from.vi,
    headers.to.vi,
    ...statuses.map((s) => activityStatusLabel(s).vi),
    headers.judged.vi,
    headers.marker.vi,
  ].map((label: string) => text(label));
  sheet.blocks.push({ row: head, col: 0, cells: [headCells] });
  sheet.styles.push({ range: rangeAddress(head, 0, 1, headCells.length), style: STYLE.header });
  statuses.forEach((s, i) =>
    sheet.styles.push({
      range: rangeAddress(head, FIRST_STATUS_COL + i, 1, 1),
      style: statusHeaderStyle(activityStatusColour[s]),
    }),
  );
  sheet.rowHeights.push({ row: head, height: 36 });

  const live = ranges !== null && ranges.has("status") && ranges.has("due") && ranges.has("deadlineKind");
  const first = head + 1;
  const lines = summary.deadlines;
  const datedFirst = first + lines.findIndex((l) => l.bucket === "before");
  const datedLast = first + lines.findIndex((l) => l.bucket === "after");
  const totalRowIndex = first + lines.length;
  let hasStatic = false;
  const staticCells: string[] = [];

  const conditionsFor = (line: DeadlineLine, r: number): Condition[] | null => {
    if (!live || !ranges) return null;
    const notOngoing: Condition = [ranges.range("deadlineKind"), differsFromText("ongoing")];
    const due = ranges.range("due");
    switch (line.bucket) {
      case "ongoing":
        return [[ranges.range("deadlineKind"), equalsText("ongoing")]];
      case "before":
        return [notOngoing, [due, compareTo("<=", `$C${r}`)]];
      case "after":
        return [notOngoing, [due, compareTo(">=", `$B${r}`)]];
      case "conditional":
        return [notOngoing];
      default:
        return [notOngoing, [due, compareTo(">=", `$B${r}`)], [due, compareTo("<=", `$C${r}`)]];
    }
  };

  const cells: PlanCell[][] = lines.map((line, i) => {
    const r = first + i + 1;
    const conditions = conditionsFor(line, r);
    const counts = statuses.map((s, j) => {
      const col = columnLetters(FIRST_STATUS_COL + j);
      let formula =
        conditions && ranges
          ? countIfs([...conditions, [ranges.range("status"), equalsText(activityStatusLabel(s).vi)]])
          : null;
      // Conditional = not ongoing, minus every dated bucket: text or blank dates land here, as in the engine.
      if (formula !== null && line.bucket === "conditional") {
        formula = `${formula}-SUM(${col}${datedFirst + 1}:${col}${datedLast + 1})`;
      }
      if (formula === null) {
        hasStatic = true;
        staticCells.push(`${col}${r}`);
      }
      return countCell(formula, line.activities[s]);
    });
    const marker: PlanCell = QUARTER_BUCKETS.has(line.bucket)
      ? inputs.hasAsOfName
        ? {
            formula: `=IF(AND(${AS_OF_NAME}>=$B${r},${AS_OF_NAME}<=$C${r}),"${currentQuarter.vi}",IF($B${r}=DATE(YEAR(${AS_OF_NAME}),ROUNDUP(MONTH(${AS_OF_NAME})/3,0)*3+1,1),"${nextQuarter.vi}",""))`,
          }
        : text(quarterMarker(line, summary.asOfSerial))
      : text("");
    return [
      text(line.label),
      line.from === null ? text("") : { value: line.from },
      line.to === null ? text("") : { value: line.to },
      ...counts,
      {
        formula: `=SUM(${columnLetters(FIRST_STATUS_COL)}${r}:${columnLetters(FIRST_STATUS_COL + statuses.length - 1)}${r})`,
      },
      marker,
    ];
  });
  const lastStatus = columnLetters(FIRST_STATUS_COL + statuses.length - 1);
  cells.push([
    text(totalRow.vi),
    text(""),
    text(""),
    ...statuses.map((_, j) => {
      const col = columnLetters(FIRST_STATUS_COL + j);
      return { formula: `=SUM(${col}${first + 1}:${col}${totalRowIndex})` };
    }),
    { formula: `=SUM(${columnLetters(FIRST_STATUS_COL)}${totalRowIndex + 1}:${lastStatus}${totalRowIndex + 1})` },
    text(""),
  ]);
  sheet.blocks.push({ row: first, col: 0, cells });
  const width = headCells.length;
  sheet.styles.push(
    { range: rangeAddress(first, 0, cells.length, width), style: STYLE.grid },
    { range: rangeAddress(first, 0, cells.length, 1), style: SUMMARY_STYLE.label },
    {
      range: rangeAddress(first, 1, cells.length, 2),
      style: { numberFormat: DATE_FORMAT, horizontalAlignment: "center" },
    },
    { range: rangeAddress(first, FIRST_STATUS_COL, cells.length, statuses.length + 1), style: SUMMARY_STYLE.count },
    { range: rangeAddress(first, width - 1, cells.length, 1), style: { horizontalAlignment: "center", bold: true } },
    { range: rangeAddress(totalRowIndex, 0, 1, width), style: SUMMARY_STYLE.total },
  );
  for (const address of staticCells) sheet.styles.push({ range: address, style: SUMMARY_STYLE.staticCount });
  for (let i = 0; i < cells.length; i++) sheet.rowHeights.push({ row: first + i, height: 20 });

  const overdueCol = FIRST_STATUS_COL + statuses.indexOf("overdue");
  const overdueCell = `$${columnLetters(overdueCol)}${first + 1}`;
  const markerCell = `$${columnLetters(width - 1)}${first + 1}`;
  sheet.conditionalFormats.push(
    {
      range: rangeAddress(first, overdueCol, lines.length, 1),
      formula: `=${overdueCell}>0`,
      style: { fill: statusColours.red.fill, fontColor: statusColours.red.font, bold: true },
      priority: 1,
      stopIfTrue: true,
    },
    {
      range: rangeAddress(first, 0, lines.length, width),
      formula: `=${markerCell}="${nextQuarter.vi}"`,
      style: { fill: statusColours.amber.fill, fontColor: statusColours.amber.font, bold: true },
      priority: 2,
      stopIfTrue: true,
    },
    {
      range: rangeAddress(first, 0, lines.length, width),
      formula: `=${markerCell}="${currentQuarter.vi}"`,
      style: { fill: statusColours.blue.fill, fontColor: statusColours.blue.font },
      priority: 3,
      stopIfTrue: true,
    },
  );
  statuses.forEach((s, j) =>
    sheet.dataBars.push({
      range: rangeAddress(first, FIRST_STATUS_COL + j, lines.length, 1),
      color: statusColours[activityStatusColour[s]].font,
      min: 0,
    }),
  );
  row = totalRowIndex + 2;

  const missing = missingColumns(inputs, ["status", "due", "deadlineKind"], [], false);
  if (hasStatic) row = noteLines(sheet, row, staticNoteText(missing, summary.asOf), TOTAL_WIDTH) + 1;
  sheet.styles.unshift({ range: rangeAddress(0, 0, row + 1, width), style: SUMMARY_STYLE.base });
  summaryPrint(sheet);
  return { sheet, missing: hasStatic ? missing : [] };
}
