/**
 * Benchmark: consolidating 250 filled unit workbooks (30 departments, 13 districts, 207 communes) the way
 * a coordinator does, through `par-tracker consolidate` in-process: read every file, consolidate, write
 * the provincial workbook. Prints the wall time, the peak memory (RSS sampled during the run, and the
 * process's VmHWM), and the ratio against merely loading the same files with exceljs's full reader.
 * The goal on the 2-core reference machine: at most 10 s and 1 GB, and faster than that plain load.
 *
 * The files are generated once (buildWorkbookPlan + writePlanToXlsx, deterministic entries) into a
 * temporary folder keyed by the framework version and this generator's version, and reused afterwards.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { main } from "../src/cli/main";
import { isoToSerial } from "../src/core/dates/excelDate";
import { HA_TINH_2024_FRAMEWORK } from "../src/core/framework/embeddedFramework";
import type { Unit } from "../src/core/framework/types";
import { HA_TINH_2024_UNITS } from "../src/core/framework/units";
import { buildWorkbookPlan } from "../src/core/workbook/buildWorkbookPlan";
import { fileNameForUnit } from "../src/core/workbook/fileNameForUnit";
import {
  ACTIVITY_COLUMNS,
  RESPONSIBILITY,
  SHEET,
  TARGET_COLUMNS,
  columnOf,
  type ActivityColumnKey,
  type TargetColumnKey,
} from "../src/core/workbook/layout";
import type { PlanCell, WorkbookPlan } from "../src/core/workbook/workbookPlan";
import { writePlanToXlsx } from "../src/xlsx/xlsxAdapter";

/** Bumped whenever the generated files change, so a stale cache is never reused. */
const GENERATOR_VERSION = 1;
const PERIOD = "2024-H1";
export const BENCH_COUNTS = { province: 30, district: 13, commune: 207 } as const;

/** The bench's units: the 28 provincial units of the 2024 list and 2 made up, the 13 districts, 207 made-up communes. */
export function benchUnits(): Unit[] {
  const provincial = HA_TINH_2024_UNITS.filter((u) => u.level === "province");
  const extra = Array.from({ length: BENCH_COUNTS.province - provincial.length }, (_, i) => ({
    name: `Ban Thử nghiệm ${String(i + 1).padStart(2, "0")}`,
    level: "province" as const,
    aliases: [],
  }));
  const districts = HA_TINH_2024_UNITS.filter((u) => u.level === "district");
  const communes = Array.from({ length: BENCH_COUNTS.commune }, (_, i) => ({
    name: `UBND xã Thử nghiệm ${String(i + 1).padStart(3, "0")}`,
    level: "commune" as const,
    aliases: [],
  }));
  return [...provincial, ...extra, ...districts, ...communes];
}

/** Mulberry32: a small seeded generator, so every run writes the same entries. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function cellAt(plan: WorkbookPlan, sheetName: string, row: number, col: number): PlanCell | undefined {
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  for (const block of sheet?.blocks ?? []) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < block.cells[r].length) return block.cells[r][c];
  }
  return undefined;
}

function setCell(plan: WorkbookPlan, sheetName: string, row: number, col: number, cell: PlanCell): void {
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < block.cells[r].length) {
      block.cells[r][c] = cell;
      return;
    }
  }
  sheet.blocks.push({ row, col, cells: [[cell]] });
}

/** Types plausible entries into a unit's workbook: the rows it leads, mostly; a few partner rows too. */
export function fillUnitWorkbook(plan: ReturnType<typeof buildWorkbookPlan>, seed: number): void {
  const next = random(seed);
  const t = (key: TargetColumnKey) => columnOf(TARGET_COLUMNS, key);
  const a = (key: ActivityColumnKey) => columnOf(ACTIVITY_COLUMNS, key);
  const targets = new Map(
    HA_TINH_2024_FRAMEWORK.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets.map((x) => [x.id, x]))),
  );
  for (const [id, row] of plan.index.targetRows) {
    const leads = cellAt(plan, SHEET.targets, row, t("responsibility"))?.value === RESPONSIBILITY.lead;
    if (!leads && next() > 0.05) continue;
    const target = targets.get(id);
    const roll = next();
    if (roll < 0.08) {
      setCell(plan, SHEET.targets, row, t("notApplicable"), { value: "x" });
    } else if (roll < 0.15) {
      continue;
    } else if (target?.measure === "percent") {
      if (next() < 0.65) {
        const total = 10 + Math.floor(next() * 490);
        setCell(plan, SHEET.targets, row, t("done"), { value: Math.floor(total * (0.5 + next() * 0.5)) });
        setCell(plan, SHEET.targets, row, t("total"), { value: total });
      } else {
        setCell(plan, SHEET.targets, row, t("done"), { value: Math.round((40 + next() * 60) * 10) / 10 });
      }
    } else {
      setCell(plan, SHEET.targets, row, t("done"), { value: Math.floor(next() * ((target?.value ?? 10) * 1.5 + 1)) });
    }
    if (next() < 0.2) setCell(plan, SHEET.targets, row, t("note"), { value: `Ghi chú ${Math.floor(next() * 1000)}` });
  }
  const states = ["Hoàn thành", "Đang thực hiện", "Chưa thực hiện"];
  for (const [, row] of plan.index.activityRows) {
    const leads = cellAt(plan, SHEET.activities, row, a("responsibility"))?.value === RESPONSIBILITY.lead;
    if (!leads || next() < 0.1) continue;
    const state = states[Math.floor(next() * states.length)];
    setCell(plan, SHEET.activities, row, a("state"), { value: state });
    if (state === "Hoàn thành") {
      const day = 1 + Math.floor(next() * 150);
      setCell(plan, SHEET.activities, row, a("doneDate"), { value: isoToSerial("2024-01-01") + day });
      setCell(plan, SHEET.activities, row, a("evidence"), { value: `Số ${Math.floor(next() * 500)}/QĐ-UBND` });
    }
  }
}

