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
    [null, null, ["UBND TỈNH HÀ TĨNH", false, "SỞ NỘI VỤ", "SNV", "Hà Tĩnh", true]],
    ["Sở Tư pháp", "province", ["UBND TỈNH HÀ TĨNH", false, "SỞ TƯ PHÁP", "STP", "Hà Tĩnh", false]],
    ["UBND huyện Đức Thọ", "district", ["ỦY BAN NHÂN DÂN", true, "HUYỆN ĐỨC THỌ", "UBND", "Đức Thọ", false]],
    ["UBND thị xã Hồng Lĩnh", "district", ["ỦY BAN NHÂN DÂN", true, "THỊ XÃ HỒNG LĨNH", "UBND", "Hồng Lĩnh", false]],
    ["Ủy ban nhân dân xã Thạch Kim", "commune", ["ỦY BAN NHÂN DÂN", true, "XÃ THẠCH KIM", "UBND", "Thạch Kim", false]],
    ["Ban Dân tộc tỉnh", "province", ["UBND TỈNH HÀ TĨNH", false, "BAN DÂN TỘC TỈNH", "BDTT", "Hà Tĩnh", false]],
  ] as const)("heads the report of %j (%s)", (unit, level, expected) => {
    const [parent, parentBold, body, code, place, wholePlan] = expected;
    expect(reportHeading(infoFor(unit, level), units, "Hà Tĩnh")).toEqual({
      parent,
      parentBold,
      body,
      code,
      place,
      wholePlan,
    });
  });

  it("leaves dots to fill in when no province is known", () => {
    const heading = reportHeading(infoFor(null, null), units, null);
    expect(heading.parent).toBe(`UBND TỈNH ${BLANK_NAME}`);
    expect(heading.place).toBe(BLANK_NAME);
    expect(UNITS.length).toBeGreaterThan(0);
  });
});
