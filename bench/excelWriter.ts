/**
 * What writing a workbook through Office.js costs, measured on the fake Excel: context.sync() calls
 * (round trips, the cost that matters in Excel on the web) and queued operations, for a plan of N rows
 * and for one 10× larger. Both must stay flat: the writer batches per block and per range, never per row.
 */
import { parseRangeAddress } from "../src/core/workbook/a1";
import { ExcelAdapter } from "../src/excel/excelAdapter";
import { excelCellInput } from "../src/excel/excelCellInput";
import { createFakeExcel } from "../src/excel/fake";
import { HA_TINH_2024_FRAMEWORK } from "../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../src/core/framework/units";
import { buildWorkbookPlan } from "../src/core/workbook/buildWorkbookPlan";
import type { WorkbookPlan } from "../src/core/workbook/workbookPlan";
import { SYNTHETIC_COLUMNS, syntheticPlan } from "../test/fixtures/syntheticPlan";

/** Rows of the 1× plan: about the 2024 appendix's 93 activities plus the tasks and objectives around them. */
export const BASE_ROWS = 200;

export interface ExcelWriteCost {
  rows: number;
  /** Size of the cell data and number formats sent in the writing sync, as JSON: Excel on the web caps a request at 5 MB. */
  payloadBytes: number;
  syncs: number;
  operations: number;
  loads: number;
  milliseconds: number;
}

/** The JSON size of the 2D arrays the writer sends: block contents and number-format grids. */
export function payloadBytes(plan: WorkbookPlan): number {
  let bytes = 0;
  for (const sheet of plan.sheets) {
    for (const block of sheet.blocks) bytes += JSON.stringify(block.cells.map((row) => row.map(excelCellInput))).length;
    for (const { range, style } of sheet.styles) {
      if (style.numberFormat === undefined) continue;
      const { rowCount, colCount } = parseRangeAddress(range);
      bytes += rowCount * (colCount * (JSON.stringify(style.numberFormat).length + 1) + 2);
    }
  }
  return bytes;
}

/** Writes one plan into a fresh fake workbook and reports what it cost. */
export async function measureExcelWrite(plan: WorkbookPlan, rows: number): Promise<ExcelWriteCost> {
  const fake = createFakeExcel();
  const adapter = new ExcelAdapter(fake.Excel.run);
  const started = performance.now();
  await adapter.writePlan(plan);
  const milliseconds = performance.now() - started;
  return {
    rows,
    payloadBytes: payloadBytes(plan),
    syncs: fake.stats.syncCount,
    operations: fake.stats.operationCount,
    loads: fake.stats.loadCount,
    milliseconds,
  };
}

/** Lines for `npm run bench`: sync and operation counts for N and 10N rows × 17 columns. */
export async function benchExcelWriter(baseRows = BASE_ROWS): Promise<string[]> {
  const lines = [`Excel writer (Office.js on the fake), synthetic plan × ${SYNTHETIC_COLUMNS} columns:`];
  const costs: ExcelWriteCost[] = [];
  for (const rows of [baseRows, baseRows * 10]) {
    const cost = await measureExcelWrite(syntheticPlan(rows), rows);
    costs.push(cost);
    lines.push(
      `  ${String(rows).padStart(6)} rows: ${cost.syncs} context.sync() calls, ${cost.operations} operations ` +
        `(${cost.loads} loads), ~${Math.ceil(cost.payloadBytes / 1024)} KB of cell data, ` +
        `${cost.milliseconds.toFixed(0)} ms on the fake`,
    );
  }
  const [one, ten] = costs;
  const flat = one.syncs === ten.syncs && one.operations === ten.operations;
  lines.push(
    `  10× rows → ${flat ? "same syncs and operations" : `syncs ${one.syncs}→${ten.syncs}, operations ${one.operations}→${ten.operations}`}`,
  );
  const real = buildWorkbookPlan({ framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS, period: "2024-Q1" });
  const realRows = real.sheets.reduce(
    (sum, sheet) => sum + sheet.blocks.reduce((n, block) => n + block.cells.length, 0),
    0,
  );
  const realCost = await measureExcelWrite(real, realRows);
  lines.push(
    `  Hà Tĩnh 2024 whole-plan workbook (${real.sheets.length} sheets, ${realRows} rows): ${realCost.syncs} context.sync() ` +
      `calls, ${realCost.operations} operations, ~${Math.ceil(realCost.payloadBytes / 1024)} KB of cell data`,
  );
  return lines;
}
