/**
 * Benchmark: building the summaries (the three COUNTIFS sheets and the printable report) for a filled 2024
 * workbook and for one with ten times its rows — in core (snapshot → summary plan), through the .xlsx adapter
 * as the CLI does (open, read, evaluate, write, save), and through the Office.js adapter on the fake Excel
 * (syncs and queued operations, which must not grow with the rows).
 */
import { HA_TINH_2024_UNITS } from "../src/core/framework/units";
import { buildSummaries } from "../src/core/summary/buildSummaries";
import { buildSummaryPlan } from "../src/core/summary/buildSummaryPlan";
import { evaluateWorkbook } from "../src/core/validation/evaluateWorkbook";
import { readTrackingWorkbook } from "../src/core/validation/readTrackingWorkbook";
import { buildWorkbookPlan } from "../src/core/workbook/buildWorkbookPlan";
import { planToSnapshot } from "../src/core/workbook/planToSnapshot";
import { ExcelAdapter } from "../src/excel/excelAdapter";
import { createFakeExcel } from "../src/excel/fake";
import { openXlsx } from "../src/xlsx/openXlsx";
import { writePlanToXlsx } from "../src/xlsx/xlsxAdapter";
import { applyFill, sampleFill } from "../test/summary/randomFill";
import { repeatedFramework } from "./validate";

const RUNS = 5;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function timed<T>(job: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await job();
  return { ms: performance.now() - start, value };
}

/** Times the summaries of the 2024 workbook (1×) and of one with ten times the rows (10×). */
export async function benchSummary(): Promise<string[]> {
  const lines = ["summaries (median of 5 runs; Excel figures on the fake)"];
  for (const copies of [1, 10]) {
    const framework = repeatedFramework(copies);
    const plan = buildWorkbookPlan({ framework, units: HA_TINH_2024_UNITS, period: "2024-H1" });
    applyFill(plan, sampleFill(plan.index.activityRows.size, plan.index.targetRows.size, 2024));
    const snapshot = planToSnapshot(plan);
    const rows = `${plan.index.activityRows.size} activities, ${plan.index.targetRows.size} targets`;

    const core: number[] = [];
    let formulas = 0;
    for (let i = 0; i < RUNS; i++) {
      const { ms, value } = await timed(() => {
        const tracking = readTrackingWorkbook(snapshot);
        return buildSummaryPlan(snapshot, tracking, evaluateWorkbook(tracking)).plan;
      });
      core.push(ms);
      formulas = value.sheets.reduce(
        (n, s) => n + s.blocks.reduce((m, b) => m + b.cells.flat().filter((c) => c.formula !== undefined).length, 0),
        0,
      );
    }

    const bytes = await writePlanToXlsx(plan);
    const cli: number[] = [];
    let outBytes = 0;
    for (let i = 0; i < RUNS; i++) {
      const { ms, value } = await timed(async () => {
        const opened = await openXlsx(bytes, "so.xlsx");
        if (!opened.ok) throw new Error(opened.message.en);
        await buildSummaries(opened.adapter);
        return opened.adapter.toBuffer();
      });
      cli.push(ms);
      outBytes = value.byteLength;
    }

    const fake = createFakeExcel();
    const adapter = new ExcelAdapter(fake.Excel.run);
    await adapter.writePlan(plan);
    const syncs = fake.stats.syncCount;
    const operations = fake.stats.operationCount;
    const excel = await timed(() => buildSummaries(adapter));
    lines.push(
      `  ${copies}× (${rows}): core ${median(core).toFixed(0)} ms (${formulas} formulas); ` +
        `.xlsx open+summarise+save ${median(cli).toFixed(0)} ms (${(bytes.byteLength / 1024).toFixed(0)} → ${(outBytes / 1024).toFixed(0)} KB); ` +
        `Excel (fake) ${excel.ms.toFixed(0)} ms, ${fake.stats.syncCount - syncs} syncs, ${fake.stats.operationCount - operations} operations`,
    );
  }
  return lines;
}
