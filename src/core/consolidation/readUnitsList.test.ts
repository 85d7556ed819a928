import { SHEET } from "../workbook/layout";
import { readUnitsList } from "./readUnitsList";
import { SMALL_UNITS, unitWorkbook } from "./testing/consolidationFixture";

describe("readUnitsList", () => {
  it("reads the units, levels and short names of `Danh mục đơn vị`", () => {
    const reading = readUnitsList(unitWorkbook({}), "tong-hop.xlsx");
    expect(reading).toEqual({ ok: true, units: SMALL_UNITS, warnings: [] });
  });

  it("skips a unit whose level cannot be read, saying where", () => {
    const snapshot = unitWorkbook({});
    const sheet = snapshot.sheets.find((s) => s.name === SHEET.units);
    if (!sheet) throw new Error("no units sheet");
    sheet.rows[3][1] = { value: "cấp thôn" };
    const reading = readUnitsList(snapshot, "tong-hop.xlsx");
    if (!reading.ok) throw new Error(reading.message.en);
    expect(reading.units.map((u) => u.name)).not.toContain(SMALL_UNITS[2].name);
    expect(reading.warnings.map((w) => w.en)).toEqual([
      "“tong-hop.xlsx”, sheet “Danh mục đơn vị”, cell B4: the level “cấp thôn” of “UBND huyện A” is not valid (use Sở, ban, ngành / UBND cấp huyện / UBND cấp xã); the unit is skipped.",
    ]);
  });

  it("refuses a workbook with no units sheet, or an empty one", () => {
    const none = readUnitsList({ sheets: [], names: {} }, "khac.xlsx");
    expect(none.ok).toBe(false);
    if (!none.ok) expect(none.message.vi).toContain("Danh mục đơn vị");
    const header = {
      name: SHEET.units,
      rows: [[{ value: "Tên đơn vị" }, { value: "Cấp" }, { value: "Tên gọi khác" }]],
    };
    const empty = readUnitsList({ sheets: [header], names: {} }, "rong.xlsx");
    expect(empty.ok).toBe(false);
  });
});
