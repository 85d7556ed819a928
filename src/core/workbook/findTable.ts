import { matchKey } from "../text/matchKey";
import type { ColumnDef } from "./layout";
import type { SheetSnapshot, SnapshotCell } from "./workbookSnapshot";

/** A located header row and where each known column sits in it (−1 when missing). */
export interface LocatedTable<K extends string> {
  headerRow: number;
  columns: Record<K, number>;
  /** Header texts found in the row that match no known column, with their 0-based index. */
  unknown: { header: string; col: number }[];
}

function cellText(cell: SnapshotCell | undefined): string {
  const value = cell?.value;
  return typeof value === "string" ? value : value === null || value === undefined ? "" : String(value);
}

/**
 * Finds an entry sheet's header row (the row whose column A reads `Mã`, within the first rows) and maps
 * every known column by its header text, case-, diacritic- and spacing-insensitively, so copies whose
 * columns were moved or whose headers were retyped still read correctly.
 */
export function findTable<K extends string>(
  sheet: SheetSnapshot,
  columns: ColumnDef<K>[],
  searchRows = 10,
): LocatedTable<K> | undefined {
  const idKey = matchKey(columns[0].header);
  for (let r = 0; r < Math.min(searchRows, sheet.rows.length); r++) {
    const row = sheet.rows[r];
    const keys = row.map((cell) => matchKey(cellText(cell)));
    if (!keys.includes(idKey)) continue;
    const found = {} as Record<K, number>;
    const used = new Set<number>();
    for (const column of columns) {
      const col = keys.findIndex((key, i) => key === matchKey(column.header) && !used.has(i));
      found[column.key] = col;
      if (col >= 0) used.add(col);
    }
    const unknown = keys
      .map((key, col) => ({ header: cellText(row[col]), col, key }))
      .filter((h) => h.key !== "" && !used.has(h.col))
      .map(({ header, col }) => ({ header, col }));
    return { headerRow: r, columns: found, unknown };
  }
  return undefined;
}
