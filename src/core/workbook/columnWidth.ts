/**
 * Column widths: the plan and .xlsx files store Excel's character width (the `width` of OOXML `<col>`,
 * which already includes the cell padding), while Office JS sets and reads `columnWidth` in points.
 * Both writers must land on the same pixels, so both conversions go through the pixel width that
 * Excel itself computes (ECMA-376 §18.3.1.13) for the standard font, Calibri 11, whose widest digit
 * is 7 pixels wide. At 96 dpi a pixel is 0.75 point, so one character is about 5.25 points.
 */

/** Widest digit of Calibri 11 at 96 dpi, in pixels: Excel's unit of column width. */
export const MAX_DIGIT_WIDTH_PX = 7;
/** Points per pixel at 96 dpi. */
export const POINTS_PER_PIXEL = 0.75;

/** The whole-pixel width Excel shows for a stored character width (ECMA-376's truncation rule). */
export function columnWidthPixels(width: number): number {
  if (!(width > 0)) return 0;
  const mdw = MAX_DIGIT_WIDTH_PX;
  return Math.trunc(((256 * width + Math.trunc(128 / mdw)) / 256) * mdw);
}

/** The Office JS `columnWidth` (points) for a plan width in characters, so it matches the .xlsx file's pixels. */
export function columnWidthPoints(width: number): number {
  return columnWidthPixels(width) * POINTS_PER_PIXEL;
}

/** The character width for an Office JS `columnWidth` in points, rounded to 1/100 of a character. */
export function columnWidthFromPoints(points: number): number {
  return Math.round((points / POINTS_PER_PIXEL / MAX_DIGIT_WIDTH_PX) * 100) / 100;
}
