import fc from "fast-check";
import { dateToSerial, isoToSerial, MAX_EXCEL_SERIAL, serialToIso } from "./excelDate";

describe("isoToSerial / serialToIso", () => {
  // Serials as Excel shows them for these dates (Format Cells → General).
  test.each([
    ["1900-01-01", 1],
    ["1900-01-31", 31],
    ["1900-02-28", 59],
    ["1900-03-01", 61],
    ["1999-12-31", 36525],
    ["2023-12-15", 45275],
    ["2024-01-01", 45292],
    ["2024-02-29", 45351],
    ["2024-03-14", 45365],
    ["2024-06-14", 45457],
    ["2024-09-14", 45549],
    ["2024-12-14", 45640],
    ["2024-12-31", 45657],
    ["9999-12-31", MAX_EXCEL_SERIAL],
  ])("%s is serial %d", (iso, serial) => {
    expect(isoToSerial(iso)).toBe(serial);
    expect(serialToIso(serial)).toBe(iso);
  });

  test("serial 60 is Excel's fictitious 1900-02-29 and has no ISO date", () => {
    expect(() => serialToIso(60)).toThrow(RangeError);
    expect(() => isoToSerial("1900-02-29")).toThrow(RangeError);
  });

  test.each([
    "2024-02-30",
    "2023-02-29",
    "2024-13-01",
    "2024-00-10",
    "24-03-14",
    "2024-3-14",
    "1899-12-31",
    "14/03/2024",
    "",
  ])("rejects %j", (iso) => expect(() => isoToSerial(iso)).toThrow(RangeError));

  test.each([0, -1, MAX_EXCEL_SERIAL + 1, Number.NaN, Number.POSITIVE_INFINITY])("rejects serial %p", (serial) =>
    expect(() => serialToIso(serial)).toThrow(RangeError),
  );

  test("a time of day is dropped", () => expect(serialToIso(45365.75)).toBe("2024-03-14"));

  test("every serial but 60 round-trips", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: MAX_EXCEL_SERIAL }), (serial) => {
        fc.pre(serial !== 60);
        expect(isoToSerial(serialToIso(serial))).toBe(serial);
      }),
    );
  });

  test("consecutive days have consecutive serials from 1900-03-01 on", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1900-03-01T00:00:00Z"), max: new Date("9999-12-30T00:00:00Z"), noInvalidDate: true }),
        (d) => {
          const next = new Date(d.getTime() + 86_400_000);
          const serial = dateToSerial(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
          expect(dateToSerial(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())).toBe(serial + 1);
        },
      ),
    );
  });
});
