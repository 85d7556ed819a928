import fc from "fast-check";
import { fitRowHeights, wrappedLines } from "./fitRowHeights";
import { emptySheet } from "./workbookPlan";

describe("wrappedLines", () => {
  it.each([
    ["", 10, 1],
    ["ngắn", 10, 1],
    ["một hai ba bốn năm", 10, 2],
    ["dòng một\ndòng hai", 30, 2],
    ["abcdefghijklmnopqrstuvwxyz", 10, 3],
  ])("%p in %i chars takes %i lines", (text, chars, expected) => expect(wrappedLines(text, chars)).toBe(expected));

  it("never needs fewer lines in a narrower column", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 2, max: 60 }), (text, width) => {
        expect(wrappedLines(text, width)).toBeGreaterThanOrEqual(wrappedLines(text, width + 5));
      }),
    );
  });
});

describe("fitRowHeights", () => {
  it("raises rows whose wrapped text needs several lines, and keeps taller set heights", () => {
    const sheet = emptySheet("S");
    sheet.columns = [{ width: 10 }, { width: 40 }];
    sheet.styles.push({ range: "A1:B3", style: { wrapText: true } });
    sheet.blocks.push({
      row: 0,
      col: 0,
      cells: [
        [{ value: "ngắn" }, { value: "ngắn" }],
        [{ value: "một đoạn văn bản dài hơn chiều rộng của cột" }, { value: "" }],
        [{ value: "a" }, { value: "b" }],
      ],
    });
    sheet.rowHeights.push({ row: 2, height: 50 });
    fitRowHeights(sheet);
    expect(sheet.rowHeights.find((h) => h.row === 0)).toBeUndefined();
    expect(sheet.rowHeights.find((h) => h.row === 1)!.height).toBeGreaterThan(40);
    expect(sheet.rowHeights.find((h) => h.row === 2)!.height).toBe(50);
  });
});
