/**
 * `Tổng hợp theo lĩnh vực`: targets and activities by status for each section and for the whole plan, the
 * share of targets met and of due activities done, with data bars and (in Excel) two stacked bar charts.
 */
import {
  chartActivities,
  chartTargets,
  headers,
  sheetTitles,
  tableActivities,
  tableTargets,
} from "../messages/summary";
import { cellAddress, rangeAddress } from "../workbook/a1";
import { emptySheet, type ChartPlan, type SheetPlan } from "../workbook/workbookPlan";
import { missingColumns } from "./missingColumns";
import { conditionOn, equalsText } from "./summaryFormulas";
import type { SummaryInputs } from "./summaryInputs";
import { SUMMARY_SHEET, SUMMARY_TAB_COLOR } from "./summaryLayout";
import {
  SUMMARY_STYLE,
  activityTable,
  liveNoteLines,
  noteLines,
  staticNoteText,
  targetTable,
  titleBand,
  type TableLine,
} from "./summarySheetParts";

/** Column widths: Mã, Lĩnh vực, then the status and figure columns. */
const WIDTHS = [8, 40, 12, 12, 12, 12, 12, 12, 12, 12, 10, 10, 13, 14];
const TOTAL_WIDTH = WIDTHS.reduce((a, b) => a + b, 0);
const CHART_ROWS = 22;

/** The finished summary sheet and what its formulas lacked (empty when every count is live). */
export interface BuiltSummarySheet {
  sheet: SheetPlan;
  missing: string[];
}

/** Page setup shared by the summary sheets: A4 landscape, one page wide, page numbers. */
export function summaryPrint(sheet: SheetPlan): void {
  sheet.print = {
    orientation: "landscape",
    paperSize: "A4",
    fitToWidth: true,
    margins: { top: 0.6, bottom: 0.6, left: 0.5, right: 0.4, header: 0.3, footer: 0.3 },
    centerFooter: "Trang &P/&N",
  };
  sheet.protection = { allowFormatColumns: true, allowFormatRows: true, allowAutoFilter: false, allowSort: false };
}

/** Two stacked bar charts side by side under the tables. */
export function statusCharts(row: number, targetsSource: string | null, activitiesSource: string | null): ChartPlan[] {
  const charts: ChartPlan[] = [];
  if (targetsSource) {
    charts.push({
      type: "barStacked",
      source: targetsSource,
      seriesBy: "columns",
      title: chartTargets.vi,
      position: { from: cellAddress(row, 0), to: cellAddress(row + CHART_ROWS, 4) },
      legend: "bottom",
    });
  }
  if (activitiesSource) {
    charts.push({
      type: "barStacked",
      source: activitiesSource,
      seriesBy: "columns",
      title: chartActivities.vi,
      position: { from: cellAddress(row, 5), to: cellAddress(row + CHART_ROWS, 13) },
      legend: "bottom",
    });
  }
  return charts;
}

/** Builds the by-section summary sheet. */
export function buildSectionSummary(inputs: SummaryInputs): BuiltSummarySheet {
  const { summary, tracking } = inputs;
  const sheet = emptySheet(SUMMARY_SHEET.section);
  sheet.tabColor = SUMMARY_TAB_COLOR;
  sheet.columns = WIDTHS.map((width) => ({ width }));
  let row = titleBand(sheet, WIDTHS.length, sheetTitles.section.vi, tracking.info, summary, inputs.hasAsOfName);
  row = liveNoteLines(sheet, row, TOTAL_WIDTH) + 1;

  const aCondition = (id: string) => conditionOn(inputs.activityRanges, "sectionId", equalsText(id));
  const tCondition = (id: string) => conditionOn(inputs.targetRanges, "sectionId", equalsText(id));
  const total = (line = summary.total): TableLine => ({
    key: "",
    label: line.label,
    line,
    activityConditions: [],
    targetConditions: [],
  });

  const targets = targetTable(
    {
      sheet,
      row,
      title: tableTargets.vi,
      keyHeader: headers.sectionId.vi,
      labelHeader: headers.section.vi,
      lines: summary.targetSections.map((line) => ({
        key: line.key,
        label: line.label,
        line,
        activityConditions: null,
        targetConditions: tCondition(line.key),
      })),
      total: total(),
      labelWidth: WIDTHS[1],
    },
    inputs.targetRanges,
  );
  row = targets.next + 1;
  const activities = activityTable(
    {
      sheet,
      row,
      title: tableActivities.vi,
      keyHeader: headers.sectionId.vi,
      labelHeader: headers.section.vi,
      lines: summary.sections.map((line) => ({
        key: line.key,
        label: line.label,
        line,
        activityConditions: aCondition(line.key),
        targetConditions: null,
      })),
      total: total(),
      labelWidth: WIDTHS[1],
    },
    inputs.activityRanges,
    inputs.hasAsOfName,
  );
  row = activities.next + 1;

  const missing = missingColumns(inputs, ["status", "sectionId", "due"], ["status", "sectionId"], true);
  if (targets.hasStatic || activities.hasStatic) {
    row = noteLines(sheet, row, staticNoteText(missing, summary.asOf), TOTAL_WIDTH) + 1;
  }
  sheet.charts = statusCharts(
    row,
    summary.targetSections.length > 0 ? targets.chartSource : null,
    summary.sections.length > 0 ? activities.chartSource : null,
  );
  sheet.styles.unshift({ range: rangeAddress(0, 0, row + 1, WIDTHS.length), style: SUMMARY_STYLE.base });
  summaryPrint(sheet);
  return { sheet, missing: targets.hasStatic || activities.hasStatic ? missing : [] };
}
