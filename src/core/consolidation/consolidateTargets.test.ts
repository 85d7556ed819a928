import fc from "fast-check";
import { LEVELS, type Target } from "../framework/types";
import { statusContext } from "../status/statusContext";
import { targetResult, targetStatus } from "../status/targetStatus";
import { KIND_LABELS, RESPONSIBILITY } from "../workbook/layout";
import { consolidateTarget, scopeTarget, unitTarget } from "./consolidateTargets";
import { SMALL_FRAMEWORK, SMALL_UNITS, submission } from "./testing/consolidationFixture";

const targets = SMALL_FRAMEWORK.sections[0].objectives[0].targets;
const byId = (id: string) => targets.find((t) => t.id === id) as Target;
const contexts = {
  province: statusContext("2024-H1", { judgeAll: true }),
  unit: statusContext("2024-H1", { judgeAll: false }),
};

describe("targets per level", () => {
  it.each([
    ["I.1", "province", 90],
    ["I.1", "district", 80],
    ["I.1", "commune", 70],
    ["I.3", "district", 13],
  ] as const)("%s: a %s unit is judged against %d", (id, level, expected) => {
    expect(unitTarget(byId(id), level)).toBe(expected);
  });

  it.each([
    ["I.1", "all", ["province", "district", "commune"], 80],
    ["I.1", "district", ["province", "district", "commune"], 80],
    ["I.3", "district", ["district"], 13],
    ["I.5", "province", ["province", "district"], null],
    ["I.5", "all", ["province", "district"], 3],
  ] as const)("%s over %s (levels %j) is compared with %p", (id, scope, concerned, expected) => {
    expect(scopeTarget(byId(id), scope, concerned)).toBe(expected);
  });
});

describe("consolidateTarget", () => {
  it("judges a blank row exactly as the status engine does", () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.constantFrom(...SMALL_UNITS), (target, unit) => {
        const t = consolidateTarget(target, [submission({ unit: unit.name })], SMALL_UNITS, contexts);
        const figure = t.units[0];
        const inputs = {
          done: null,
          total: null,
          notApplicable: null,
          measure: target.measure,
          comparator: target.comparator,
          target: unitTarget(target, unit.level),
          kind: KIND_LABELS[target.kind],
          responsibility: figure.leads ? RESPONSIBILITY.lead : "",
          aggregate: target.aggregate ?? "single",
        };
        expect(figure.status).toBe(targetStatus(inputs, contexts.unit));
        expect(figure.value).toBe(targetResult(inputs, contexts.unit));
      }),
    );
  });

  it("gives a level to a named lead missing from the list once its return arrives", () => {
    const target: Target = { ...byId("I.4"), reporters: [{ kind: "unit", name: "Trung tâm Mới" }] };
    const t = consolidateTarget(
      target,
      [submission({ unit: "Trung tâm Mới", level: "province", inList: false, targets: { "I.4": [4, 10] } })],
      SMALL_UNITS,
      contexts,
    );
    expect(t.holder).toBe("Trung tâm Mới");
    expect(t.province).toMatchObject({ value: 40, status: "met", expected: 1 });
    expect(LEVELS.filter((l) => t.byLevel[l] !== null)).toEqual(["province"]);
  });

  it("lists every unit's figure, lead or not, in the order given", () => {
    const t = consolidateTarget(
      byId("I.3"),
      [
        submission({ unit: "Sở Nội vụ", targets: { "I.3": [7] } }),
        submission({ unit: "UBND huyện A", targets: { "I.3": [2] } }),
      ],
      SMALL_UNITS,
      contexts,
    );
    expect(t.units.map((u) => [u.unit, u.leads, u.value])).toEqual([
      ["Sở Nội vụ", false, 7],
      ["UBND huyện A", true, 2],
    ]);
    expect(t.province.value).toBe(2);
  });
});
