/**
 * The colours of the status groups and the conditional-format formulas that paint a row from its
 * status cell. Conditional formats keep the colours live in Excel, LibreOffice and WPS without the add-in.
 */
import { lit, eq, or, ref } from "./expr";
import { toFormula } from "./toFormula";
import { labelsOfColourGroup } from "./statusLabels";
import type { ColourGroup } from "./statusTypes";

export interface StatusColour {
  /** Fill, `#RRGGBB`. */
  fill: string;
  /** Font colour on that fill, `#RRGGBB`; every pair has a contrast ratio of at least 4.5:1 (WCAG AA). */
  font: string;
}

/** Fill and font per colour group; red/amber/green are Excel's own Bad/Neutral/Good cell styles, which staff recognise. */
export const statusColours: Readonly<Record<ColourGroup, StatusColour>> = {
  red: { fill: "#FFC7CE", font: "#9C0006" },
  amber: { fill: "#FFEB9C", font: "#9C5700" },
  green: { fill: "#C6EFCE", font: "#006100" },
  blue: { fill: "#DDEBF7", font: "#1F4E78" },
  purple: { fill: "#E4DFEC", font: "#5B2C83" },
  grey: { fill: "#EDEDED", font: "#525252" },
};

/**
 * The conditional-format formula that is TRUE when a row's status cell shows a label of the group,
 * e.g. `=OR($Q5="Chậm tiến độ",$Q5="Quá hạn")` for the status cell Q5 of the rule's first row: the
 * column is made absolute so the rule, applied to the whole row, always reads the status column.
 */
export function statusColourFormula(group: ColourGroup, statusCell: string): string {
  const match = /^\$?([A-Z]{1,3})\$?([1-9][0-9]*)$/.exec(statusCell);
  if (!match) throw new Error(`Not a single-cell A1 reference: "${statusCell}"`);
  const cell = `$${match[1]}${match[2]}`;
  const status = ref("status");
  return toFormula(or(...labelsOfColourGroup(group).map((label) => eq(status, lit(label)))), { status: cell });
}
