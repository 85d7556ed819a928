import { cellError, type CellValue } from "../cellValue";
import { miniExcel, parse } from "./miniExcel";

/** The test oracle itself must follow Excel; these are what Excel shows for the same formulas. */
describe("miniExcel", () => {
  const cells: Record<string, CellValue> = {
    A1: 2,
    B1: null,
    C1: "Hoàn thành",
    D1: cellError("#N/A"),
    $Q5: "Quá hạn",
    NgayBaoCao: 45365,
    "'Thông tin'!$B$6": 45365,
  };
  test.each<[string, CellValue]>([
    ["=1+2*3", 7],
    ["=(1+2)*3", 9],
    ["=-A1*3", -6],
    ["=2-3-4", -5],
    ["=2-(3-4)", 3],
    ["=8/2/2", 2],
    ["=A1+B1", 2],
    ["=B1=0", true],
    ['=B1=""', true],
    ['=1<"a"', true],
    ['=LOWER(TRIM("  HOÀN   THÀNH "))="hoàn thành"', true],
    ['=C1="hoàn thành"', true],
    ["=1/0", cellError("#DIV/0!")],
    ["=IF(FALSE,1/0,5)", 5],
    ["=AND(FALSE,D1)", cellError("#N/A")],
    ["=ISERROR(D1)", true],
    ["=IFERROR(D1,7)", 7],
    ["=ISBLANK(B1)", true],
    ["=ROUND(2.675,2)", 2.68],
    ["=ROUND(-2.5,0)", -3],
    ["=MIN(1,MAX(0,(NgayBaoCao-45292+1)/366))", 74 / 366],
    ["='Thông tin'!$B$6-1", 45364],
    ['=OR($Q5="Chậm tiến độ",$Q5="Quá hạn")', true],
    ['="say ""hi"""', 'say "hi"'],
    ["=1E-7*1E+7", 1],
    ["=TRIM(TRUE)", "TRUE"],
  ])("%s", (formula, expected) => expect(miniExcel(formula, cells)).toEqual(expected));

  test.each(["=IF(1,2", "=1+", "=)", '="abc', "=A1 A1"])("rejects the malformed %s", (formula) =>
    expect(() => parse(formula)).toThrow(),
  );

  test("an unknown cell is an error of the test, not a blank", () =>
    expect(() => miniExcel("=Z9", cells)).toThrow(/Z9/));
});
