/**
 * Where printed pages break, estimated from the row heights a sheet sets and its page setup, so the report can
 * keep its signature block on one page. The plan cannot hold manual page breaks, so the only lever is blank
 * space before the block; the estimate follows Excel's rules (fit to one page wide scales every row alike,
 * rows never split, print-title rows repeat at the top of each page after the first).
 */
import { columnWidthPixels, POINTS_PER_PIXEL } from "../workbook/columnWidth";
import type { PrintPlan } from "../workbook/workbookPlan";

/** A4 in points, portrait. */
const A4 = { width: 595.3, height: 841.9 };
const POINTS_PER_INCH = 72;
/** LibreOffice draws a row this fraction of its stored height (measured: 75 pt for 82 pt at 93.8%). */
const LIBREOFFICE_ROW_FACTOR = 0.977;

/**
 * The heights, in the sheet's own (unscaled) points, that fit on one printed page, as Excel and LibreOffice
 * lay it out: the paper less the top and bottom margins, divided by the fit-to-width zoom. The two differ:
 * Excel measures a column as ECMA-376 says (Calibri's 7 px digit, truncated) and rounds the zoom down to a
 * whole percentage; LibreOffice (7.4, measured on rendered reports) gives each column 5 px more, does not
 * round, and draws rows about 2.3% shorter than their stored height.
 */
export function pageCapacities(
  print: PrintPlan,
  columnWidths: readonly number[],
): { excel: number; libreOffice: number } {
  const landscape = print.orientation === "landscape";
  const paper = landscape ? { width: A4.height, height: A4.width } : A4;
  const m = print.margins ?? { top: 0.75, bottom: 0.75, left: 0.7, right: 0.7, header: 0.3, footer: 0.3 };
  const printableWidth = paper.width - (m.left + m.right) * POINTS_PER_INCH;
  const printableHeight = paper.height - (m.top + m.bottom) * POINTS_PER_INCH;
  const excelWidth = columnWidths.reduce((sum, w) => sum + columnWidthPixels(w) * POINTS_PER_PIXEL, 0);
  const libreOfficeWidth = columnWidths.reduce((sum, w) => sum + (w * 7 + 5) * POINTS_PER_PIXEL, 0);
  const zoom = (content: number, round: boolean) => {
    if (!print.fitToWidth || content <= printableWidth) return 1;
    const exact = printableWidth / content;
    return round ? Math.floor(exact * 100) / 100 : exact;
  };
  return {
    excel: printableHeight / zoom(excelWidth, true),
    libreOffice: printableHeight / (zoom(libreOfficeWidth, false) * LIBREOFFICE_ROW_FACTOR),
  };
}

/**
 * The 0-based page of each row, given every row's height in points. `titleRow` (or null) is the print-title
 * row: it repeats at the top of every page that starts after it.
 */
export function paginate(heights: readonly number[], capacity: number, titleRow: number | null): number[] {
  const pages: number[] = [];
  let page = 0;
  let used = 0;
  heights.forEach((height, row) => {
    const repeated = titleRow !== null && row > titleRow ? heights[titleRow] : 0;
    if (used + height > capacity && used > (page > 0 ? repeated : 0)) {
      page++;
      used = repeated;
    }
    pages.push(page);
    used += height;
  });
  return pages;
}

/**
 * How many blank rows of `spacer` points to put before a block of rows (after `before`) so that the whole
 * block prints on one page under every page height given (Excel's and LibreOffice's); when no count suits
 * them all, the first page height (Excel's) decides. None when the block is taller than half a page.
 */
export function spacersToKeepTogether(
  before: readonly number[],
  block: readonly number[],
  spacer: number,
  capacities: readonly number[],
  titleRow: number | null,
): number {
  const blockHeight = block.reduce((a, b) => a + b, 0);
  if (block.length === 0 || capacities.length === 0 || blockHeight > Math.min(...capacities) / 2) return 0;
  const together = (count: number, capacity: number) => {
    const pages = paginate([...before, ...Array<number>(count).fill(spacer), ...block], capacity, titleRow);
    return pages[pages.length - block.length] === pages[pages.length - 1];
  };
  const limit = Math.ceil(Math.max(...capacities) / spacer);
  for (let count = 0; count <= limit; count++) {
    if (capacities.every((capacity) => together(count, capacity))) return count;
  }
  for (let count = 0; count <= limit; count++) if (together(count, capacities[0])) return count;
  return 0;
}
