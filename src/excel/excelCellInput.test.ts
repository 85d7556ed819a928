import fc from "fast-check";
import { excelCellInput, needsTextPrefix } from "./excelCellInput";
import { interpretCellInput } from "./fake/cellInput";

describe("excelCellInput", () => {
  it.each<[string, boolean]>([
    ["=1+1", true],
    ["+84", true],
    ["-5", true],
    ["@x", true],
    ["'quoted", true],
    ["0123", true],
    ["12%", true],
    ["3/14", true],
    ["#REF!", true],
    [" leading space", true],
    ["(5)", true],
    ["TRUE", true],
    [" false ", true],
    ["Mar 5", true],
    ["march-2024", true],
    ["Sept. 3", true],
    ["Sở Nội vụ", false],
    ["Quý I/2024", false],
    ["Đúng hạn", false],
    ["Trueblood", false],
    ["Marketing 2024", false],
    ["May", false],
  ])("%j needs the text prefix: %s", (text, expected) => {
    expect(needsTextPrefix(text)).toBe(expected);
  });

  it.each<[Parameters<typeof excelCellInput>[0], string | number | boolean]>([
    [{ formula: "=SUM(A1:A3)" }, "=SUM(A1:A3)"],
    [{ formula: "=1", value: "ignored" }, "=1"],
    [{ value: "=1+1" }, "'=1+1"],
    [{ value: "Sở Nội vụ" }, "Sở Nội vụ"],
    [{ value: 45365 }, 45365],
    [{ value: false }, false],
    [{ value: null }, ""],
    [{ value: "" }, ""],
    [{}, ""],
  ])("writes %j as %j", (cell, input) => {
    expect(excelCellInput(cell)).toBe(input);
  });

  // The fake models Excel's typed-input conversions; whatever the string, it must come back as that string.
  it("keeps every string as the same text through Excel's input conversion", () => {
    const text = fc.oneof(
      fc.string({ unit: "grapheme", minLength: 1 }),
      fc.constantFrom(
        "=1+1",
        "+84",
        "-5",
        "@x",
        "0123",
        "1e3",
        "12%",
        "TRUE",
        "false",
        "2024-03-14",
        "3/14/2024",
        "14-Mar",
      ),
      fc.tuple(fc.constantFrom("=", "+", "-", "@", "'", " ", "0", "#"), fc.string()).map(([a, b]) => a + b),
    );
    fc.assert(
      fc.property(text, (value) => {
        const result = interpretCellInput(excelCellInput({ value }), "General", 2024);
        expect(result).toMatchObject({ kind: "constant", value });
      }),
    );
  });

  it("leaves numbers and booleans as they are through Excel's input conversion", () => {
    fc.assert(
      fc.property(fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.boolean()), (value) => {
        expect(interpretCellInput(excelCellInput({ value }), "General", 2024)).toMatchObject({
          kind: "constant",
          value,
        });
      }),
    );
  });
});
