import { describeTarget, formatNumber } from "./describeTarget";
import type { Target } from "./types";

const base: Target = {
  id: "I.4",
  objectiveId: "I.4",
  text: "",
  measure: "percent",
  comparator: "atLeast",
  value: 35,
  direction: "increase",
  unitLabel: "cơ quan, đơn vị",
  kind: "cumulative",
  reporters: [{ kind: "unit", name: "Sở Nội vụ" }],
};

describe("describeTarget", () => {
  it.each<[Partial<Target>, string]>([
    [{}, "≥ 35 % cơ quan, đơn vị  [cumulative, single: Sở Nội vụ]"],
    [
      { comparator: "moreThan", value: 85, unitLabel: "nhà, đất", kind: "level" },
      "> 85 % nhà, đất  [level, single: Sở Nội vụ]",
    ],
    [
      { measure: "count", comparator: "between", value: 2, max: 3, unitLabel: "cuộc", aggregate: "single" },
      "2–3 cuộc  [cumulative, single: Sở Nội vụ]",
    ],
    [
      { value: 2.5, direction: "decrease", unitLabel: "chi" },
      "≥ 2,5 % chi (giảm / decrease)  [cumulative, single: Sở Nội vụ]",
    ],
    [
      {
        value: 75,
        levels: { province: 90, district: 80, commune: 75 },
        unitLabel: "hồ sơ",
        reporters: [{ kind: "category", level: "all" }],
      },
      "≥ cấp tỉnh 90 %, cấp huyện 80 %, cấp xã 75 % hồ sơ  [cumulative, rate: (mọi đơn vị)]",
    ],
    [
      { value: 27, equivalentCount: 40, unitLabel: "trường THCS" },
      "≥ 27 % (= 40) trường THCS  [cumulative, single: Sở Nội vụ]",
    ],
    [
      {
        measure: "count",
        value: 13,
        unitLabel: "trung tâm",
        reporters: [{ kind: "category", level: "district" }],
        aggregate: "sum",
      },
      "≥ 13 trung tâm  [cumulative, sum: (cấp huyện)]",
    ],
    [{ reporters: [] }, "≥ 35 % cơ quan, đơn vị  [cumulative, rate: ?]"],
  ])("%j", (fields, text) => {
    expect(describeTarget({ ...base, ...fields })).toBe(text);
  });

  it("writes numbers with a decimal comma", () => {
    expect([formatNumber(2.5), formatNumber(100), formatNumber(0.75)]).toEqual(["2,5", "100", "0,75"]);
  });
});
