/** A1 addressing shared by the plan builders and both writers. */

/** Converts a 0-based column index to letters (0 → A, 25 → Z, 26 → AA). */
export function columnLetters(col: number): string {
  if (!Number.isInteger(col) || col < 0) throw new RangeError(`Invalid column index ${col}`);
  let n = col + 1;
  let letters = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    letters = String.fromCharCode(65 + rem) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Converts column letters to a 0-based index (A → 0, AA → 26). */
export function columnIndex(letters: string): number {
  const upper = letters.toUpperCase();
  if (!/^[A-Z]{1,3}$/.test(upper)) throw new RangeError(`Invalid column letters ${letters}`);
  let n = 0;
  for (const ch of upper) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** The A1 address of a 0-based cell, e.g. (0, 0) → `A1`. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** The A1 address of a 0-based rectangle, e.g. (0, 0, 2, 3) → `A1:C2`. */
export function rangeAddress(row: number, col: number, rowCount: number, colCount: number): string {
  const start = cellAddress(row, col);
  if (rowCount === 1 && colCount === 1) return start;
  return `${start}:${cellAddress(row + rowCount - 1, col + colCount - 1)}`;
}

/** Parses `B7` (with optional `$`) into 0-based row and column. */
export function parseCellAddress(address: string): { row: number; col: number } {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(address.trim());
  if (!match) throw new RangeError(`Invalid cell address ${address}`);
  return { row: Number(match[2]) - 1, col: columnIndex(match[1]) };
}

/** Parses `A1:C2` or `B7` into a 0-based rectangle. */
export function parseRangeAddress(address: string): { row: number; col: number; rowCount: number; colCount: number } {
  const [first, second] = address.split(":");
  const a = parseCellAddress(first);
  const b = second === undefined ? a : parseCellAddress(second);
  const row = Math.min(a.row, b.row);
  const col = Math.min(a.col, b.col);
  return { row, col, rowCount: Math.abs(a.row - b.row) + 1, colCount: Math.abs(a.col - b.col) + 1 };
}

/** Quotes a sheet name for use in a reference: `'Thông tin'!$B$2`. */
export function sheetRef(sheet: string, address: string): string {
  return `'${sheet.replace(/'/g, "''")}'!${address}`;
}

/** Makes an A1 address absolute: `B7` → `$B$7`, `A1:C2` → `$A$1:$C$2`. */
export function absolute(address: string): string {
  return address
    .split(":")
    .map((part) => {
      const { row, col } = parseCellAddress(part);
      return `$${columnLetters(col)}$${row + 1}`;
    })
    .join(":");
}
