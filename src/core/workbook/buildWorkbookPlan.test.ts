import fc from "fast-check";
import { HA_TINH_2024_FRAMEWORK } from "../framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../framework/units";
import type { Framework } from "../framework/types";
import { buildWorkbookPlan, infoNameRef } from "./buildWorkbookPlan";
import { ACTIVITY_COLUMNS, FIRST_DATA_ROW, HEADER_ROW, INFO_NAMES, SHEET, TARGET_COLUMNS, columnOf } from "./layout";
import { planToSnapshot } from "./planToSnapshot";
import type { SheetSnapshot } from "./workbookSnapshot";

const framework = HA_TINH_2024_FRAMEWORK;
const units = HA_TINH_2024_UNITS;

function sheetOf(snapshot: { sheets: SheetSnapshot[] }, name: string): SheetSnapshot {
  const sheet = snapshot.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`missing sheet ${name}`);
  return sheet;
}

const text = (sheet: SheetSnapshot, row: number, col: number): string => {
  const value = sheet.rows[row]?.[col]?.value;
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
};

describe("buildWorkbookPlan", () => {
  const plan = buildWorkbookPlan({ framework, units, period: "2024-Q1" });
  const snapshot = planToSnapshot(plan);

  it("writes the contract's sheets in order", () => {
    expect(plan.sheets.map((s) => s.name)).toEqual([
      SHEET.guide,
      SHEET.info,
      SHEET.activities,
      SHEET.targets,
      SHEET.units,
    ]);
  });

  it.each([
    [SHEET.activities, ACTIVITY_COLUMNS.map((c) => c.header)],
    [SHEET.targets, TARGET_COLUMNS.map((c) => c.header)],
  ])("%s has the contract's headers on the header row", (name, headers) => {
    const sheet = sheetOf(snapshot, name);
    expect(sheet.rows[HEADER_ROW].map((c) => c.value)).toEqual(headers);
  });

  it("has one row per activity and per target, with their IDs", () => {
    const activities = framework.sections.flatMap((s) =>
      s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities)),
    );
    const targets = framework.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets));
    expect(activities).toHaveLength(93);
    const act = sheetOf(snapshot, SHEET.activities);
    const ids = act.rows.slice(FIRST_DATA_ROW).map((row) => row[0].value);
    for (const a of activities) expect(ids).toContain(a.id);
    expect(plan.index.activityRows.size).toBe(93);
    const tgt = sheetOf(snapshot, SHEET.targets);
    const targetIds = tgt.rows.slice(FIRST_DATA_ROW).map((row) => row[0].value);
    for (const t of targets) expect(targetIds).toContain(t.id);
    expect(plan.index.targetRows.size).toBe(targets.length);
  });

  it("puts every row's computed cells as formulas and nothing else", () => {
    for (const sheet of plan.sheets) {
      for (const block of sheet.blocks) {
        block.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell.formula === undefined) return;
            const where = `${sheet.name}!${r + block.row},${c + block.col}`;
            if (sheet.name === SHEET.activities)
              expect([where, c + block.col]).toEqual([where, columnOf(ACTIVITY_COLUMNS, "status")]);
            if (sheet.name === SHEET.targets) {
              expect([columnOf(TARGET_COLUMNS, "result"), columnOf(TARGET_COLUMNS, "status")]).toContain(c + block.col);
            }
          }),
        );
      }
    }
  });

  it("names every Thông tin value", () => {
    expect(plan.names.map((n) => n.name)).toEqual(INFO_NAMES.map((n) => n.name));
    expect(infoNameRef("NgayBaoCao")).toBe("'Thông tin'!$B$6");
    const info = sheetOf(snapshot, SHEET.info);
    expect(text(info, 4, 1)).toBe("2024-Q1");
  });

  it("marks a district's own rows Chủ trì and leaves a coordinator's workbook unassigned", () => {
    const district = buildWorkbookPlan({
      framework,
      units,
      unit: { name: "UBND huyện Đức Thọ", level: "district" },
      period: "2024",
    });
    const sheet = sheetOf(planToSnapshot(district), SHEET.activities);
    const col = columnOf(ACTIVITY_COLUMNS, "responsibility");
    const roles = sheet.rows.slice(FIRST_DATA_ROW).map((row) => text({ name: "", rows: [row] }, 0, col));
    expect(roles).toContain("Chủ trì");
    expect(roles).toContain("Phối hợp");
    const whole = sheetOf(snapshot, SHEET.activities);
    expect(whole.rows.slice(FIRST_DATA_ROW).every((row) => text({ name: "", rows: [row] }, 0, col) === "")).toBe(true);
  });

  it("never turns outside text into a formula", () => {
    const hostile = ['=HYPERLINK("http://example.invalid","x")', "+84 912", "-5 cơ quan", "@SUM(A1)"];
    fc.assert(
      fc.property(fc.constantFrom(...hostile), fc.string(), (prefix, rest) => {
        const bad: Framework = JSON.parse(JSON.stringify(framework));
        const activity = bad.sections[0].objectives[0].tasks[0].activities[0];
        activity.text = prefix + rest;
        activity.lead = prefix;
        const built = buildWorkbookPlan({
          framework: bad,
          units,
          unit: { name: prefix, level: "commune" },
          period: "2024",
        });
        for (const sheet of built.sheets) {
          for (const block of sheet.blocks) {
            for (const row of block.cells) {
              for (const cell of row) {
                if (cell.formula !== undefined) expect(cell.formula.includes(prefix)).toBe(false);
              }
            }
          }
        }
      }),
      { numRuns: 8 },
    );
  });

  it("rejects an unknown period code", () => {
    expect(() => buildWorkbookPlan({ framework, units, period: "2024-Q2" })).toThrow();
  });
});
