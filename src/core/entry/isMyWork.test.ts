import type { Unit } from "../framework/types";
import { readTrackingWorkbook } from "../validation/readTrackingWorkbook";
import { TrackingFixture, UNITS } from "../validation/testing/trackingFixture";
import { entryItems } from "./entryItems";
import { isMyWork } from "./isMyWork";
import { workbookUnits } from "./workbookUnits";

const plan = readTrackingWorkbook(new TrackingFixture().snapshot);
const planItems = entryItems(plan);
const units = workbookUnits(plan, []);

const sample: Unit[] = [
  UNITS.find((u) => u.name === "Sở Nội vụ")!,
  UNITS.find((u) => u.name.includes("Thông tin và Truyền thông"))!,
  UNITS.find((u) => u.name.includes("Đức Thọ"))!,
  UNITS.find((u) => u.level === "commune")!,
  UNITS.find((u) => u.level === "province" && u.name.includes("Công an"))!,
].filter(Boolean);

describe("workbookUnits", () => {
  it("takes the workbook's own Danh mục đơn vị", () => {
    expect(units.length).toBe(UNITS.length);
    expect(units.find((u) => u.name === "Sở Nội vụ")?.level).toBe("province");
  });
  it("falls back to the given list when the workbook lists none", () => {
    expect(workbookUnits({ ...plan, units: [] }, UNITS.slice(0, 2))).toEqual(UNITS.slice(0, 2));
  });
});

describe("isMyWork", () => {
  it.each(sample.map((u) => [u.name, u] as const))(
    "on the whole-plan workbook, picks for %s exactly the rows its own workbook marks Chủ trì or Phối hợp",
    (_name, unit) => {
      const own = readTrackingWorkbook(new TrackingFixture({ unit }).snapshot);
      const ownItems = entryItems(own);
      const mine = new Set(ownItems.filter((i) => isMyWork(i, null, units)).map((i) => `${i.kind}:${i.id}`));
      const picked = new Set(
        planItems
          .filter((i) => isMyWork(i, { name: unit.name, level: unit.level }, units))
          .map((i) => `${i.kind}:${i.id}`),
      );
      expect(mine.size).toBeGreaterThan(0);
      expect([...picked].sort()).toEqual([...mine].sort());
    },
  );

  it("includes rows given to the unit's whole group (UBND cấp huyện, every unit)", () => {
    const district = sample.find((u) => u.level === "district")!;
    const picked = planItems.filter((i) => isMyWork(i, district, units));
    expect(picked.some((i) => /UBND cấp huyện|huyện, thị xã/i.test(i.lead))).toBe(true);
    expect(picked.some((i) => /cơ quan, đơn vị, địa phương/i.test(i.lead))).toBe(true);
    // II:3.1 is led by Sở Tư pháp with the provincial departments; II:3.3 adds the districts as partners.
    const ids = picked.map((i) => i.id);
    expect(ids).not.toContain("II:3.1");
    expect(ids).toContain("II:3.3");
  });

  it("in a unit's workbook, follows the Trách nhiệm column", () => {
    const item = planItems[0];
    expect(isMyWork({ ...item, responsibility: "Chủ trì" }, null, units)).toBe(true);
    expect(isMyWork({ ...item, responsibility: "phối hợp " }, null, units)).toBe(true);
    expect(isMyWork({ ...item, responsibility: "" }, null, units)).toBe(false);
  });
});
