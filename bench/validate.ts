/**
 * Benchmark: validating a filled tracking workbook ten times the size of the 2024 plan (every activity
 * and target repeated with suffixed IDs), in core (snapshot → findings) and from the .xlsx bytes as the
 * CLI does. Consolidation reads hundreds of such files, so this must stay well under a second.
 */
import { HA_TINH_2024_FRAMEWORK } from "../src/core/framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../src/core/framework/units";
import type { Framework, Objective } from "../src/core/framework/types";
import { isoToSerial } from "../src/core/dates/excelDate";
import { readTrackingWorkbook } from "../src/core/validation/readTrackingWorkbook";
import { validateWorkbook } from "../src/core/validation/validateWorkbook";
import { buildWorkbookPlan } from "../src/core/workbook/buildWorkbookPlan";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS, columnOf } from "../src/core/workbook/layout";
import { planToSnapshot } from "../src/core/workbook/planToSnapshot";
import type { PlanCell, WorkbookPlan } from "../src/core/workbook/workbookPlan";
import { openXlsx } from "../src/xlsx/openXlsx";
import { writePlanToXlsx } from "../src/xlsx/xlsxAdapter";

const COPIES = 10;

function copyObjective(objective: Objective, copy: number): Objective {
  const suffix = copy === 1 ? "" : `~${copy}`;
  return {
    ...objective,
    id: `${objective.id}${suffix}`,
    targets: objective.targets.map((t) => ({ ...t, id: `${t.id}${suffix}`, objectiveId: `${objective.id}${suffix}` })),
    tasks: objective.tasks.map((task) => ({
      ...task,
      id: `${task.id}${suffix}`,
      activities: task.activities.map((a) => ({ ...a, id: `${a.id}${suffix}` })),
    })),
  };
}

/** The 2024 framework with every objective repeated `copies` times (IDs suffixed `~2`, `~3`, …). */
export function repeatedFramework(copies: number): Framework {
  const base = HA_TINH_2024_FRAMEWORK;
  return {
    ...base,
    sections: base.sections.map((section) => ({
      ...section,
      objectives: Array.from({ length: copies }, (_, i) =>
        section.objectives.map((o) => copyObjective(o, i + 1)),
      ).flat(),
    })),
  };
}

function setCell(plan: WorkbookPlan, sheetName: string, row: number, col: number, cell: PlanCell): void {
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  const block = sheet?.blocks.find(
    (b) =>
      row >= b.row && row < b.row + b.cells.length && col >= b.col && col < b.col + (b.cells[row - b.row]?.length ?? 0),
  );
  if (block) block.cells[row - block.row][col - block.col] = cell;
}

/** Fills about two thirds of the rows the way units do, with a sprinkling of the mistakes validation finds. */
function fill(plan: ReturnType<typeof buildWorkbookPlan>): void {
  const states = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"];
  let i = 0;
  for (const [, row] of plan.index.activityRows) {
    const state = states[i % 3];
    const at = (key: (typeof ACTIVITY_COLUMNS)[number]["key"]) => columnOf(ACTIVITY_COLUMNS, key);
    setCell(plan, SHEET.activities, row, at("state"), { value: state });
    if (state === "Hoàn thành") {
      setCell(plan, SHEET.activities, row, at("doneDate"), {
        value: i % 7 === 0 ? "15/3/2024" : isoToSerial("2024-03-01"),
      });
      if (i % 5 !== 0) setCell(plan, SHEET.activities, row, at("evidence"), { value: `Số ${i}/QĐ-UBND` });
    }
    i++;
  }
  i = 0;
  for (const [, row] of plan.index.targetRows) {
    const at = (key: (typeof TARGET_COLUMNS)[number]["key"]) => columnOf(TARGET_COLUMNS, key);
    const values: PlanCell["value"][] = [95, "94%", 0.8, 12, "khoảng 50", null];
    setCell(plan, SHEET.targets, row, at("done"), { value: values[i % values.length] });
    if (i % 4 === 0) setCell(plan, SHEET.targets, row, at("total"), { value: 100 });
    i++;
  }
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time<T>(runs: number, work: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result = work();
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

async function timeAsync<T>(runs: number, work: () => Promise<T>): Promise<{ ms: number; result: T }> {
  const samples: number[] = [];
  let result = await work();
  for (let r = 0; r < runs; r++) {
    const start = performance.now();
    result = await work();
    samples.push(performance.now() - start);
  }
  return { ms: median(samples), result };
}

/** Times validation of a workbook with ten times the 2024 rows; returns one line per measurement. */
export async function benchValidate(): Promise<string[]> {
  const framework = repeatedFramework(COPIES);
  const unit = HA_TINH_2024_UNITS.find((u) => u.level === "province");
  const plan = buildWorkbookPlan({ framework, units: HA_TINH_2024_UNITS, unit, period: "2024-H1" });
  fill(plan);
  const snapshot = planToSnapshot(plan);
  const rows = `${plan.index.activityRows.size} activities + ${plan.index.targetRows.size} targets (${COPIES}× 2024)`;

  const read = time(9, () => readTrackingWorkbook(snapshot));
  const validated = time(9, () => validateWorkbook(snapshot, { framework }));
  const bare = time(9, () => validateWorkbook(snapshot));
  const findings = validated.result.findings.length;

  const bytes = await writePlanToXlsx(plan);
  const fromFile = await timeAsync(3, async () => {
    const opened = await openXlsx(new Uint8Array(bytes), "bench.xlsx");
    if (!opened.ok) throw new Error(opened.message.en);
    return validateWorkbook(await opened.adapter.readSnapshot(), { framework });
  });
  const mb = (bytes.length / (1024 * 1024)).toFixed(2);
  return [
    `validate ${rows}: read ${read.ms.toFixed(1)} ms, validate with framework ${validated.ms.toFixed(1)} ms, without ${bare.ms.toFixed(1)} ms (median of 9; ${findings} findings)`,
    `validate ${rows} from .xlsx (${mb} MB): open + snapshot + validate ${fromFile.ms.toFixed(0)} ms (median of 3; ${fromFile.result.findings.length} findings)`,
  ];
}

if (require.main === module) {
  benchValidate().then(
    (lines) => lines.forEach((line) => console.log(line)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