function cacheDir(): string {
  const key = `${HA_TINH_2024_FRAMEWORK.version.slice(0, 12)}-v${GENERATOR_VERSION}`;
  return join(tmpdir(), `par-tracker-bench-consolidate-${key}`);
}

/**
 * The 250 unit workbooks and the consolidating workbook (its `Danh mục đơn vị` is the bench's units list),
 * generated once and cached. Returns the folders and whether they had to be generated now.
 */
export async function benchFiles(): Promise<{ inputs: string; unitsFile: string; generated: boolean; count: number }> {
  const root = cacheDir();
  const inputs = join(root, "returns");
  const unitsFile = join(root, "tong-hop.xlsx");
  const units = benchUnits();
  const marker = join(root, "complete");
  if (existsSync(marker)) return { inputs, unitsFile, generated: false, count: units.length };
  rmSync(root, { recursive: true, force: true });
  mkdirSync(inputs, { recursive: true });
  const used = new Set<string>();
  const base = Date.UTC(2024, 5, 15, 8, 0, 0);
  for (let i = 0; i < units.length; i++) {
    const unit = units[i];
    const plan = buildWorkbookPlan({ framework: HA_TINH_2024_FRAMEWORK, units, unit, period: PERIOD });
    fillUnitWorkbook(plan, i + 1);
    const path = join(inputs, fileNameForUnit(unit.name, PERIOD, used));
    writeFileSync(path, await writePlanToXlsx(plan));
    const when = new Date(base + i * 60_000);
    utimesSync(path, when, when);
  }
  writeFileSync(
    unitsFile,
    await writePlanToXlsx(buildWorkbookPlan({ framework: HA_TINH_2024_FRAMEWORK, units, period: PERIOD })),
  );
  writeFileSync(marker, "");
  return { inputs, unitsFile, generated: true, count: units.length };
}

/** Peak resident set size of this process so far (Linux), in bytes; null elsewhere. */
function vmHwm(): number | null {
  try {
    const match = /VmHWM:\s+(\d+)\s+kB/.exec(readFileSync("/proc/self/status", "utf8"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const mb = (bytes: number) =>
  bytes < 1024 * 1024 ? `${Math.round(bytes / 1024)} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Runs the consolidation bench; one line per figure. */
export async function benchConsolidate(): Promise<string[]> {
  const generateStart = performance.now();
  const { inputs, unitsFile, generated, count } = await benchFiles();
  const generateMs = performance.now() - generateStart;
  const files = readdirSync(inputs)
    .filter((f) => f.endsWith(".xlsx"))
    .map((f) => join(inputs, f));
  const bytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const out = join(cacheDir(), "hop-nhat.xlsx");

  let peakRss = process.memoryUsage().rss;
  const sample = () => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  };
  const sampler = setInterval(sample, 10);
  let stdout = "";
  let stderr = "";
  const started = performance.now();
  const code = await main(["consolidate", "--out", out, "--force", "--units", unitsFile, "--json", inputs], {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
      sample();
    },
    cwd: cacheDir(),
    isTty: false,
  });
  const wallMs = performance.now() - started;
  clearInterval(sampler);
  sample();
  const hwm = vmHwm();
  if (code !== 0) throw new Error(`consolidate exited ${code}: ${stderr}`);
  const json = JSON.parse(stdout) as { units: unknown[]; missing: unknown[]; rejected: unknown[] };

  const loadStart = performance.now();
  for (const file of files) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(file) as never);
  }
  const loadMs = performance.now() - loadStart;

  const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const withinGoal = wallMs <= 10_000 && peakRss <= 1024 ** 3 && wallMs < loadMs;
  return [
    `consolidate ${files.length} unit workbooks (${BENCH_COUNTS.province} departments, ${BENCH_COUNTS.district} districts, ${BENCH_COUNTS.commune} communes; ${mb(bytes)} of .xlsx)` +
      (generated ? ` — generated now in ${seconds(generateMs)}, cached for next time` : " — cached files"),
    `  par-tracker consolidate (read, validate, consolidate, write ${mb(statSync(out).size)} output): ${seconds(wallMs)} wall; ` +
      `${json.units.length} included, ${json.missing.length} missing, ${json.rejected.length} rejected of ${count} units`,
    `  peak RSS during the run: ${mb(peakRss)} (sampled)` +
      (hwm === null ? "" : `; process VmHWM ${mb(hwm)}${generated ? " (includes generating the files)" : ""}`),
    `  plain exceljs load of the same files (new ExcelJS.Workbook().xlsx.load): ${seconds(loadMs)}; consolidate / load = ${(wallMs / loadMs).toFixed(2)}`,
    `  goal (≤ 10 s, ≤ 1 GB, faster than the plain load): ${withinGoal ? "met" : "NOT met"}`,
  ];
}

if (require.main === module) {
  benchConsolidate().then(
    (lines) => lines.forEach((line) => console.log(line)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
