import { frameworkToJson } from "./frameworkJson";
import type { Framework } from "./types";

const framework: Framework = {
  version: "v",
  year: 2024,
  title: "T",
  id: "x-2024",
  mainTargets: [{ text: "m", id: "CT1.1" }],
  sections: [
    {
      objectives: [
        {
          tasks: [
            {
              activities: [
                {
                  funding: "",
                  deadline: { kind: "ongoing", due: null, text: "Thường xuyên" },
                  reporters: [{ name: "Sở Nội vụ", kind: "unit" }],
                  partners: "",
                  lead: "Sở Nội vụ",
                  output: "o",
                  text: "a",
                  number: "3.1",
                  id: "I:3.1",
                },
              ],
              text: "t",
              number: "2.1",
              id: "I.1:2.1",
            },
          ],
          targets: [],
          text: "o",
          number: "1.1",
          id: "I.1",
        },
      ],
      title: "S",
      id: "I",
    },
  ],
};

describe("frameworkToJson", () => {
  it("writes the documented field order, documented extras last, absent optional fields left out", () => {
    const json = frameworkToJson(framework);
    expect(json.endsWith("}\n")).toBe(true);
    const parsed = JSON.parse(json) as Record<string, unknown>;
    expect(Object.keys(parsed)).toEqual(["id", "title", "year", "version", "sections", "mainTargets"]);
    const section = (parsed.sections as Record<string, unknown>[])[0];
    expect(Object.keys(section)).toEqual(["id", "title", "objectives"]);
    const objective = (section.objectives as Record<string, unknown>[])[0];
    expect(Object.keys(objective)).toEqual(["id", "text", "targets", "tasks", "number"]);
    const activity = ((objective.tasks as Record<string, unknown>[])[0].activities as Record<string, unknown>[])[0];
    expect(Object.keys(activity)).toEqual([
      "id",
      "text",
      "output",
      "lead",
      "partners",
      "reporters",
      "deadline",
      "funding",
      "number",
    ]);
    expect(Object.keys(activity.deadline as object)).toEqual(["text", "due", "kind"]);
    expect((parsed.mainTargets as object[])[0]).toEqual({ id: "CT1.1", text: "m" });
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(framework)));
  });
});
