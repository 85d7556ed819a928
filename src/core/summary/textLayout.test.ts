import fc from "fast-check";
import { charsPerLine, lineCount, rowHeightFor, wrapText } from "./textLayout";

describe("textLayout", () => {
  it.each([
    ["một hai ba", 7, ["một hai", "ba"]],
    ["một hai ba", 100, ["một hai ba"]],
    ["dài-quá-một-dòng ngắn", 5, ["dài-quá-một-dòng", "ngắn"]],
    ["dòng 1\ndòng 2", 50, ["dòng 1", "dòng 2"]],
    ["", 10, [""]],
  ])("wraps %j at %i into %j", (text, max, lines) => {
    expect(wrapText(text, max)).toEqual(lines);
  });

  it("keeps every word, in order, and no line is longer than the limit unless it is one word", () => {
    const words = fc.array(fc.stringMatching(/^[a-zà-ỹ]{1,12}$/), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 60 }), (list, max) => {
        const lines = wrapText(list.join(" "), max);
        expect(lines.join(" ").split(" ")).toEqual(list);
        for (const line of lines) expect(line.length <= max || !line.includes(" ")).toBe(true);
      }),
    );
  });

  it("fits more characters in wider columns and fewer at larger sizes", () => {
    expect(charsPerLine(54, 13)).toBeGreaterThan(charsPerLine(26, 13));
    expect(charsPerLine(54, 13)).toBeLessThan(charsPerLine(54, 10));
    expect(charsPerLine(0.1, 13)).toBe(1);
  });

  it("makes a row as tall as its tallest cell", () => {
    const long = "chữ ".repeat(60).trim();
    expect(lineCount(long, 10, 13)).toBeGreaterThan(lineCount(long, 50, 13));
    expect(
      rowHeightFor(
        [
          { text: long, width: 10 },
          { text: "x", width: 50 },
        ],
        13,
      ),
    ).toBe(rowHeightFor([{ text: long, width: 10 }], 13));
    expect(rowHeightFor([{ text: "", width: 10 }], 13)).toBeGreaterThanOrEqual(13);
  });
});
