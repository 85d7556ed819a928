import { matchKey } from "../text/matchKey";
import { cleanCell } from "./cleanCell";
import { COLUMN_SPECS, type ColumnRole } from "./columns";

/** Which grid column holds each role; roles the table lacks are absent. */
export type ColumnMap = Partial<Record<ColumnRole, number>>;

export interface HeaderMatch {
  /** Index of the header row in grid.rows. */
  rowIndex: number;
  columns: ColumnMap;
  /** Headings that matched a role another column already took, by column index. */
  duplicates: number[];
}

/** The fewest recognised headings that make a row look like the table's header. */
export const MIN_HEADINGS = 3;

const MAX_HEADING_WORDS = 6;

/** Returns the role a heading names, or undefined: matched by meaning, ignoring `1- ` prefixes, case and diacritics. */
export function headingRole(heading: string): ColumnRole | undefined {
  const key = matchKey(cleanCell(heading))
    .replace(/^\(?\d+\)?\s*[-.):]?\s*/, "")
    .trim();
  // Headings are short; a long cell is data that merely mentions a heading's words.
  if (key === "" || key.split(" ").length > MAX_HEADING_WORDS) return undefined;
  for (const spec of COLUMN_SPECS) {
    if (spec.role === "tt" ? spec.keys.includes(key.replace(/[.:]$/, "")) : spec.keys.some((k) => key.includes(k)))
      return spec.role;
  }
  return undefined;
}

/** Maps one row's cells to roles, as if it were the header. */
export function matchHeaderRow(cells: string[]): { columns: ColumnMap; duplicates: number[]; count: number } {
  const columns: ColumnMap = {};
  const duplicates: number[] = [];
  let count = 0;
  cells.forEach((cell, index) => {
    const role = headingRole(cell);
    if (role === undefined) return;
    if (columns[role] !== undefined) duplicates.push(index);
    else {
      columns[role] = index;
      count += 1;
    }
  });
  return { columns, duplicates, count };
}

/**
 * Finds the appendix table's header row: the first row in which at least three cells name columns
 * of the appendix. Returns undefined when no row does, i.e. the input is not an appendix.
 */
export function findHeader(rows: readonly { cells: string[] }[]): HeaderMatch | undefined {
  for (let rowIndex = 0; rowIndex < rows.length; rowIndex += 1) {
    const { columns, duplicates, count } = matchHeaderRow(rows[rowIndex].cells);
    if (count >= MIN_HEADINGS) return { rowIndex, columns, duplicates };
  }
  return undefined;
}
