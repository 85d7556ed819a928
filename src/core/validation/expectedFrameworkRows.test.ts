import { responsibilityOf } from "../workbook/responsibility";
import { expectedFrameworkRows } from "./expectedFrameworkRows";
import { FRAMEWORK, UNITS } from "./testing/trackingFixture";

describe("expectedFrameworkRows", () => {
  const activities = FRAMEWORK.sections.flatMap((s) =>
    s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities)),
  );
  const objectives = FRAMEWORK.sections.flatMap((s) => s.objectives);

  it("derives Trách nhiệm exactly as the workbook builder does, for every unit of the list", () => {
    for (const unit of UNITS) {
      const expected = expectedFrameworkRows(FRAMEWORK, unit, UNITS);
      for (const activity of activities) {
        expect([unit.name, activity.id, expected.activities.get(activity.id)?.values.responsibility]).toEqual([
          unit.name,
          activity.id,
          responsibilityOf(activity.reporters, activity.partners, unit, UNITS),
        ]);
      }
      for (const objective of objectives) {
        const partners = objective.tasks.flatMap((t) => t.activities.map((a) => a.partners)).join("; ");
        for (const target of objective.targets) {
          expect([unit.name, target.id, expected.targets.get(target.id)?.values.responsibility]).toEqual([
            unit.name,
            target.id,
            responsibilityOf(target.reporters, partners, unit, UNITS),
          ]);
        }
      }
    }
  });

  it("leaves Trách nhiệm out without a units list, and blank for the whole plan", () => {
    expect(
      expectedFrameworkRows(FRAMEWORK, UNITS[0], null).activities.get(activities[0].id)?.values,
    ).not.toHaveProperty("responsibility");
    const whole = expectedFrameworkRows(FRAMEWORK, undefined, UNITS);
    expect([...whole.activities.values()].every((row) => row.values.responsibility === "")).toBe(true);
  });

  it("gives the target value of the unit's level", () => {
    const byLevel = objectives.flatMap((o) => o.targets).find((t) => t.levels?.commune !== undefined);
    if (!byLevel) throw new Error("The framework has no per-level target");
    const commune = { name: "UBND xã X", level: "commune" as const };
    expect(expectedFrameworkRows(FRAMEWORK, commune, UNITS).targets.get(byLevel.id)?.values.target).toBe(
      byLevel.levels?.commune,
    );
    expect(expectedFrameworkRows(FRAMEWORK, undefined, UNITS).targets.get(byLevel.id)?.values.target).toBe(
      byLevel.value,
    );
  });
});
