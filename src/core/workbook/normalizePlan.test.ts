import fc from "fast-check";
import { parseRangeAddress } from "./a1";
import { DEFAULT_MARGINS, normalizePlan, normalizeRef, normalizeStyles } from "./normalizePlan";
import { emptySheet, type CellStyle, type StyledRange, type WorkbookPlan } from "./workbookPlan";

/** Every cell's merged style, the ground truth the canonical ranges must reproduce. */
function perCell(styles: StyledRange[]): Map<string, CellStyle> {
  const cells = new Map<string, CellStyle>();
  for (const { range, style } of styles) {
    const r = parseRangeAddress(range);
    for (let row = r.row; row < r.row + r.rowCount; row++) {
      for (let col = r.col; col < r.col + r.colCount; col++) {
        const merged = { ...cells.get(`${row}:${col}`) };
        for (const [k, v] of Object.entries(style)) if (v !== undefined) (merged as Record<string, unknown>)[k] = v;
        cells.set(`${row}:${col}`, merged);
      }
    }
  }
  return cells;
}

const range = fc
  .record({ row: fc.nat(6), col: fc.nat(6), h: fc.integer({ min: 1, max: 3 }), w: fc.integer({ min: 1, max: 3 }) })
  .map(
    ({ row, col, h, w }) =>
      `${String.fromCharCode(65 + col)}${row + 1}:${String.fromCharCode(65 + col + w - 1)}${row + h}`,
  );
const styleArb: fc.Arbitrary<CellStyle> = fc.record(
  {
    bold: fc.boolean(),
    fill: fc.constantFrom("#FFFFFF", "#1f4e79"),
    fontSize: fc.constantFrom(11, 12),
    border: fc.constantFrom("thin", "none"),
  },
  { requiredKeys: [] },
) as fc.Arbitrary<CellStyle>;
const styles = fc.array(fc.record({ range, style: styleArb }), { maxLength: 6 });

describe("normalizeStyles", () => {
  it("describes the same cell styles as the ranges it was given, minus defaults", () => {
    fc.assert(
      fc.property(styles, (given) => {
        const canonical = normalizeStyles(given);
        const expected = normalizeStyles(
          [...perCell(given).entries()].map(([key, style]) => {
            const [row, col] = key.split(":").map(Number);
            return { range: `${String.fromCharCode(65 + col)}${row + 1}`, style };
          }),
        );
        expect(canonical).toEqual(expected);
        // Regrouping the canonical ranges gives the canonical ranges again.
        expect(normalizeStyles(canonical)).toEqual(canonical);
        // No range is empty and none overlaps another.
        const seen = new Set<string>();
        for (const { range: r, style } of canonical) {
          expect(Object.keys(style).length).toBeGreaterThan(0);
          for (const key of perCell([{ range: r, style }]).keys()) {
            expect(seen.has(key)).toBe(false);
            seen.add(key);
          }
        }
      }),
    );
  });

  it.each<[string, StyledRange[], StyledRange[]]>([
    ["a header band", [{ range: "A1:Q1", style: { bold: true } }], [{ range: "A1:Q1", style: { bold: true } }]],
    [
      "later ranges win field by field",
      [
        { range: "A1:B2", style: { bold: true, fill: "#ffffff" } },
        { range: "B2", style: { bold: false } },
      ],
      [
        { range: "A1:B1", style: { bold: true, fill: "#FFFFFF" } },
        { range: "A2", style: { bold: true, fill: "#FFFFFF" } },
        { range: "B2", style: { fill: "#FFFFFF" } },
      ],
    ],
    [
      "defaults vanish",
      [{ range: "C3", style: { fontName: "Calibri", fontSize: 11, locked: true, numberFormat: "General" } }],
      [],
    ],
  ])("%s", (_name, given, expected) => {
    expect(normalizeStyles(given)).toEqual(expected);
  });
});

describe("normalizePlan", () => {
  function plan(): WorkbookPlan {
    const sheet = emptySheet("Thông tin");
    sheet.blocks.push(
      {
        row: 0,
        col: 0,
        cells: [
          [{ value: "a" }, { value: "" }, { value: -0 }],
          [{ formula: "SUM(A1)" }, {}, { value: null }],
        ],
      },
      { row: 0, col: 1, cells: [[{ value: "b" }]] },
    );
    sheet.conditionalFormats.push(
      { range: "a1", formula: "B1>1", style: { fill: "#abcdef" }, priority: 7, stopIfTrue: false },
      { range: "A1", formula: "=B1>2", style: { bold: false }, priority: 0, stopIfTrue: true },
    );
    sheet.print = {
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      margins: { ...DEFAULT_MARGINS },
      printTitleRows: "3:4",
    };
    sheet.protection = {
      password: "x",
      allowAutoFilter: true,
      allowFormatColumns: false,
      allowFormatRows: false,
      allowSort: false,
    };
    sheet.freeze = { rows: 0, columns: 0 };
    return {
      formatVersion: "1.0",
      sheets: [sheet],
      names: [
        { name: "b", ref: "Sheet1!B2" },
        { name: "A", ref: "'Thông tin'!$B$6", comment: "" },
      ],
    };
  }

  it("puts a plan in canonical form", () => {
    const sheet = normalizePlan(plan()).sheets[0];
    expect(sheet.blocks).toEqual([
      { row: 0, col: 0, cells: [[{ value: "a" }, { value: "b" }, { value: 0 }]] },
      { row: 1, col: 0, cells: [[{ formula: "=SUM(A1)" }]] },
    ]);
    expect(sheet.conditionalFormats.map((f) => [f.priority, f.formula, f.range])).toEqual([
      [1, "=B1>2", "A1"],
      [2, "=B1>1", "A1"],
    ]);
    expect(sheet.conditionalFormats[1].style).toEqual({ fill: "#ABCDEF" });
    expect(sheet.print).toEqual({
      orientation: "portrait",
      paperSize: "A4",
      fitToWidth: true,
      printTitleRows: "$3:$4",
    });
    expect(sheet.protection).not.toHaveProperty("password");
    expect(sheet.freeze).toBeUndefined();
    expect(normalizePlan(plan()).names).toEqual([
      { name: "A", ref: "'Thông tin'!$B$6" },
      { name: "b", ref: "'Sheet1'!$B$2" },
    ]);
  });

  it("is idempotent", () => {
    expect(normalizePlan(normalizePlan(plan()))).toEqual(normalizePlan(plan()));
  });

  it.each([
    ["'Thông tin'!$B$6", "'Thông tin'!$B$6"],
    ["Sheet1!b6:c7", "'Sheet1'!$B$6:$C$7"],
    ["'It''s'!A1", "'It''s'!$A$1"],
    ["=Data!$A$1", "'Data'!$A$1"],
  ])("normalises the reference %s to %s", (ref, expected) => {
    expect(normalizeRef(ref)).toBe(expected);
  });
});
