import { consolidateSubmissions } from "./consolidateSubmissions";
import { consolidationJson } from "./consolidationJson";
import { SMALL_FRAMEWORK, SMALL_UNITS, workedExample } from "./testing/consolidationFixture";

const json = consolidationJson(
  consolidateSubmissions(workedExample(), [], { framework: SMALL_FRAMEWORK, units: SMALL_UNITS }),
);

describe("consolidationJson", () => {
  it("keeps the contract's keys", () => {
    expect(Object.keys(json)).toEqual([
      "period",
      "asOf",
      "framework",
      "units",
      "missing",
      "duplicates",
      "rejected",
      "targets",
      "activities",
      "excluded",
    ]);
    expect(json.period).toBe("2024-H1");
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it("lists each unit's file with its duplicates after it", () => {
    expect(json.units.filter((u) => u.name === "UBND huyện A")).toEqual([
      {
        name: "UBND huyện A",
        level: "district",
        file: "a-new.xlsx",
        status: "included",
        modified: "1970-01-01T00:00:02.000Z",
      },
      {
        name: "UBND huyện A",
        level: "district",
        file: "a-old.xlsx",
        status: "duplicate",
        modified: "1970-01-01T00:00:01.000Z",
      },
    ]);
    expect(json.duplicates).toEqual([{ unit: "UBND huyện A", kept: "a-new.xlsx", dropped: ["a-old.xlsx"] }]);
    expect(json.missing).toEqual([{ name: "UBND xã Z", level: "commune" }]);
  });

  it("gives a rejected file's reason as a stable code and its message in both languages", () => {
    expect(json.rejected).toEqual([
      {
        file: "stp-q1.xlsx",
        reason: "wrongPeriod",
        message:
          "Tệp “stp-q1.xlsx” báo cáo kỳ “2024-Q1”, không phải kỳ đang tổng hợp (2024-H1). / “stp-q1.xlsx” reports for the period “2024-Q1”, not the period being consolidated (2024-H1).",
        unit: "Sở Tư pháp",
        modified: "2024-06-10T06:13:20.000Z",
      },
    ]);
  });

  it("gives each target's province figure and each level's as an object, or null where it does not apply", () => {
    const i2 = json.targets.find((t) => t.id === "I.2");
    expect(i2).toMatchObject({ value: 50, numerator: null, denominator: null, status: "met", method: "mean" });
    expect(i2?.byLevel.province).toBeNull();
    expect(i2?.byLevel.district).toEqual({
      value: 50,
      numerator: null,
      denominator: null,
      status: "met",
      target: 50,
      method: "mean",
      reported: 3,
      met: 2,
      lagging: 1,
      expected: 3,
    });
    expect(i2?.min).toEqual({ value: 40, units: ["UBND huyện B"] });
  });

  it("gives each activity's counts and the lead's own status", () => {
    expect(json.activities.find((a) => a.id === "I:3.1")).toMatchObject({
      status: "done_late",
      lead: { unit: "Sở Nội vụ", submitted: true, status: "done_late" },
    });
  });
});
