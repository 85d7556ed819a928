import type { TrackingInfo, UnitRow } from "../validation/trackingWorkbook";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { TrackingFixture, UNITS } from "../validation/testing/trackingFixture";
import { BLANK_NAME, provinceOf, reportHeading } from "./reportHeading";

function infoFor(unit: string | null, level: TrackingInfo["level"]): TrackingInfo {
  const info = readTrackingWorkbook(new TrackingFixture().snapshot).info;
  return { ...info, unit, level, judgeAll: unit === null };
}

const units: UnitRow[] = readTrackingWorkbook(new TrackingFixture().snapshot).units;

describe("reportHeading", () => {
  it("reads the province from the framework title written in the workbook", () => {
    expect(provinceOf(new TrackingFixture().snapshot)).toBe("Hà Tĩnh");
    expect(provinceOf({ sheets: [{ name: "X", rows: [[{ value: "Văn phòng UBND tỉnh" }]] }], names: {} })).toBeNull();
    expect(
      provinceOf({
        sheets: [{ name: "X", rows: [[{ value: "Kế hoạch CCHC tỉnh Bà Rịa - Vũng Tàu năm 2025" }]] }],
        names: {},
      }),
    ).toBe("Bà Rịa - Vũng Tàu");
  });

  it.each([
    [null, null, { parent: "UBND TỈNH HÀ TĨNH", body: "SỞ NỘI VỤ", code: "SNV", place: "Hà Tĩnh", wholePlan: true }],
    [
      "Sở Tư pháp",
      "province",
      { parent: "UBND TỈNH HÀ TĨNH", body: "SỞ TƯ PHÁP", code: "STP", place: "Hà Tĩnh", wholePlan: false },
    ],
    [
      "UBND huyện Đức Thọ",
      "district",
      { parent: "", body: "UBND HUYỆN ĐỨC THỌ", code: "UBND", place: "Đức Thọ", wholePlan: false },
    ],
    [
      "UBND xã Thạch Kim",
      "commune",
      { parent: "", body: "UBND XÃ THẠCH KIM", code: "UBND", place: "Thạch Kim", wholePlan: false },
    ],
    [
      "Ban Dân tộc tỉnh",
      "province",
      { parent: "UBND TỈNH HÀ TĨNH", body: "BAN DÂN TỘC TỈNH", code: "BDTT", place: "Hà Tĩnh", wholePlan: false },
    ],
  ] as const)("heads the report of %j (%s)", (unit, level, expected) => {
    expect(reportHeading(infoFor(unit, level), units, "Hà Tĩnh")).toEqual(expected);
  });

  it("leaves dots to fill in when no province is known", () => {
    const heading = reportHeading(infoFor(null, null), units, null);
    expect(heading.parent).toBe(`UBND TỈNH ${BLANK_NAME}`);
    expect(heading.place).toBe(BLANK_NAME);
    expect(UNITS.length).toBeGreaterThan(0);
  });
});
