/**
 * Queues a sheet's native charts (SheetPlan.charts) without a sync: one `charts.add` per chart with its
 * title, legend and position. Only Office.js draws them; the .xlsx writer cannot (exceljs has no chart API),
 * which is why the summaries also carry data bars. Charts must be queued before the sheet is protected:
 * a protected sheet refuses new objects.
 */
import type { ChartPlan } from "../core/workbook/workbookPlan";

// String literals only: the `Excel.*` enum objects exist at run time in Office only, never in Node tests.
const CHART_TYPE: Record<ChartPlan["type"], "BarStacked"> = { barStacked: "BarStacked" };
const SERIES_BY: Record<ChartPlan["seriesBy"], "Columns" | "Rows"> = { columns: "Columns", rows: "Rows" };
const LEGEND: Record<Exclude<ChartPlan["legend"], "none">, "Bottom" | "Right" | "Top"> = {
  bottom: "Bottom",
  right: "Right",
  top: "Top",
};

/** Adds each planned chart over its source range and places it over its cells. */
export function queueCharts(sheet: Excel.Worksheet, charts: readonly ChartPlan[]): void {
  for (const plan of charts) {
    const chart = sheet.charts.add(CHART_TYPE[plan.type], sheet.getRange(plan.source), SERIES_BY[plan.seriesBy]);
    chart.title.text = plan.title;
    if (plan.legend === "none") chart.legend.visible = false;
    else chart.legend.position = LEGEND[plan.legend];
    chart.setPosition(plan.position.from, plan.position.to);
  }
}
