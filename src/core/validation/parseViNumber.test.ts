import fc from "fast-check";
import { formatFigure } from "./formatFigure";
import { parseViNumber, type NumberReading } from "./parseViNumber";

describe("parseViNumber", () => {
  test.each<[string, NumberReading | null]>([
    ["2,5", { value: 2.5, percent: false, style: "vi" }],
    ["94%", { value: 94, percent: true, style: "vi" }],
    ["94 %", { value: 94, percent: true, style: "vi" }],
    ["48,6%", { value: 48.6, percent: true, style: "vi" }],
    ["1.234", { value: 1234, percent: false, style: "vi" }],
    ["1.234.567", { value: 1234567, percent: false, style: "vi" }],
    ["1.234,5", { value: 1234.5, percent: false, style: "vi" }],
    ["1 234 567", { value: 1234567, percent: false, style: "vi" }],
    ["1\u00a0234,5", { value: 1234.5, percent: false, style: "vi" }],
    ["0,94", { value: 0.94, percent: false, style: "vi" }],
    ["1,234", { value: 1.234, percent: false, style: "vi" }],
    ["  12  ", { value: 12, percent: false, style: "vi" }],
    ["-3", { value: -3, percent: false, style: "vi" }],
    ["\u22123,5", { value: -3.5, percent: false, style: "vi" }],
    ["\u22123", { value: -3, percent: false, style: "vi" }],
    ["+7", { value: 7, percent: false, style: "vi" }],
    ["2.5", { value: 2.5, percent: false, style: "en" }],
    ["0.500", { value: 0.5, percent: false, style: "en" }],
    ["1,234,567", { value: 1234567, percent: false, style: "en" }],
    ["1,234.5", { value: 1234.5, percent: false, style: "en" }],
    ["1.23.4", null],
    ["1,2,3", null],
    ["1.234,5,6", null],
    ["12 34", null],
    ["", null],
    ["%", null],
    ["abc", null],
    ["1e5", null],
    ["5-", null],
    ["2,", null],
    [",5", null],
    ["khoảng 90", null],
    ["#DIV/0!", null],
  ])("reads %j", (text, expected) => {
    expect(parseViNumber(text)).toEqual(expected);
  });

  it("reads back every figure written the Vietnamese way", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 999_999 }), (whole, millionths) => {
        const value = whole + Math.sign(whole || 1) * (millionths / 1e6);
        const reading = parseViNumber(formatFigure(value, "vi"));
        expect(reading).not.toBeNull();
        expect(Math.abs((reading?.value ?? NaN) - value)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(value)));
        expect(reading?.style).toBe("vi");
      }),
    );
  });

  it("never throws and returns only finite numbers", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const reading = parseViNumber(text);
        if (reading) expect(Number.isFinite(reading.value)).toBe(true);
      }),
    );
  });
});
