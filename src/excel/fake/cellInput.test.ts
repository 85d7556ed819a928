import fc from "fast-check";
import { dateToSerial, interpretCellInput } from "./cellInput";

const YEAR = 2024;

describe("interpretCellInput", () => {
  it.each([
    ["=SUM(A1:A3)", { kind: "formula", formula: "=SUM(A1:A3)" }],
    ["+abc", { kind: "formula", formula: "=+abc" }],
    ["- Sở Nội vụ chủ trì", { kind: "formula", formula: "=- Sở Nội vụ chủ trì" }],
    ["@mention", { kind: "formula", formula: "=@mention" }],
    ["=", { kind: "constant", value: "=", quotePrefix: false }],
    ["-", { kind: "constant", value: "-", quotePrefix: false }],
    ["'=not a formula", { kind: "constant", value: "=not a formula", quotePrefix: true }],
    ["'0123", { kind: "constant", value: "0123", quotePrefix: true }],
    ["0123", { kind: "constant", value: 123, quotePrefix: false }],
    [" 12 ", { kind: "constant", value: 12, quotePrefix: false }],
    ["-5", { kind: "constant", value: -5, quotePrefix: false }],
    ["+5", { kind: "constant", value: 5, quotePrefix: false }],
    ["1e3", { kind: "constant", value: 1000, quotePrefix: false }],
    ["12%", { kind: "constant", value: 0.12, quotePrefix: false, numberFormat: "0%" }],
    ["true", { kind: "constant", value: true, quotePrefix: false }],
    ["FALSE", { kind: "constant", value: false, quotePrefix: false }],
    ["2024-03-14", { kind: "constant", value: 45365, quotePrefix: false, numberFormat: "m/d/yyyy" }],
    ["3/14/2024", { kind: "constant", value: 45365, quotePrefix: false, numberFormat: "m/d/yyyy" }],
    ["3/14/24", { kind: "constant", value: 45365, quotePrefix: false, numberFormat: "m/d/yyyy" }],
    ["3/2024", { kind: "constant", value: 45352, quotePrefix: false, numberFormat: "mmm-yy" }],
    ["3/14", { kind: "constant", value: 45365, quotePrefix: false, numberFormat: "d-mmm" }],
    ["14-Mar", { kind: "constant", value: 45365, quotePrefix: false, numberFormat: "d-mmm" }],
    ["13/14/2024", { kind: "constant", value: "13/14/2024", quotePrefix: false }],
    ["Quý I/2024", { kind: "constant", value: "Quý I/2024", quotePrefix: false }],
    ["Sở Nội vụ", { kind: "constant", value: "Sở Nội vụ", quotePrefix: false }],
    ["", { kind: "empty" }],
    [null, { kind: "unchanged" }],
    [42, { kind: "constant", value: 42, quotePrefix: false }],
    [true, { kind: "constant", value: true, quotePrefix: false }],
  ])("%p in a General cell", (input, expected) => {
    expect(interpretCellInput(input, "General", YEAR)).toEqual(expected);
  });

  it("keeps the cell's own number format when it is not General", () => {
    expect(interpretCellInput("12%", "0.0", YEAR)).toEqual({ kind: "constant", value: 0.12, quotePrefix: false });
    expect(interpretCellInput("2024-03-14", "dd/mm/yyyy", YEAR)).toEqual({
      kind: "constant",
      value: 45365,
      quotePrefix: false,
    });
  });

  it.each([NaN, Infinity, {}, [], undefined])("refuses %p", (input) => {
    expect(interpretCellInput(input, "General", YEAR).kind).toBe("invalid");
  });

  it("keeps any non-empty string verbatim in a Text (@) cell", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (text) => {
        expect(interpretCellInput(text, "@", YEAR)).toEqual({ kind: "constant", value: text, quotePrefix: false });
      }),
    );
  });

  it("keeps the rest of an apostrophe-prefixed string as text", () => {
    fc.assert(
      fc.property(fc.string(), (rest) => {
        expect(interpretCellInput(`'${rest}`, "General", YEAR)).toEqual({
          kind: "constant",
          value: rest,
          quotePrefix: true,
        });
      }),
    );
  });

  it("turns every string starting with = (longer than 1) into a formula", () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), (rest) => {
        expect(interpretCellInput(`=${rest}`, "General", YEAR)).toEqual({ kind: "formula", formula: `=${rest}` });
      }),
    );
  });
});

describe("dateToSerial", () => {
  it.each([
    [1900, 1, 1, 1],
    [1900, 2, 28, 59],
    [1900, 3, 1, 61],
    [2024, 3, 14, 45365],
    [2024, 12, 31, 45657],
  ])("%i-%i-%i is %i", (year, month, day, serial) => {
    expect(dateToSerial(year, month, day)).toBe(serial);
  });

  it.each([
    [2023, 2, 29],
    [2024, 13, 1],
    [1899, 12, 31],
    [2024, 4, 31],
  ])("%i-%i-%i does not exist", (year, month, day) => {
    expect(dateToSerial(year, month, day)).toBeNull();
  });
});
