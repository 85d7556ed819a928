/** The workbook's house style: a professional government workbook (Decree 30/2020: Times New Roman). */
import type { CellStyle } from "./workbookPlan";

export const FONT = "Times New Roman";

export const STYLE = {
  base: { fontName: FONT, fontSize: 12, verticalAlignment: "top", wrapText: true } satisfies CellStyle,
  title: { fontName: FONT, fontSize: 14, bold: true, horizontalAlignment: "centerAcrossSelection", wrapText: false },
  subtitle: {
    fontName: FONT,
    fontSize: 12,
    italic: true,
    horizontalAlignment: "centerAcrossSelection",
    wrapText: false,
  },
  header: {
    fontName: FONT,
    fontSize: 12,
    bold: true,
    fontColor: "#FFFFFF",
    fill: "#1F4E79",
    horizontalAlignment: "center",
    verticalAlignment: "middle",
    wrapText: true,
    border: "thin",
  },
  section: { bold: true, fill: "#D9E1F2", locked: true },
  entry: { locked: false, fill: "#FFFBEA" },
  computed: { bold: true, horizontalAlignment: "center" },
  grid: { border: "thin" },
  date: { numberFormat: "dd/mm/yyyy", horizontalAlignment: "center" },
  number: { numberFormat: "General", horizontalAlignment: "right" },
  result: { numberFormat: "0.0", horizontalAlignment: "right" },
  text: { numberFormat: "@" },
  label: { bold: true },
} as const satisfies Record<string, CellStyle>;
