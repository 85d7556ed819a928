import fc from "fast-check";
import { HA_TINH_2024_FRAMEWORK } from "../framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../framework/units";
import type { Framework } from "../framework/types";
import { buildWorkbookPlan } from "./buildWorkbookPlan";
import { ACTIVITY_COLUMNS, SHEET, TARGET_COLUMNS, columnOf } from "./layout";
import { planToSnapshot } from "./planToSnapshot";
import { reloadEntries } from "./reloadEntries";
import type { SnapshotCell, WorkbookSnapshot } from "./workbookSnapshot";

const units = HA_TINH_2024_UNITS;
const build = (framework: Framework) => buildWorkbookPlan({ framework, units, period: "2024-H1" });

type Filler = (id: string, key: string) => SnapshotCell;

/** Fills every entry cell of a built workbook, the way a unit would before a reload. */
function filled(framework: Framework, fill: Filler): WorkbookSnapshot {
  const plan = build(framework);
  const snapshot = planToSnapshot(plan);
  const specs = [
    {
      sheet: SHEET.activities,
      rows: plan.index.activityRows,
      cols: ACTIVITY_COLUMNS,
      keys: ["state", "doneDate", "evidence", "note"],
    },
    {
      sheet: SHEET.targets,
      rows: plan.index.targetRows,
      cols: TARGET_COLUMNS,
      keys: ["done", "total", "notApplicable", "note"],
    },
  ];
  for (const spec of specs) {
    const sheet = snapshot.sheets.find((s) => s.name === spec.sheet)!;
    for (const [id, row] of spec.rows) {
      for (const key of spec.keys) {
        sheet.rows[row][columnOf(spec.cols as typeof ACTIVITY_COLUMNS, key as never)] = fill(id, key);
      }
    }
  }
  return snapshot;
}

const sampleFill: Filler = (id, key) => {
  if (key === "doneDate") return { value: 45400, numberFormat: "dd/mm/yyyy" };
  if (key === "done" || key === "total") return { value: id.length * (key === "done" ? 3 : 7) };
  if (key === "state") return { value: "Đang thực hiện" };
  if (key === "notApplicable") return { value: "x" };
  return { value: `${key} của ${id}` };
};

function entriesOf(snapshot: WorkbookSnapshot): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [name, cols, keys] of [
    [SHEET.activities, ACTIVITY_COLUMNS, ["state", "doneDate", "evidence", "note"]],
    [SHEET.targets, TARGET_COLUMNS, ["done", "total", "notApplicable", "note"]],
  ] as const) {
    const sheet = snapshot.sheets.find((s) => s.name === name)!;
    for (const row of sheet.rows) {
      const id = row[0]?.value;
      if (typeof id !== "string" || (!id.includes(":") && !/\d/.test(id))) continue;
      for (const key of keys) {
        const cell = row[columnOf(cols as typeof ACTIVITY_COLUMNS, key as never)];
        if (cell && cell.value !== null && cell.value !== "") out.set(`${name}!${id}!${key}`, cell.value);
      }
    }
  }
  return out;
}

describe("reloadEntries", () => {
  const framework = HA_TINH_2024_FRAMEWORK;

  it("keeps every entry when the same framework is loaded again", () => {
    const before = filled(framework, sampleFill);
    const { plan, report } = reloadEntries(before, build(framework));
    expect(entriesOf(planToSnapshot(plan))).toEqual(entriesOf(before));
    expect(report.removed).toBe(0);
    expect(report.kept).toBe(plan.index.activityRows.size + plan.index.targetRows.size);
    expect(plan.sheets.some((s) => s.name === SHEET.dropped)).toBe(false);
  });

  it("moves entries of removed IDs to Mục đã bỏ with their values, and counts added rows", () => {
    const before = filled(framework, sampleFill);
    const smaller: Framework = JSON.parse(JSON.stringify(framework));
    const removedTask = smaller.sections[0].objectives[0].tasks.shift()!;
    const removedIds = removedTask.activities.map((a) => a.id);
    const { plan, report } = reloadEntries(before, build(smaller));
    expect(report.removed).toBe(removedIds.length);
    expect(report.removedIds).toEqual(removedIds.map((id) => `${SHEET.activities}!${id}`));
    const dropped = planToSnapshot(plan).sheets.find((s) => s.name === SHEET.dropped)!;
    const ids = dropped.rows.slice(1).map((r) => r[1].value);
    expect(ids).toEqual(removedIds);
    expect(dropped.rows[1].map((c) => c.value)).toContain(`note của ${removedIds[0]}`);

    // Loading the full framework again brings the rows back empty, and keeps the earlier dropped entries.
    const again = reloadEntries(planToSnapshot(plan), build(framework));
    expect(again.report.added).toBe(removedIds.length);
    const stillDropped = planToSnapshot(again.plan).sheets.find((s) => s.name === SHEET.dropped)!;
    expect(stillDropped.rows.slice(1).map((r) => r[1].value)).toEqual(removedIds);
  });

  it("carries over whatever a user typed, whatever its type", () => {
    const value = fc.oneof(
      fc.string({ minLength: 1 }).filter((s) => s.trim() !== ""),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.boolean(),
    );
    fc.assert(
      fc.property(value, value, (a, b) => {
        const before = filled(framework, (id, key) => ({ value: (id.length + key.length) % 2 === 0 ? a : b }));
        const { plan } = reloadEntries(before, build(framework));
        expect(entriesOf(planToSnapshot(plan))).toEqual(entriesOf(before));
      }),
      { numRuns: 5 },
    );
  });
});
