import type { SnapshotCell, WorkbookSnapshot } from "../workbook/workbookSnapshot";

/**
 * The snapshot with one row replaced by a fresh reading of it (cells from column A; anything past them is
 * empty), keeping the snapshot's dense shape. The pane re-reads a single row after a write or when the
 * selection moves to it, rather than the whole workbook. An unknown sheet leaves the snapshot as it is.
 */
export function withSnapshotRow(
  snapshot: WorkbookSnapshot,
  sheetName: string,
  row: number,
  cells: readonly SnapshotCell[],
): WorkbookSnapshot {
  const index = snapshot.sheets.findIndex((s) => s.name.toLowerCase() === sheetName.toLowerCase());
  if (index < 0 || row < 0) return snapshot;
  const sheet = snapshot.sheets[index];
  const width = Math.max(cells.length, ...sheet.rows.map((r) => r.length));
  const pad = (r: SnapshotCell[]) =>
    r.length >= width ? r : [...r, ...Array.from({ length: width - r.length }, () => ({ value: null }))];
  const rows = sheet.rows.map(pad);
  while (rows.length <= row) rows.push(pad([]));
  rows[row] = pad([...cells]);
  const sheets = [...snapshot.sheets];
  sheets[index] = { ...sheet, rows };
  return { ...snapshot, sheets };
}
