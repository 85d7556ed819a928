import fc from "fast-check";
import { absolute, cellAddress, columnIndex, columnLetters, parseRangeAddress, rangeAddress, sheetRef } from "./a1";

describe("a1", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnLetters(index)).toBe(letters);
    expect(columnIndex(letters)).toBe(index);
  });

  it("round-trips every column up to XFD", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 16383 }), (col) => columnIndex(columnLetters(col)) === col));
  });

  it("round-trips rectangles", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5000 }),
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 1, max: 50 }),
        fc.integer({ min: 1, max: 50 }),
        (row, col, rowCount, colCount) => {
          expect(parseRangeAddress(rangeAddress(row, col, rowCount, colCount))).toEqual({
            row,
            col,
            rowCount,
            colCount,
          });
        },
      ),
    );
  });

  it.each([
    ["B7", "$B$7"],
    ["A1:C2", "$A$1:$C$2"],
  ])("absolute(%s) is %s", (input, expected) => expect(absolute(input)).toBe(expected));

  it("quotes sheet names", () => {
    expect(sheetRef("Thông tin", "$B$2")).toBe("'Thông tin'!$B$2");
    expect(sheetRef("O'Neil", "A1")).toBe("'O''Neil'!A1");
    expect(cellAddress(4, 16)).toBe("Q5");
  });

  it.each(["", "1A", "A0x", "ABCD1"])("rejects %p", (bad) => expect(() => parseRangeAddress(bad)).toThrow(RangeError));
});
