/**
 * Counts the cells of a worksheet part without parsing it: every `<c ` start tag (with or without a
 * namespace prefix) is one cell. Stops counting at `limit + 1`, which is all a size check needs.
 */

const CELL_TAG = /<(?:[A-Za-z_][\w.-]*:)?c[\s>/]/g;

/** The number of cell elements in worksheet XML, capped at `limit + 1`. */
export function countSheetCells(xml: Uint8Array, limit = Number.POSITIVE_INFINITY): number {
  const text = Buffer.from(xml.buffer, xml.byteOffset, xml.byteLength).toString("latin1");
  CELL_TAG.lastIndex = 0;
  let count = 0;
  while (CELL_TAG.exec(text) !== null) {
    count++;
    if (count > limit) break;
  }
  return count;
}
