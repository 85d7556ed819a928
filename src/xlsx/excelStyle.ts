/**
 * Converts between the plan's CellStyle and exceljs styles, both ways, so the writer and `describe()`
 * agree on every field. Fields exceljs holds that a CellStyle cannot say (theme colours, other border
 * styles, indents…) are left out when reading.
 */
import type { Alignment, Borders, Color, Fill, Font, Style } from "exceljs";
import type { BorderStyle, CellStyle, HorizontalAlignment, VerticalAlignment } from "../core/workbook/workbookPlan";

/** exceljs's default font; a cell without a font of its own shows this one. */
export const DEFAULT_FONT = { name: "Calibri", size: 11 } as const;

/** `#1f4e79` → `FF1F4E79`. */
export function toArgb(hex: string): string {
  const match = /^#?([0-9a-fA-F]{6})$/.exec(hex.trim());
  if (!match) throw new RangeError(`Invalid colour ${hex}: expected #RRGGBB`);
  return `FF${match[1].toUpperCase()}`;
}

/** `FF1F4E79` → `#1F4E79`; undefined for theme or indexed colours, which have no fixed RGB here. */
export function fromArgb(color: Partial<Color> | undefined): string | undefined {
  const argb = color?.argb;
  if (typeof argb !== "string") return undefined;
  const match = /^(?:[0-9a-fA-F]{2})?([0-9a-fA-F]{6})$/.exec(argb);
  return match ? `#${match[1].toUpperCase()}` : undefined;
}

const HORIZONTAL: Record<HorizontalAlignment, Alignment["horizontal"] | undefined> = {
  general: undefined,
  left: "left",
  center: "center",
  right: "right",
  centerAcrossSelection: "centerContinuous",
};

/** An exceljs style for a merged CellStyle; every font carries a name and size so no reader guesses. */
export function toExcelStyle(style: CellStyle): Partial<Style> {
  const out: Partial<Style> = {};
  const font: Partial<Font> = {
    name: style.fontName ?? DEFAULT_FONT.name,
    size: style.fontSize ?? DEFAULT_FONT.size,
  };
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.fontColor !== undefined) font.color = { argb: toArgb(style.fontColor) };
  out.font = font;
  if (style.fill !== undefined) {
    out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(style.fill) } };
  }
  const alignment: Partial<Alignment> = {};
  const horizontal = style.horizontalAlignment === undefined ? undefined : HORIZONTAL[style.horizontalAlignment];
  if (horizontal !== undefined) alignment.horizontal = horizontal;
  if (style.verticalAlignment !== undefined) alignment.vertical = style.verticalAlignment;
  if (style.wrapText) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) out.alignment = alignment;
  if (style.numberFormat !== undefined) out.numFmt = style.numberFormat;
  if (style.locked === false) out.protection = { locked: false };
  if (style.border === "thin" || style.border === "medium") {
    const edge = { style: style.border };
    out.border = { top: edge, left: edge, bottom: edge, right: edge };
  }
  return out;
}

function readBorder(border: Partial<Borders> | undefined): BorderStyle | undefined {
  if (!border) return undefined;
  const styles = [border.top, border.left, border.bottom, border.right].map((edge) => edge?.style);
  const first = styles[0];
  if ((first === "thin" || first === "medium") && styles.every((s) => s === first)) return first;
  return undefined;
}

function readHorizontal(value: Alignment["horizontal"] | undefined): HorizontalAlignment | undefined {
  switch (value) {
    case "left":
    case "center":
    case "right":
      return value;
    case "centerContinuous":
      return "centerAcrossSelection";
    default:
      return undefined;
  }
}

function readVertical(value: Alignment["vertical"] | undefined): VerticalAlignment | undefined {
  return value === "top" || value === "middle" || value === "bottom" ? value : undefined;
}

function readFill(fill: Fill | undefined): string | undefined {
  if (!fill || fill.type !== "pattern" || fill.pattern !== "solid") return undefined;
  return fromArgb(fill.fgColor) ?? fromArgb(fill.bgColor);
}

/** The CellStyle an exceljs style expresses, every field present that can be read. */
export function fromExcelStyle(style: Partial<Style> | undefined): CellStyle {
  const out: CellStyle = {};
  if (!style) return out;
  const { font, alignment } = style;
  if (font?.name !== undefined) out.fontName = font.name;
  if (font?.size !== undefined) out.fontSize = font.size;
  if (font?.bold !== undefined) out.bold = Boolean(font.bold);
  if (font?.italic !== undefined) out.italic = Boolean(font.italic);
  const fontColor = fromArgb(font?.color);
  if (fontColor !== undefined) out.fontColor = fontColor;
  const fill = readFill(style.fill);
  if (fill !== undefined) out.fill = fill;
  const horizontal = readHorizontal(alignment?.horizontal);
  if (horizontal !== undefined) out.horizontalAlignment = horizontal;
  const vertical = readVertical(alignment?.vertical);
  if (vertical !== undefined) out.verticalAlignment = vertical;
  if (alignment?.wrapText !== undefined) out.wrapText = Boolean(alignment.wrapText);
  if (style.numFmt !== undefined && style.numFmt !== "") out.numberFormat = style.numFmt;
  if (style.protection?.locked === false) out.locked = false;
  const border = readBorder(style.border);
  if (border !== undefined) out.border = border;
  return out;
}
