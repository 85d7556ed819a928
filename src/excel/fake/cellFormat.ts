import { excelEnums } from "./excelEnums";

/** The cell edges a border is stored on; InsideHorizontal/InsideVertical are written onto these. */
export const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "DiagonalDown", "DiagonalUp"] as const;
export type BorderEdge = (typeof BORDER_EDGES)[number];
export type BorderIndex = BorderEdge | "InsideHorizontal" | "InsideVertical";
export type BorderPart = "style" | "color" | "weight";
export type BorderKey = `border.${BorderEdge}.${BorderPart}`;

/** Every formatting property the fake keeps per cell, keyed by its path under Range.format (plus numberFormat). */
export type CellFormat = {
  numberFormat: string;
  "font.name": string;
  "font.size": number;
  "font.bold": boolean;
  "font.italic": boolean;
  "font.color": string;
  "font.underline": string;
  "font.strikethrough": boolean;
  /** null = no fill; Range.format.fill.color reads "#FFFFFF" for it, as in Excel. */
  "fill.color": string | null;
  horizontalAlignment: string;
  verticalAlignment: string;
  wrapText: boolean;
  indentLevel: number;
  textOrientation: number;
  shrinkToFit: boolean;
  "protection.locked": boolean;
  "protection.formulaHidden": boolean;
} & { [K in BorderKey]: string };

export type FormatKey = keyof CellFormat;

/** A new workbook's Normal style: Calibri 11, General, bottom-aligned, locked, no fill, no borders. */
export const DEFAULT_FORMAT: Readonly<CellFormat> = {
  numberFormat: "General",
  "font.name": "Calibri",
  "font.size": 11,
  "font.bold": false,
  "font.italic": false,
  "font.color": "#000000",
  "font.underline": "None",
  "font.strikethrough": false,
  "fill.color": null,
  horizontalAlignment: "General",
  verticalAlignment: "Bottom",
  wrapText: false,
  indentLevel: 0,
  textOrientation: 0,
  shrinkToFit: false,
  "protection.locked": true,
  "protection.formulaHidden": false,
  "border.EdgeTop.style": "None",
  "border.EdgeTop.color": "#000000",
  "border.EdgeTop.weight": "Thin",
  "border.EdgeBottom.style": "None",
  "border.EdgeBottom.color": "#000000",
  "border.EdgeBottom.weight": "Thin",
  "border.EdgeLeft.style": "None",
  "border.EdgeLeft.color": "#000000",
  "border.EdgeLeft.weight": "Thin",
  "border.EdgeRight.style": "None",
  "border.EdgeRight.color": "#000000",
  "border.EdgeRight.weight": "Thin",
  "border.DiagonalDown.style": "None",
  "border.DiagonalDown.color": "#000000",
  "border.DiagonalDown.weight": "Thin",
  "border.DiagonalUp.style": "None",
  "border.DiagonalUp.color": "#000000",
  "border.DiagonalUp.weight": "Thin",
};

export const FORMAT_KEYS: readonly FormatKey[] = Object.keys(DEFAULT_FORMAT).filter(
  (key): key is FormatKey => key in DEFAULT_FORMAT,
);

/** Excel's default column width (8.43 characters of Calibri 11 = 64 px) and row height, in points. */
export const STANDARD_COLUMN_WIDTH = 48;
export const STANDARD_ROW_HEIGHT = 15;

const NAMED_COLORS: Record<string, string> = {
  black: "#000000",
  white: "#FFFFFF",
  red: "#FF0000",
  green: "#008000",
  lime: "#00FF00",
  blue: "#0000FF",
  yellow: "#FFFF00",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  silver: "#C0C0C0",
  purple: "#800080",
  navy: "#000080",
  teal: "#008080",
  maroon: "#800000",
  olive: "#808000",
  aqua: "#00FFFF",
  cyan: "#00FFFF",
  fuchsia: "#FF00FF",
  magenta: "#FF00FF",
  pink: "#FFC0CB",
  brown: "#A52A2A",
  gold: "#FFD700",
  lightgray: "#D3D3D3",
  lightgrey: "#D3D3D3",
  darkgray: "#A9A9A9",
  darkgrey: "#A9A9A9",
  lightgreen: "#90EE90",
  lightblue: "#ADD8E6",
  lightyellow: "#FFFFE0",
  darkgreen: "#006400",
  darkred: "#8B0000",
  darkblue: "#00008B",
};

/**
 * Normalises a colour as Excel reports it back: "#rgb"/"#rrggbb" become "#RRGGBB", common HTML names become
 * their hex value; other alphabetic HTML names are kept as written (the fake has no full name table).
 * Returns null for anything that is not a colour, which the caller turns into InvalidArgument.
 */
export function normalizeColor(input: unknown): string | null {
  if (typeof input !== "string") return null;
  const text = input.trim();
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(text);
  if (short) return `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}`.toUpperCase();
  if (/^#[0-9a-f]{6}$/i.test(text)) return text.toUpperCase();
  const named = NAMED_COLORS[text.toLowerCase()];
  if (named) return named;
  return /^[a-z]{3,30}$/i.test(text) ? text : null;
}

/** The string values of a runtime enum object, for validating what the code under test writes. */
export function enumValues(enumObject: object): readonly string[] {
  return Object.values(enumObject).filter((value): value is string => typeof value === "string");
}

export const HORIZONTAL_ALIGNMENTS = enumValues(excelEnums.HorizontalAlignment);
export const VERTICAL_ALIGNMENTS = enumValues(excelEnums.VerticalAlignment);
export const UNDERLINE_STYLES = enumValues(excelEnums.RangeUnderlineStyle);
export const BORDER_STYLES = enumValues(excelEnums.BorderLineStyle);
export const BORDER_WEIGHTS = enumValues(excelEnums.BorderWeight);
