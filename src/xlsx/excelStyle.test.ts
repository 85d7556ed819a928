import fc from "fast-check";
import { normalizeStyle } from "../core/workbook/normalizePlan";
import type { CellStyle } from "../core/workbook/workbookPlan";
import { fromArgb, fromExcelStyle, toArgb, toExcelStyle } from "./excelStyle";

const hex = fc
  .array(fc.constantFrom(..."0123456789abcdefABCDEF"), { minLength: 6, maxLength: 6 })
  .map((digits) => `#${digits.join("")}`);

const style: fc.Arbitrary<CellStyle> = fc.record(
  {
    fontName: fc.constantFrom("Times New Roman", "Calibri", "Arial", "Phông chữ"),
    fontSize: fc.constantFrom(8, 11, 12, 13.5, 14),
    bold: fc.boolean(),
    italic: fc.boolean(),
    fontColor: hex,
    fill: hex,
    horizontalAlignment: fc.constantFrom("general", "left", "center", "right", "centerAcrossSelection"),
    verticalAlignment: fc.constantFrom("top", "middle", "bottom"),
    wrapText: fc.boolean(),
    numberFormat: fc.constantFrom("General", "dd/mm/yyyy", "0.0%", "#,##0", "@", '"Quý "0'),
    locked: fc.boolean(),
    border: fc.constantFrom("thin", "medium", "none"),
  },
  { requiredKeys: [] },
);

describe("excelStyle", () => {
  it("reads back every field it writes (up to Excel's defaults)", () => {
    fc.assert(
      fc.property(style, (s) => {
        expect(normalizeStyle(fromExcelStyle(toExcelStyle(s)))).toEqual(normalizeStyle(s));
      }),
    );
  });

  it.each([
    ["#1f4e79", "FF1F4E79"],
    ["00B050", "FF00B050"],
  ])("converts %s to ARGB %s and back", (color, argb) => {
    expect(toArgb(color)).toBe(argb);
    expect(fromArgb({ argb })).toBe(`#${argb.slice(2)}`);
  });

  it.each(["red", "#12345", "#1234567"])("refuses the colour %s", (color) => {
    expect(() => toArgb(color)).toThrow(/#RRGGBB/);
  });

  it("ignores theme colours, which have no fixed RGB", () => {
    expect(fromArgb({ theme: 4 })).toBeUndefined();
    expect(fromExcelStyle({ font: { color: { theme: 1 } } })).toEqual({});
  });

  it("reads a border only when all four edges agree", () => {
    expect(
      fromExcelStyle({
        border: {
          top: { style: "thin" },
          left: { style: "thin" },
          bottom: { style: "thin" },
          right: { style: "thin" },
        },
      }).border,
    ).toBe("thin");
    expect(fromExcelStyle({ border: { top: { style: "thin" }, bottom: { style: "thin" } } }).border).toBeUndefined();
  });
});
