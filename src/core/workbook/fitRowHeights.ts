import { parseRangeAddress } from "./a1";
import type { SheetPlan } from "./workbookPlan";

/** Points per line of 12 pt Times New Roman, as Excel sizes it. */
const LINE_HEIGHT_PER_POINT = 15.75 / 12;
const PADDING = 3;
const CHARS_PER_WIDTH = 1.3;

/** How many lines greedy word wrap takes for `text` in a column `chars` characters wide. */
export function wrappedLines(text: string, chars: number): number {
  const width = Math.max(1, Math.floor(chars));
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    let used = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const length = word.length;
      if (used === 0) {
        line += Math.max(1, Math.ceil(length / width));
        used = length % width || Math.min(length, width);
      } else if (used + 1 + length <= width) {
        used += 1 + length;
      } else {
        line += Math.max(1, Math.ceil(length / width));
        used = length % width || Math.min(length, width);
      }
    }
    lines += Math.max(1, line);
  }
  return lines;
}

/**
 * Sets an explicit height on every row whose wrapped text needs more than one line, from the column
 * widths and the font size. LibreOffice and WPS do not re-measure rows when they open a file written
 * by a library, so without this wrapped text would spill over its neighbours there; Excel users can still
 * auto-fit. Rows that already have a height keep it (the larger of the two wins).
 */
export function fitRowHeights(sheet: SheetPlan, fontSize = 12, fromRow = 0): void {
  // The last style that says anything about wrapping decides, as later styles override earlier ones.
  const wrapRules = sheet.styles
    .filter((s) => s.style.wrapText !== undefined)
    .map((s) => ({ ...parseRangeAddress(s.range), wrap: s.style.wrapText === true }));
  const wraps = (row: number, col: number): boolean => {
    for (let i = wrapRules.length - 1; i >= 0; i--) {
      const r = wrapRules[i];
      if (row >= r.row && row < r.row + r.rowCount && col >= r.col && col < r.col + r.colCount) return r.wrap;
    }
    return false;
  };
  const lines = new Map<number, number>();
  for (const block of sheet.blocks) {
    block.cells.forEach((cells, r) => {
      const row = block.row + r;
      if (row < fromRow) return;
      cells.forEach((cell, c) => {
        const col = block.col + c;
        if (typeof cell.value !== "string" || cell.value === "" || !wraps(row, col)) return;
        const width = sheet.columns[col]?.width ?? 8.43;
        if (sheet.columns[col]?.hidden) return;
        // Measured in LibreOffice: 12 pt Times New Roman fits about 1.3 characters per unit of column width.
        const needed = wrappedLines(cell.value, width * CHARS_PER_WIDTH);
        lines.set(row, Math.max(lines.get(row) ?? 1, needed));
      });
    });
  }
  const existing = new Map(sheet.rowHeights.map((h) => [h.row, h.height]));
  for (const [row, count] of lines) {
    if (count <= 1) continue;
    const height = Math.min(409, Math.ceil(count * fontSize * LINE_HEIGHT_PER_POINT + PADDING));
    existing.set(row, Math.max(existing.get(row) ?? 0, height));
  }
  sheet.rowHeights = [...existing.entries()].sort((a, b) => a[0] - b[0]).map(([row, height]) => ({ row, height }));
}
