import fc from "fast-check";
import { isoToSerial, serialToIso } from "../dates/excelDate";
import { parseViDate } from "./parseViDate";

describe("parseViDate", () => {
  test.each<[string, string | null]>([
    ["15/3/2024", "2024-03-15"],
    ["15/03/2024", "2024-03-15"],
    ["03/04/2024", "2024-04-03"],
    ["15-3-2024", "2024-03-15"],
    ["15.3.2024", "2024-03-15"],
    ["15/3/24", "2024-03-15"],
    [" 1 / 2 / 2024 ", "2024-02-01"],
    ["ngày 15 tháng 3 năm 2024", "2024-03-15"],
    ["Ngày 5 tháng 12 năm 2023", "2023-12-05"],
    ["2024-03-15", "2024-03-15"],
    ["29/02/2024", "2024-02-29"],
    ["29/02/2023", null],
    ["31/04/2024", null],
    ["15/13/2024", null],
    ["15/3-2024", null],
    ["15/3", null],
    ["Quý I/2024", null],
    ["hôm qua", null],
    ["", null],
  ])("reads %j", (text, iso) => {
    const reading = parseViDate(text);
    expect(reading?.iso ?? null).toBe(iso);
    if (reading && iso) expect(reading.serial).toBe(isoToSerial(iso));
  });

  it("reads back every day written dd/mm/yyyy", () => {
    fc.assert(
      fc.property(fc.integer({ min: isoToSerial("1901-01-01"), max: isoToSerial("9999-12-31") }), (serial) => {
        const [y, m, d] = serialToIso(serial).split("-");
        expect(parseViDate(`${d}/${m}/${y}`)?.serial).toBe(serial);
        expect(parseViDate(`${Number(d)}/${Number(m)}/${y}`)?.serial).toBe(serial);
      }),
    );
  });
});
