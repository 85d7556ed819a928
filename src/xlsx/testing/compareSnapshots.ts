/**
 * Test support: what two readers must agree on — every sheet's values and formulas, and the number
 * format of every cell that holds something (exceljs also gives empty cells their row's or column's
 * format, which says nothing about a value).
 */
import type { SheetSnapshot, WorkbookSnapshot } from "../../core/workbook/workbookSnapshot";

export interface SnapshotDifference {
  sheet: string;
  cell: string;
  fast: unknown;
  reference: unknown;
}

function cellAt(sheet: SheetSnapshot, r: number, c: number) {
  const cell = sheet.rows[r]?.[c] ?? { value: null };
  const holds = cell.value !== null || cell.formula !== undefined;
  return {
    value: cell.value,
    formula: cell.formula,
    numberFormat: holds ? cell.numberFormat : undefined,
  };
}

/** The cells where the fast reader's snapshot differs from the reference's, sheet by sheet. */
export function snapshotDifferences(fast: WorkbookSnapshot, reference: WorkbookSnapshot): SnapshotDifference[] {
  const out: SnapshotDifference[] = [];
  const names = [...new Set([...fast.sheets.map((s) => s.name), ...reference.sheets.map((s) => s.name)])];
  for (const name of names) {
    const a = fast.sheets.find((s) => s.name === name);
    const b = reference.sheets.find((s) => s.name === name);
    if (!a || !b) {
      out.push({ sheet: name, cell: "", fast: a?.name, reference: b?.name });
      continue;
    }
    const rows = Math.max(a.rows.length, b.rows.length);
    const cols = Math.max(a.rows[0]?.length ?? 0, b.rows[0]?.length ?? 0);
    if (a.rows.length !== b.rows.length || (a.rows[0]?.length ?? 0) !== (b.rows[0]?.length ?? 0)) {
      out.push({
        sheet: name,
        cell: "size",
        fast: [a.rows.length, a.rows[0]?.length ?? 0],
        reference: [b.rows.length, b.rows[0]?.length ?? 0],
      });
    }
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const x = cellAt(a, r, c);
        const y = cellAt(b, r, c);
        if (JSON.stringify(x) !== JSON.stringify(y)) {
          out.push({ sheet: name, cell: `R${r + 1}C${c + 1}`, fast: x, reference: y });
        }
      }
    }
  }
  const sorted = (names: Record<string, string>) => JSON.stringify(Object.entries(names).sort());
  if (sorted(fast.names) !== sorted(reference.names)) {
    out.push({ sheet: "(names)", cell: "", fast: fast.names, reference: reference.names });
  }
  return out;
}
