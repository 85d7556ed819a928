import { applyOverrides, type Override } from "./applyOverrides";
import { frameworkVersion } from "./frameworkVersion";
import type { Framework } from "./types";
import { HA_TINH_2024_UNITS } from "./units";

function sample(): Framework {
  const framework: Framework = {
    id: "t-2024",
    title: "T",
    year: 2024,
    version: "",
    sections: [
      {
        id: "I",
        title: "CÔNG TÁC",
        objectives: [
          {
            id: "I.1",
            number: "1.1",
            text: "Tối thiểu 35% cơ quan được kiểm tra",
            targets: [
              {
                id: "I.1",
                objectiveId: "I.1",
                text: "Tối thiểu 35% cơ quan được kiểm tra",
                measure: "percent",
                comparator: "atLeast",
                value: 35,
                direction: "increase",
                unitLabel: "cơ quan",
                kind: "cumulative",
                reporters: [{ kind: "unit", name: "Sở Nội vụ" }],
              },
              {
                id: "CT1.1",
                objectiveId: "I.1",
                text: "ít nhất 03 sáng kiến",
                measure: "count",
                comparator: "atLeast",
                value: 3,
                direction: "increase",
                unitLabel: "sáng kiến",
                kind: "cumulative",
                reporters: [{ kind: "unit", name: "Sở Nội vụ" }],
                aggregate: "single",
              },
            ],
            tasks: [
              {
                id: "I.1:2.1",
                number: "2.1",
                text: "Kiểm tra",
                activities: [
                  {
                    id: "I:3.1",
                    number: "3.1",
                    text: "Ban hành kế hoạch",
                    output: "Kế hoạch",
                    lead: "Sở Nội vụ",
                    partners: "",
                    reporters: [{ kind: "unit", name: "Sở Nội vụ" }],
                    deadline: { text: "Quý I", due: "2024-03-31", kind: "date" },
                    funding: "",
                  },
                ],
              },
            ],
          },
          { id: "I.2", number: "1.2", text: "Khác", targets: [], tasks: [] },
        ],
      },
    ],
    mainTargets: [{ id: "CT1.1", text: "ít nhất 03 sáng kiến", targetId: "CT1.1" }],
  };
  framework.version = frameworkVersion(framework);
  return framework;
}

const apply = (overrides: Override[]) => applyOverrides(sample(), overrides, { units: HA_TINH_2024_UNITS });
const o = (id: string, field: string, value: unknown, item?: Override["item"]): Override =>
  item === undefined ? { id, field, value, reason: "test" } : { id, field, value, reason: "test", item };

describe("applyOverrides", () => {
  it("sets plain and nested fields, removes optional ones with null, and recomputes the version", () => {
    const input = sample();
    const { framework, warnings } = applyOverrides(input, [
      o("I:3.1", "deadline.due", null),
      o("I:3.1", "deadline.kind", "ongoing"),
      o("I.1", "kind", "level", "target"),
      o("I.1", "levels.commune", 75, "target"),
      o("CT1.1", "targetId", null, "mainTarget"),
      o("I", "title", "CÔNG TÁC CHỈ ĐẠO"),
    ]);
    expect(warnings).toEqual([]);
    const activity = framework.sections[0].objectives[0].tasks[0].activities[0];
    expect(activity.deadline).toEqual({ text: "Quý I", due: null, kind: "ongoing" });
    expect(framework.sections[0].objectives[0].targets[0]).toMatchObject({ kind: "level", levels: { commune: 75 } });
    expect(framework.mainTargets[0]).toEqual({ id: "CT1.1", text: "ít nhất 03 sáng kiến" });
    expect(framework.sections[0].title).toBe("CÔNG TÁC CHỈ ĐẠO");
    expect(framework.version).toBe(frameworkVersion(framework));
    expect(framework.version).not.toBe(input.version);
    expect(input).toEqual(sample());
  });

  it.each([
    [o("X.9", "text", "a"), "override.unknownId"],
    [o("I:3.1", "colour", "red"), "override.unknownField"],
    [o("I.1", "text", "a"), "override.ambiguous"],
    [o("CT1.1", "text", "a"), "override.ambiguous"],
    [o("I.1", "value", "35%", "target"), "override.badValue"],
    [o("I:3.1", "deadline.due", "31/03/2024"), "override.badValue"],
    [o("I:3.1", "reporters", [{ kind: "unit" }]), "override.badValue"],
    [o("I.1", "objectiveId", "I.9", "target"), "override.badValue"],
    [{ id: "I:3.1", field: "text", value: "a", reason: "" }, "override.noReason"],
  ])("warns about a bad override %j", (override, code) => {
    const { framework, warnings } = apply([override]);
    expect(warnings.map((w) => w.code)).toEqual([code]);
    if (code !== "override.noReason") expect(framework).toEqual(sample());
  });

  it("matches an overridden lead again, and the objective's targets follow", () => {
    const { framework } = apply([o("I:3.1", "lead", "UBND cấp huyện")]);
    const objective = framework.sections[0].objectives[0];
    expect(objective.tasks[0].activities[0].reporters).toEqual([{ kind: "category", level: "district" }]);
    expect(objective.targets[0].reporters).toEqual([{ kind: "category", level: "district" }]);
    expect(objective.targets[1]).toMatchObject({
      reporters: [{ kind: "category", level: "district" }],
      aggregate: "sum",
    });
  });

  it("keeps reporters and aggregate that are overridden in the same batch", () => {
    const { framework } = apply([
      o("I:3.1", "lead", "UBND cấp huyện"),
      o("CT1.1", "reporters", [{ kind: "unit", name: "Sở Tư pháp" }], "target"),
    ]);
    expect(framework.sections[0].objectives[0].targets[1]).toMatchObject({
      reporters: [{ kind: "unit", name: "Sở Tư pháp" }],
      aggregate: "single",
    });
  });

  it("moves a target to the objective it names, and a main target's own figures with it", () => {
    const moved = apply([o("I.1", "objectiveId", "I.2", "target")]).framework;
    expect(moved.sections[0].objectives.map((x) => x.targets.map((t) => t.id))).toEqual([["CT1.1"], ["I.1"]]);
    const linked = apply([o("CT1.1", "objectiveId", "I.2", "mainTarget")]).framework;
    expect(linked.sections[0].objectives.map((x) => x.targets.map((t) => t.id))).toEqual([["I.1"], ["CT1.1"]]);
    // I.2 has no activities, so nobody reports its targets until its activities are known.
    expect(linked.sections[0].objectives[1].targets[0]).toMatchObject({ objectiveId: "I.2", reporters: [] });
  });
});
