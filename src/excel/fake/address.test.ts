import fc from "fast-check";
import { columnIndexToLetters, columnLettersToIndex, formatAddress, parseAddress, sheetPrefix } from "./address";
import { MAX_COLUMNS, MAX_ROWS } from "./gridRect";

describe("column letters", () => {
  it.each([
    [0, "A"],
    [25, "Z"],
    [26, "AA"],
    [51, "AZ"],
    [52, "BA"],
    [701, "ZZ"],
    [702, "AAA"],
    [16383, "XFD"],
  ])("column %i is %s", (index, letters) => {
    expect(columnIndexToLetters(index)).toBe(letters);
    expect(columnLettersToIndex(letters)).toBe(index);
    expect(columnLettersToIndex(letters.toLowerCase())).toBe(index);
  });

  it.each(["XFE", "ZZZ", "AAAA", "", "A1", "Ă"])("rejects %p", (letters) => {
    expect(columnLettersToIndex(letters)).toBeNull();
  });

  it("throws outside A..XFD", () => {
    expect(() => columnIndexToLetters(-1)).toThrow(RangeError);
    expect(() => columnIndexToLetters(MAX_COLUMNS)).toThrow(RangeError);
  });

  it("round-trips every column index through its letters", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: MAX_COLUMNS - 1 }), (index) => {
        expect(columnLettersToIndex(columnIndexToLetters(index))).toBe(index);
      }),
    );
  });
});

describe("parseAddress", () => {
  it.each([
    ["A1", undefined, 0, 0, 1, 1, "cells"],
    ["b2", undefined, 1, 1, 1, 1, "cells"],
    ["$C$3", undefined, 2, 2, 1, 1, "cells"],
    ["A1:D10", undefined, 0, 0, 10, 4, "cells"],
    ["D10:A1", undefined, 0, 0, 10, 4, "cells"],
    ["$A$1:B$2", undefined, 0, 0, 2, 2, "cells"],
    ["XFD1048576", undefined, MAX_ROWS - 1, MAX_COLUMNS - 1, 1, 1, "cells"],
    ["A:A", undefined, 0, 0, MAX_ROWS, 1, "columns"],
    ["$C:$A", undefined, 0, 0, MAX_ROWS, 3, "columns"],
    ["1:3", undefined, 0, 0, 3, MAX_COLUMNS, "rows"],
    ["$4:$4", undefined, 3, 0, 1, MAX_COLUMNS, "rows"],
    ["Sheet1!A1:B2", "Sheet1", 0, 0, 2, 2, "cells"],
    ["'Thông tin'!B3", "Thông tin", 2, 1, 1, 1, "cells"],
    ["'It''s'!A:B", "It's", 0, 0, MAX_ROWS, 2, "columns"],
    ["'Khung nhiệm vụ'!$1:$3", "Khung nhiệm vụ", 0, 0, 3, MAX_COLUMNS, "rows"],
  ] as const)("%s", (text, sheetName, row, column, rowCount, columnCount, kind) => {
    expect(parseAddress(text)).toEqual({
      ...(sheetName === undefined ? {} : { sheetName }),
      rect: { row, column, rowCount, columnCount },
      kind,
    });
  });

  it.each(["", "A", "1", "A0", "XFE1", "A1048577", "A1:B2:C3", "A1:", "R1C1", "'Sheet!A1", "!A1", "A:1", "Sheet1!"])(
    "rejects %p",
    (text) => {
      expect(parseAddress(text)).toBeNull();
    },
  );
});

describe("formatAddress", () => {
  it.each([
    [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }, {}, "A1"],
    [{ row: 3, column: 1, rowCount: 2, columnCount: 3 }, {}, "B4:D5"],
    [{ row: 3, column: 1, rowCount: 2, columnCount: 3 }, { absolute: true }, "$B$4:$D$5"],
    [{ row: 0, column: 2, rowCount: MAX_ROWS, columnCount: 1 }, {}, "C:C"],
    [{ row: 0, column: 0, rowCount: 3, columnCount: MAX_COLUMNS }, { absolute: true }, "$1:$3"],
    [
      { row: 2, column: 1, rowCount: 1, columnCount: 1 },
      { sheetName: "Thông tin", absolute: true },
      "'Thông tin'!$B$3",
    ],
    [{ row: 0, column: 0, rowCount: 1, columnCount: 1 }, { sheetName: "Sheet1" }, "Sheet1!A1"],
  ] as const)("%j %j → %s", (rect, options, expected) => {
    expect(formatAddress(rect, options)).toBe(expected);
  });

  it.each([
    ["Sheet1", "Sheet1!"],
    ["Data_2024", "Data_2024!"],
    ["Thông tin", "'Thông tin'!"],
    ["It's", "'It''s'!"],
    ["A1", "'A1'!"],
    ["R2C3", "'R2C3'!"],
    ["2024", "'2024'!"],
  ])("prefix for %s", (name, prefix) => {
    expect(sheetPrefix(name)).toBe(prefix);
  });

  const rects = fc
    .record({
      row: fc.integer({ min: 0, max: MAX_ROWS - 1 }),
      column: fc.integer({ min: 0, max: MAX_COLUMNS - 1 }),
      rows: fc.integer({ min: 1, max: 50 }),
      columns: fc.integer({ min: 1, max: 50 }),
    })
    .map(({ row, column, rows, columns }) => ({
      row,
      column,
      rowCount: Math.min(rows, MAX_ROWS - row),
      columnCount: Math.min(columns, MAX_COLUMNS - column),
    }));
  const sheetNames = fc.oneof(
    fc.constant(undefined),
    fc.stringMatching(/^[^:\\/?*[\]']([^:\\/?*[\]]{0,29}[^:\\/?*[\]'])?$/),
  );

  it("parses back what it formats, with or without $ and a sheet", () => {
    fc.assert(
      fc.property(rects, sheetNames, fc.boolean(), (rect, sheetName, absolute) => {
        const text = formatAddress(rect, { sheetName, absolute });
        const parsed = parseAddress(text);
        expect(parsed?.rect).toEqual(rect);
        expect(parsed?.sheetName).toBe(sheetName);
      }),
    );
  });
});
