import { formatAddress, parseAddress } from "./address";
import { dimensionMismatch, officeError } from "./fakeOfficeError";
import { GridRect, cellCount, containsCell, isInsideGrid, lastColumn, lastRow } from "./gridRect";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";

/** What a Range proxy resolves to: a rectangle on a live sheet. */
export interface RangeTarget {
  readonly sheet: FakeSheetState;
  readonly rect: GridRect;
}

/** Ranges above this many cells are summarised from their existing cells when a format is read (see README). */
const EXACT_READ_LIMIT = 2_000_000;

/** "Sheet1!A1:B2" / "'Thông tin'!B3", as Range.address reports it. */
export function qualifiedAddress(target: RangeTarget, absolute = false): string {
  return formatAddress(target.rect, { sheetName: target.sheet.name, absolute });
}

/** Checks a computed rect (offsets, resizes) against the grid, as Excel does when the path is instantiated. */
export function checkedRect(rect: GridRect, location: string): GridRect {
  if (!isInsideGrid(rect)) throw officeError("InvalidArgument", location, "the range would fall outside the sheet");
  return rect;
}

/**
 * Resolves an argument that Excel accepts as "Range | string": a Range proxy of the same context, an A1
 * address (qualified, or on `defaultSheet`), or a defined name that refers to a range.
 */
export function resolveRangeArgument(
  value: unknown,
  context: FakeRequestContext,
  defaultSheet: FakeSheetState | null,
  location: string,
): RangeTarget {
  if (value instanceof FakeRange) {
    if (value.context !== context) throw officeError("InvalidRequestContext", location);
    return value.resolve();
  }
  if (typeof value !== "string") throw officeError("InvalidArgument", location, "expected a Range or an address");
  const state = context.host.state;
  const text = value.startsWith("=") ? value.slice(1) : value;
  const parsed = parseAddress(text);
  if (parsed) {
    const sheet =
      parsed.sheetName === undefined ? (defaultSheet ?? state.activeSheet) : state.findSheet(parsed.sheetName);
    if (!sheet) throw officeError("InvalidArgument", location, `no sheet for '${value}'`);
    return { sheet, rect: parsed.rect };
  }
  const named = (defaultSheet ? state.findName(text, defaultSheet.id) : undefined) ?? state.findName(text, null);
  const reference = named?.reference;
  const sheet = reference ? state.sheetById(reference.sheetId) : undefined;
  if (!reference || !sheet)
    throw officeError("InvalidArgument", location, `'${value}' is not an address or a range name`);
  return { sheet, rect: reference.rect };
}

/**
 * The common value of a property over a range, or null when cells differ (as Excel reports mixed formats).
 * Huge ranges (whole columns/rows/sheet beyond 2M cells) are summarised from the cells that exist plus the
 * top-left cell, since reading every cell of a sheet is neither possible nor useful in a test.
 */
export function uniformValue<V>(target: RangeTarget, read: (row: number, column: number) => V): V | null {
  const { sheet, rect } = target;
  let first: { value: V } | undefined;
  const consider = (row: number, column: number): boolean => {
    const value = read(row, column);
    if (first === undefined) first = { value };
    return first.value === value;
  };
  if (cellCount(rect) <= EXACT_READ_LIMIT) {
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        if (!consider(row, column)) return null;
      }
    }
  } else {
    if (!consider(rect.row, rect.column)) return null;
    for (const cell of sheet.cellsIn(rect)) if (!consider(cell.row, cell.column)) return null;
  }
  return first === undefined ? null : first.value;
}

/** Builds the 2-D result of a range read, refusing payloads Excel would refuse too. */
export function readMatrix<V>(target: RangeTarget, location: string, read: (row: number, column: number) => V): V[][] {
  const { rect } = target;
  if (cellCount(rect) > EXACT_READ_LIMIT) {
    throw officeError("ResponsePayloadSizeLimitExceeded", location, `${cellCount(rect)} cells requested`);
  }
  const rows: V[][] = [];
  for (let row = rect.row; row <= lastRow(rect); row += 1) {
    const line: V[] = [];
    for (let column = rect.column; column <= lastColumn(rect); column += 1) line.push(read(row, column));
    rows.push(line);
  }
  return rows;
}

/**
 * Accessor for a value written to a range: a 2-D array must match the range exactly (else Excel's
 * InvalidArgument), a single non-null value fills every cell, and null alone is refused.
 */
export function matrixInput(
  input: unknown,
  rect: GridRect,
  location: string,
): (row: number, column: number) => unknown {
  if (Array.isArray(input)) {
    const rows: unknown[] = input;
    const size = `${rect.rowCount}×${rect.columnCount} range`;
    if (rows.length !== rect.rowCount) throw dimensionMismatch(location, `${rows.length} rows for a ${size}`);
    const checked: unknown[][] = [];
    rows.forEach((line, index) => {
      if (!Array.isArray(line)) throw dimensionMismatch(location, `row ${index} is not an array`);
      const cells: unknown[] = line;
      if (cells.length !== rect.columnCount) {
        throw dimensionMismatch(location, `${cells.length} columns in row ${index} for a ${size}`);
      }
      checked.push(cells);
    });
    return (row, column) => checked[row - rect.row][column - rect.column];
  }
  if (input === null || input === undefined) {
    throw officeError("InvalidArgument", location, "null is not a valid value for a whole property");
  }
  return () => input;
}

/** True when the (row, column) cell lies in any of the rects. */
export function inAny(rects: readonly GridRect[], row: number, column: number): boolean {
  return rects.some((rect) => containsCell(rect, row, column));
}
