import fc from "fast-check";
import {
  ALERT_TO_EXCEL,
  fromExcel,
  HORIZONTAL_TO_EXCEL,
  isoToSerial,
  serialToIso,
  VERTICAL_TO_EXCEL,
} from "./excelVocabulary";

describe("excelVocabulary", () => {
  it.each([
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [45292, "2024-01-01"],
    [45365, "2024-03-14"],
    [46022, "2025-12-31"],
    [45292.5, "2024-01-01T12:00:00"],
  ])("serial %d is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
    expect(isoToSerial(iso)).toBe(serial);
  });

  it("round-trips every whole-day serial from 1900 to 9999 (except Excel's phantom 29 Feb 1900)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2958465 }).filter((serial) => serial !== 60),
        (serial) => isoToSerial(serialToIso(serial)) === serial,
      ),
    );
  });

  it("is NaN for text that is not a date", () => {
    expect(isoToSerial("Quý I/2024")).toBeNaN();
  });

  it("maps every plan word to an Excel word and back", () => {
    for (const map of [HORIZONTAL_TO_EXCEL, VERTICAL_TO_EXCEL, ALERT_TO_EXCEL] as Record<string, string>[]) {
      for (const [plan, excel] of Object.entries(map)) expect(fromExcel(map, excel)).toBe(plan);
    }
    expect(fromExcel(HORIZONTAL_TO_EXCEL, "Justify")).toBeUndefined();
    expect(VERTICAL_TO_EXCEL.middle).toBe("Center");
  });
});
