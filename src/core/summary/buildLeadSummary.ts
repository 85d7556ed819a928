/**
 * `Tổng hợp theo cơ quan chủ trì`: the same counts as by section, for each lead group (a unit of the units
 * list, or a category such as `Các sở, ban, ngành`), counted through the hidden `Nhóm chủ trì` column; then
 * the leads as written whose group differs from them or is unsure, with the rows they come from.
 */
import {
  headers,
  leadSharedNote,
  sheetTitles,
  tableActivities,
  tableLeadSources,
  tableTargets,
} from "../messages/summary";
import { rangeAddress } from "../workbook/a1";
import { STYLE } from "../workbook/sheetStyles";
import { emptySheet, type PlanCell } from "../workbook/workbookPlan";
import { summaryPrint, statusCharts, type BuiltSummarySheet } from "./buildSectionSummary";
import { missingColumns } from "./missingColumns";
import { conditionOn, holdsGroup } from "./summaryFormulas";
import type { SummaryInputs } from "./summaryInputs";
import { SUMMARY_SHEET, SUMMARY_TAB_COLOR } from "./summaryLayout";
import type { LeadSource } from "./summarizeWorkbook";
import {
  SUMMARY_STYLE,
  activityTable,
  liveNoteLines,
  noteLines,
  staticNoteText,
  targetTable,
  text,
  titleBand,
} from "./summarySheetParts";
import { rowHeightFor } from "./textLayout";
import { judgedActivities, judgedTargets } from "./summaryFigures";

const WIDTHS = [8, 40, 12, 12, 12, 12, 12, 12, 12, 12, 10, 10, 13, 14];
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
/** Row IDs listed per written lead before the rest are only counted. */
const MAX_IDS = 15;

function sourceText(source: LeadSource): string {
  const ids =
    source.ids.length > MAX_IDS
      ? `${source.ids.slice(0, MAX_IDS).join(", ")}, … (+${source.ids.length - MAX_IDS})`
      : source.ids.join(", ");
  return [
    source.written,
    `→ ${headers.group.vi}: ${source.groups.join("; ")}`,
    `${headers.ids.vi}: ${ids}`,
    ...(source.unsure ? [source.unsure] : []),
  ].join("\n");
}

/** Builds the by-lead-agency summary sheet. */
export function buildLeadSummary(inputs: SummaryInputs): BuiltSummarySheet {
  const { summary, tracking } = inputs;
  const sheet = emptySheet(SUMMARY_SHEET.lead);
  sheet.tabColor = SUMMARY_TAB_COLOR;
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let row = titleBand(sheet, WIDTHS.length, sheetTitles.lead.vi, tracking.info, summary, inputs.hasAsOfName);
  row = liveNoteLines(sheet, row, TOTAL_WIDTH);
  row = noteLines(sheet, row, leadSharedNote.vi, TOTAL_WIDTH) + 1;

  const lines = summary.leads.map((line, i) => ({
    key: String(i + 1),
    label: line.label,
    line,
    activityConditions: conditionOn(inputs.activityRanges, "leadGroup", holdsGroup(line.key)),
    targetConditions: conditionOn(inputs.targetRanges, "leadGroup", holdsGroup(line.key)),
  }));
  const total = {
    key: "",
    label: summary.total.label,
    line: summary.total,
    activityConditions: [],
    targetConditions: [],
  };
  const targetLines = lines.filter((l) => judgedTargets(l.line) > 0);
  const targets = targetTable(
    {
      sheet,
      row,
      title: tableTargets.vi,
      keyHeader: headers.number.vi,
      labelHeader: headers.lead.vi,
      lines: targetLines.map((l, i) => ({ ...l, key: String(i + 1) })),
      total,
      labelWidth: WIDTHS[1],
    },
    inputs.targetRanges,
  );
  row = targets.next + 1;
  const activityLines = lines.filter((l) => judgedActivities(l.line) > 0);
  const activities = activityTable(
    {
      sheet,
      row,
      title: tableActivities.vi,
      keyHeader: headers.number.vi,
      labelHeader: headers.lead.vi,
      lines: activityLines.map((l, i) => ({ ...l, key: String(i + 1) })),
      total,
      labelWidth: WIDTHS[1],
    },
    inputs.activityRanges,
    inputs.hasAsOfName,
  );
  row = activities.next + 1;

  if (summary.leadSources.length > 0) {
    sheet.blocks.push({ row, col: 0, cells: [[text(tableLeadSources.vi)]] });
    sheet.styles.push({ range: rangeAddress(row, 0, 1, 1), style: SUMMARY_STYLE.tableTitle });
    const head = row + 1;
    const headCells = [headers.number.vi, headers.written.vi, headers.rows.vi, headers.check.vi].map(text);
    sheet.blocks.push({ row: head, col: 0, cells: [headCells] });
    sheet.styles.push({ range: rangeAddress(head, 0, 1, headCells.length), style: STYLE.header });
    sheet.rowHeights.push({ row: head, height: 32 });
    const cells: PlanCell[][] = summary.leadSources.map((source, i) => {
      const body = sourceText(source);
      sheet.rowHeights.push({ row: head + 1 + i, height: rowHeightFor([{ text: body, width: WIDTHS[1] }], 11) });
      return [text(String(i + 1)), text(body), { value: source.ids.length }, text(source.unsure ? "x" : "")];
    });
    sheet.blocks.push({ row: head + 1, col: 0, cells });
    const count = cells.length;
    sheet.styles.push(
      { range: rangeAddress(head + 1, 0, count, 4), style: { ...STYLE.grid, verticalAlignment: "top" } },
      { range: rangeAddress(head + 1, 1, count, 1), style: { wrapText: true } },
      { range: rangeAddress(head + 1, 0, count, 1), style: { horizontalAlignment: "center" } },
      { range: rangeAddress(head + 1, 2, count, 2), style: { horizontalAlignment: "center" } },
    );
    sheet.conditionalFormats.push({
      range: rangeAddress(head + 1, 0, count, 4),
      formula: `=$D${head + 2}="x"`,
      style: { fill: "#FFEB9C", fontColor: "#9C5700" },
      priority: 1,
      stopIfTrue: false,
    });
    row = head + 1 + count + 1;
  }

  const missing = missingColumns(inputs, ["status", "leadGroup", "due"], ["status", "leadGroup"], true);
  if (targets.hasStatic || activities.hasStatic) {
    row = noteLines(sheet, row, staticNoteText(missing, summary.asOf), TOTAL_WIDTH) + 1;
  }
  sheet.charts = statusCharts(
    row,
    targetLines.length > 0 ? targets.chartSource : null,
    activityLines.length > 0 ? activities.chartSource : null,
  );
  sheet.styles.unshift({ range: rangeAddress(0, 0, row + 1, WIDTHS.length), style: SUMMARY_STYLE.base });
  summaryPrint(sheet);
  return { sheet, missing: targets.hasStatic || activities.hasStatic ? missing : [] };
}
