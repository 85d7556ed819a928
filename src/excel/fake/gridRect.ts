/** Excel's grid size (since Excel 2007): rows 1..1,048,576 and columns A..XFD. */
export const MAX_ROWS = 1_048_576;
export const MAX_COLUMNS = 16_384;

/** A rectangle of cells; zero-based like Range.rowIndex/columnIndex, sizes at least 1. */
export interface GridRect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** Builds a rect from zero-based start and end (inclusive) corners, in any order. */
export function rectFromCorners(row1: number, column1: number, row2: number, column2: number): GridRect {
  const row = Math.min(row1, row2);
  const column = Math.min(column1, column2);
  return { row, column, rowCount: Math.abs(row2 - row1) + 1, columnCount: Math.abs(column2 - column1) + 1 };
}

export function lastRow(rect: GridRect): number {
  return rect.row + rect.rowCount - 1;
}

export function lastColumn(rect: GridRect): number {
  return rect.column + rect.columnCount - 1;
}

export function cellCount(rect: GridRect): number {
  return rect.rowCount * rect.columnCount;
}

export function isInsideGrid(rect: GridRect): boolean {
  return (
    Number.isInteger(rect.row) &&
    Number.isInteger(rect.column) &&
    Number.isInteger(rect.rowCount) &&
    Number.isInteger(rect.columnCount) &&
    rect.row >= 0 &&
    rect.column >= 0 &&
    rect.rowCount >= 1 &&
    rect.columnCount >= 1 &&
    lastRow(rect) < MAX_ROWS &&
    lastColumn(rect) < MAX_COLUMNS
  );
}

/** True when the rect spans every row, i.e. it is made of whole columns ("A:C"). */
export function isEntireColumns(rect: GridRect): boolean {
  return rect.row === 0 && rect.rowCount === MAX_ROWS;
}

/** True when the rect spans every column, i.e. it is made of whole rows ("1:3"). */
export function isEntireRows(rect: GridRect): boolean {
  return rect.column === 0 && rect.columnCount === MAX_COLUMNS;
}

export function containsCell(rect: GridRect, row: number, column: number): boolean {
  return row >= rect.row && row <= lastRow(rect) && column >= rect.column && column <= lastColumn(rect);
}

export function containsRect(outer: GridRect, inner: GridRect): boolean {
  return containsCell(outer, inner.row, inner.column) && containsCell(outer, lastRow(inner), lastColumn(inner));
}

export function intersectRects(a: GridRect, b: GridRect): GridRect | null {
  const row = Math.max(a.row, b.row);
  const column = Math.max(a.column, b.column);
  const endRow = Math.min(lastRow(a), lastRow(b));
  const endColumn = Math.min(lastColumn(a), lastColumn(b));
  if (endRow < row || endColumn < column) return null;
  return { row, column, rowCount: endRow - row + 1, columnCount: endColumn - column + 1 };
}

export function boundingRect(a: GridRect, b: GridRect): GridRect {
  return rectFromCorners(
    Math.min(a.row, b.row),
    Math.min(a.column, b.column),
    Math.max(lastRow(a), lastRow(b)),
    Math.max(lastColumn(a), lastColumn(b)),
  );
}

export function sameRect(a: GridRect, b: GridRect): boolean {
  return a.row === b.row && a.column === b.column && a.rowCount === b.rowCount && a.columnCount === b.columnCount;
}

/**
 * The parts of `from` not covered by `cut`, as at most four disjoint rects. Data validation is stored per
 * rectangle (like Excel's sqref), so setting a rule on part of a validated area has to split that area.
 */
export function subtractRect(from: GridRect, cut: GridRect): GridRect[] {
  const overlap = intersectRects(from, cut);
  if (!overlap) return [from];
  const parts: GridRect[] = [];
  if (overlap.row > from.row) {
    parts.push({ row: from.row, column: from.column, rowCount: overlap.row - from.row, columnCount: from.columnCount });
  }
  if (lastRow(overlap) < lastRow(from)) {
    parts.push({
      row: lastRow(overlap) + 1,
      column: from.column,
      rowCount: lastRow(from) - lastRow(overlap),
      columnCount: from.columnCount,
    });
  }
  if (overlap.column > from.column) {
    parts.push({
      row: overlap.row,
      column: from.column,
      rowCount: overlap.rowCount,
      columnCount: overlap.column - from.column,
    });
  }
  if (lastColumn(overlap) < lastColumn(from)) {
    parts.push({
      row: overlap.row,
      column: lastColumn(overlap) + 1,
      rowCount: overlap.rowCount,
      columnCount: lastColumn(from) - lastColumn(overlap),
    });
  }
  return parts;
}
