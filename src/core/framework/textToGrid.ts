import type { Grid } from "./grid";

/**
 * Splits tab-separated text (the seed, a .tsv file, a paste from Word or Excel) into a grid, one row
 * per line, so that text and worksheets go through the same parser. Any line ending is accepted.
 */
export function textToGrid(text: string): Grid {
  const lines = text.replace(/^\uFEFF/, "").split(/\r\n|\r|\n/);
  return { kind: "text", rows: lines.map((line, index) => ({ line: index + 1, cells: line.split("\t") })) };
}
