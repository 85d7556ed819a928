import fc from "fast-check";
import {
  MAX_FORMULA_TEXT,
  compareTo,
  countIfs,
  differsFromText,
  equalsText,
  escapeWildcards,
  holdsGroup,
  sumOf,
  textConstant,
} from "./summaryFormulas";

describe("summary formula pieces", () => {
  it.each([
    ["Đạt", '"=Đạt"'],
    ['Sở "A"', '"=Sở ""A"""'],
    ["a*b?c~d", '"=a~*b~?c~~d"'],
    ["=1+1", '"==1+1"'],
  ])("equalsText(%j) is %s", (text, formula) => {
    expect(equalsText(text)).toBe(formula);
  });

  it("writes the other criteria", () => {
    expect(differsFromText("ongoing")).toBe('"<>ongoing"');
    expect(holdsGroup("Sở Nội vụ")).toBe('"*;Sở Nội vụ;*"');
    expect(compareTo("<=", "NgayBaoCao")).toBe('"<="&NgayBaoCao');
  });

  it("refuses text Excel cannot hold in a formula, and so the formula", () => {
    const long = "x".repeat(MAX_FORMULA_TEXT);
    expect(textConstant(long)).toBe(`"${long}"`);
    expect(textConstant(`${long}x`)).toBeNull();
    expect(equalsText(long)).toBeNull();
    expect(countIfs([["A1:A3", equalsText(long)]])).toBeNull();
    expect(sumOf([countIfs([["A1:A3", '"=a"']]), null])).toBeNull();
    expect(sumOf([])).toBeNull();
  });

  it("joins conditions and parts", () => {
    expect(
      countIfs([
        ["'S'!$A$1:$A$3", '"=a"'],
        ["'S'!$B$1:$B$3", '"<="&X'],
      ]),
    ).toBe(`COUNTIFS('S'!$A$1:$A$3,"=a",'S'!$B$1:$B$3,"<="&X)`);
    expect(sumOf(['COUNTIFS(A1:A2,"=a")', 'COUNTIFS(A1:A2,"=b")'])).toBe('=COUNTIFS(A1:A2,"=a")+COUNTIFS(A1:A2,"=b")');
  });

  it("never lets text out of its quotes", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 100 }), (text) => {
        const literal = textConstant(text);
        expect(literal).not.toBeNull();
        const inner = (literal ?? "").slice(1, -1);
        expect(inner.replace(/""/g, "")).not.toContain('"');
        expect(inner.replace(/""/g, '"')).toBe(text);
        expect(escapeWildcards(text).replace(/~([~*?])/g, "$1")).toBe(text);
      }),
    );
  });
});
