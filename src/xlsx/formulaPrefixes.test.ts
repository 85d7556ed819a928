import fc from "fast-check";
import { addFunctionPrefixes, stripFunctionPrefixes } from "./formulaPrefixes";

describe("formula prefixes", () => {
  it.each([
    ["IFS(A1>1,1,TRUE,0)", "_xlfn.IFS(A1>1,1,TRUE,0)"],
    ['TEXTJOIN(",",TRUE,A1:A3)', '_xlfn.TEXTJOIN(",",TRUE,A1:A3)'],
    ["SUM(A1:A3)+IF(B1,1,0)", "SUM(A1:A3)+IF(B1,1,0)"],
    ["stdev.s(A1:A9)", "_xlfn.stdev.s(A1:A9)"],
    ['IF(A1="IFS(",1,0)', 'IF(A1="IFS(",1,0)'],
    ["'MAXIFS(x'!A1+MAXIFS(B:B,C:C,1)", "'MAXIFS(x'!A1+_xlfn.MAXIFS(B:B,C:C,1)"],
    ["FILTER(A1:A9,B1:B9)", "_xlfn._xlws.FILTER(A1:A9,B1:B9)"],
    ["_xlfn.IFS(TRUE,1)", "_xlfn.IFS(TRUE,1)"],
    ["MYIFS(1)", "MYIFS(1)"],
  ])("%s is stored as %s", (formula, stored) => {
    expect(addFunctionPrefixes(formula)).toBe(stored);
  });

  it("reads back what it stores, for any formula without prefixes", () => {
    const piece = fc.oneof(
      fc.constantFrom(
        "IFS(",
        "SUM(",
        "XLOOKUP(",
        "FILTER(",
        "A1",
        ",",
        ")",
        "+",
        "'Sở''s IFS('!B2",
        '"TEXTJOIN(""x"")"',
      ),
      fc.string({ maxLength: 4 }).filter((s) => !/["'_]/.test(s)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }), (pieces) => {
        const formula = pieces.join("");
        expect(stripFunctionPrefixes(addFunctionPrefixes(formula))).toBe(formula);
      }),
    );
  });
});
