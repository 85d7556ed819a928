/**
 * The appendix as a grid of cells, however it arrived: tab-separated lines of text (the seed, a .tsv,
 * a paste) or the rows of a worksheet (.xlsx). Every parser downstream reads this one shape, so the
 * quirks of each source are dealt with once.
 */
import type { SourceLocation } from "./types";

/** One line of text or one worksheet row. */
export interface GridRow {
  /** 1-based line (text) or row (sheet) number, kept for messages. */
  line: number;
  /** Cell texts, left to right; a missing cell is an empty string. */
  cells: string[];
}

export interface Grid {
  /** `text`: cells are tab-separated fields of a line; `sheet`: cells are the columns A, B, … of a worksheet. */
  kind: "text" | "sheet";
  /** The worksheet's name, for sheets. */
  sheet?: string;
  rows: GridRow[];
}

/** Returns the A1-style column letters of a 0-based column index (0 → A, 26 → AA). */
export function columnLetters(index: number): string {
  let n = index + 1;
  let letters = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Returns where a row (and optionally one of its cells) of the grid is, as messages name it. */
export function gridLocation(grid: Grid, line: number, column?: number): SourceLocation {
  if (grid.kind === "text") return { line };
  const location: SourceLocation = { line };
  if (column !== undefined) location.cell = `${columnLetters(column)}${line}`;
  if (grid.sheet !== undefined) location.sheet = grid.sheet;
  return location;
}
