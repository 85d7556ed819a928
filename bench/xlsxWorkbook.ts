/** Time to build the 2024 tracking workbook through the .xlsx writer (what `par-tracker workbook` does). */
import { HA_TINH_2024_FRAMEWORK } from "../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../src/core/framework/units";
import { buildWorkbookPlan } from "../src/core/workbook/buildWorkbookPlan";
import { writePlanToXlsx } from "../src/xlsx/xlsxAdapter";

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Lines for `npm run bench`: plan build and .xlsx write times, median of several runs, and the file size. */
export async function benchXlsxWorkbook(runs = 7): Promise<string[]> {
  const planTimes: number[] = [];
  const writeTimes: number[] = [];
  let size = 0;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const plan = buildWorkbookPlan({
      framework: HA_TINH_2024_FRAMEWORK,
      units: HA_TINH_2024_UNITS,
      unit: { name: "UBND huyện Đức Thọ", level: "district" },
      period: "2024-Q1",
    });
    const t1 = performance.now();
    const bytes = await writePlanToXlsx(plan);
    const t2 = performance.now();
    planTimes.push(t1 - t0);
    writeTimes.push(t2 - t1);
    size = bytes.length;
  }
  return [
    "2024 tracking workbook through the .xlsx writer (exceljs), median of " + runs + " runs:",
    `  build WorkbookPlan: ${median(planTimes).toFixed(0)} ms; write .xlsx: ${median(writeTimes).toFixed(0)} ms; ` +
      `file ${(size / 1024).toFixed(0)} KB`,
  ];
}
