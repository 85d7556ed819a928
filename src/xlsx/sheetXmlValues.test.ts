import { dateSerialRoundTrip, decodeExcelEscapes, isDateFormat, slideFormula } from "./sheetXmlValues";

describe("slideFormula", () => {
  it.each([
    ["A1+B2", "C3", "C4", "A2+B3"],
    ["A1+B2", "C3", "E3", "C1+D2"],
    ["$A1+B$2+$C$3", "D4", "F7", "$A4+D$2+$C$3"],
    ["SUM(A1:A3)*2", "B1", "B3", "SUM(A3:A5)*2"],
    ['IF(K5="x","",I5/J5)', "M5", "M9", 'IF(K9="x","",I9/J9)'],
    ["'Thông tin'!$B$6-A1", "C1", "C2", "'Thông tin'!$B$6-A2"],
    // Function names and named ranges are left alone.
    ["LOG10(A1)+NgayBaoCao", "A2", "A3", "LOG10(A2)+NgayBaoCao"],
    // A reference that would slide off the sheet stays as written.
    ["A1", "B2", "B1", "A1"],
  ])("%s from %s to %s → %s", (formula, from, to, expected) => {
    expect(slideFormula(formula, from, to)).toBe(expected);
  });
});

describe("isDateFormat", () => {
  it.each([
    ["dd/mm/yyyy", true],
    ["mm-dd-yy", true],
    ["h:mm AM/PM", true],
    ["[$-42A]d mmmm yyyy;@", true],
    ["0.0", false],
    ["0%", false],
    ["#,##0", false],
    ['"ngày" 0', false],
    ["[Red]0.00", false],
    ["General", false],
    [undefined, false],
  ])("%p → %p", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});

describe("dateSerialRoundTrip", () => {
  it("keeps whole days and rounds to the millisecond, in either date system", () => {
    expect(dateSerialRoundTrip(45382, false)).toBe(45382);
    expect(dateSerialRoundTrip(43920, true)).toBe(43920);
    expect(dateSerialRoundTrip(45382.5, false)).toBe(45382.5);
    expect(Math.abs(dateSerialRoundTrip(45382.123456789, false) - 45382.123456789)).toBeLessThan(1 / 86_400_000);
  });
});

describe("decodeExcelEscapes", () => {
  it("decodes _xHHHH_ escapes only", () => {
    expect(decodeExcelEscapes("a_x000D_b_x0009_c")).toBe("a\rb\tc");
    expect(decodeExcelEscapes("_x00zz_ and _X000D_")).toBe("_x00zz_ and _X000D_");
    expect(decodeExcelEscapes("plain")).toBe("plain");
  });
});
