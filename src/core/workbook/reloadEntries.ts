import {
  columnOf,
  type ColumnDef,
  ACTIVITY_COLUMNS,
  TARGET_COLUMNS,
  SHEET,
  HEADER_ROW,
  FIRST_DATA_ROW,
} from "./layout";
import { findTable } from "./findTable";
import { rangeAddress } from "./a1";
import { STYLE } from "./sheetStyles";
import type { CellBlock, PlanCell, SheetPlan, WorkbookPlan } from "./workbookPlan";
import { emptySheet } from "./workbookPlan";
import type { SheetSnapshot, SnapshotCell, WorkbookSnapshot } from "./workbookSnapshot";
import { isErrorValue } from "./workbookSnapshot";
import type { WorkbookIndex } from "./buildWorkbookPlan";

/** What a reload did, for the task pane's report. */
export interface ReloadReport {
  /** Rows of the new framework that had no entries before. */
  added: number;
  /** Rows that had entries and exist in the new framework: entries carried over. */
  kept: number;
  /** Rows with entries whose ID no longer exists: moved to `Mục đã bỏ`. */
  removed: number;
  /** The removed IDs, `sheet!id`. */
  removedIds: string[];
}

/** Columns a user (or a coordinator, for `Cách tính`) may have changed, per entry sheet. */
const CARRIED: { sheet: string; columns: ColumnDef[]; keys: string[] }[] = [
  { sheet: SHEET.activities, columns: ACTIVITY_COLUMNS, keys: ["state", "doneDate", "evidence", "note"] },
  { sheet: SHEET.targets, columns: TARGET_COLUMNS, keys: ["kind", "done", "total", "notApplicable", "note"] },
];

/** The columns of `Mục đã bỏ`: where the entry was, and every entry column it may have had. */
const DROPPED_HEADERS = [
  "Trang tính",
  "Mã",
  "Nội dung",
  "Tình trạng",
  "Ngày hoàn thành",
  "Minh chứng",
  "Cách tính",
  "Thực hiện",
  "Tổng số",
  "Không phát sinh",
  "Ghi chú",
] as const;

function isEmpty(cell: SnapshotCell | undefined): boolean {
  if (!cell) return true;
  if (cell.formula) return false;
  return cell.value === null || (typeof cell.value === "string" && cell.value.trim() === "");
}

/** A user's cell, carried over as they left it: a formula they typed stays their formula, everything else a value. */
function toPlanCell(cell: SnapshotCell): PlanCell {
  if (cell.formula) return { formula: cell.formula };
  if (isErrorValue(cell.value)) return { value: cell.value.error };
  return { value: cell.value };
}

function idOf(cell: SnapshotCell | undefined): string {
  const value = cell?.value;
  return typeof value === "string" ? value.trim() : typeof value === "number" ? String(value) : "";
}

interface OldEntry {
  sheet: string;
  id: string;
  content: string;
  cells: Map<string, SnapshotCell>;
}

function readEntries(sheet: SheetSnapshot, columns: ColumnDef[], keys: string[]): OldEntry[] {
  const table = findTable(sheet, columns);
  if (!table) return [];
  const contentKey = columns === ACTIVITY_COLUMNS ? "activity" : "text";
  const entries: OldEntry[] = [];
  for (let r = table.headerRow + 1; r < sheet.rows.length; r++) {
    const row = sheet.rows[r];
    const id = idOf(row[table.columns.id]);
    if (id === "") continue;
    const cells = new Map<string, SnapshotCell>();
    for (const key of keys) {
      const col = table.columns[key];
      if (col >= 0 && !isEmpty(row[col])) cells.set(key, row[col]);
    }
    if (cells.size === 0) continue;
    const contentCol = table.columns[contentKey];
    entries.push({ sheet: sheet.name, id, content: contentCol >= 0 ? idOf(row[contentCol]) : "", cells });
  }
  return entries;
}

function cellAt(sheet: SheetPlan, row: number, col: number): PlanCell | undefined {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < block.cells[r].length) return block.cells[r][c];
  }
  return undefined;
}

function sameValue(planned: PlanCell | undefined, cell: SnapshotCell): boolean {
  return planned !== undefined && planned.formula === undefined && !cell.formula && planned.value === cell.value;
}

function setCell(sheet: SheetPlan, row: number, col: number, cell: PlanCell): boolean {
  for (const block of sheet.blocks) {
    const r = row - block.row;
    const c = col - block.col;
    if (r >= 0 && r < block.cells.length && c >= 0 && c < block.cells[r].length) {
      block.cells[r][c] = cell;
      return true;
    }
  }
  return false;
}

/**
 * Carries every entry of an existing workbook into a freshly built plan, matched by `Mã`, so that
 * loading a new framework updates the structure without losing what people typed. Entries whose ID
 * no longer exists move, with their values, to `Mục đã bỏ` (kept across reloads); nothing is dropped.
 */
export function reloadEntries(
  existing: WorkbookSnapshot,
  plan: WorkbookPlan & { index: WorkbookIndex },
): { plan: WorkbookPlan & { index: WorkbookIndex }; report: ReloadReport } {
  const dropped: PlanCell[][] = [];
  let kept = 0;
  const touched = new Set<string>();
  for (const spec of CARRIED) {
    const old = existing.sheets.find((s) => s.name === spec.sheet);
    const target = plan.sheets.find((s) => s.name === spec.sheet);
    if (!old || !target) continue;
    const rows = spec.sheet === SHEET.activities ? plan.index.activityRows : plan.index.targetRows;
    for (const entry of readEntries(old, spec.columns, spec.keys)) {
      const row = rows.get(entry.id);
      if (row === undefined) {
        dropped.push(droppedLine(entry));
        continue;
      }
      let carried = 0;
      for (const [key, cell] of entry.cells) {
        const col = columnOf(spec.columns, key);
        // Cách tính is prefilled from the framework: only a coordinator's change to it is an entry.
        if (key === "kind" && sameValue(cellAt(target, row, col), cell)) continue;
        setCell(target, row, col, toPlanCell(cell));
        carried++;
      }
      if (carried === 0) continue;
      touched.add(`${spec.sheet}!${entry.id}`);
      kept++;
    }
  }
  const previous = existing.sheets.find((s) => s.name === SHEET.dropped);
  const previousRows = previous ? previous.rows.slice(1).filter((row) => row.some((cell) => !isEmpty(cell))) : [];
  const removedIds = dropped.map((line) => `${String(line[0].value)}!${String(line[1].value)}`);
  const sheets = plan.sheets.filter((s) => s.name !== SHEET.dropped);
  if (dropped.length > 0 || previousRows.length > 0) {
    sheets.push(
      droppedSheet([
        ...previousRows.map((row) => DROPPED_HEADERS.map((_, i) => (row[i] ? toPlanCell(row[i]) : { value: null }))),
        ...dropped,
      ]),
    );
  }
  const total = plan.index.activityRows.size + plan.index.targetRows.size;
  return {
    plan: { ...plan, sheets },
    report: { added: total - touched.size, kept, removed: dropped.length, removedIds },
  };
}

function droppedLine(entry: OldEntry): PlanCell[] {
  const byHeader: Record<string, string> = {
    state: "Tình trạng",
    doneDate: "Ngày hoàn thành",
    evidence: "Minh chứng",
    kind: "Cách tính",
    done: "Thực hiện",
    total: "Tổng số",
    notApplicable: "Không phát sinh",
    note: "Ghi chú",
  };
  const line: PlanCell[] = DROPPED_HEADERS.map(() => ({ value: null }));
  line[0] = { value: entry.sheet };
  line[1] = { value: entry.id };
  line[2] = { value: entry.content };
  for (const [key, cell] of entry.cells) {
    const index = DROPPED_HEADERS.indexOf(byHeader[key] as (typeof DROPPED_HEADERS)[number]);
    if (index >= 0) line[index] = toPlanCell(cell);
  }
  return line;
}

function droppedSheet(lines: PlanCell[][]): SheetPlan {
  const sheet = emptySheet(SHEET.dropped);
  sheet.tabColor = "#C00000";
  const header: CellBlock = { row: 0, col: 0, cells: [DROPPED_HEADERS.map((h) => ({ value: h }))] };
  sheet.blocks.push(header);
  if (lines.length > 0) sheet.blocks.push({ row: 1, col: 0, cells: lines });
  const width = DROPPED_HEADERS.length;
  sheet.styles.push({ range: rangeAddress(0, 0, lines.length + 1, width), style: { ...STYLE.base, ...STYLE.grid } });
  sheet.styles.push({ range: rangeAddress(0, 0, 1, width), style: STYLE.header });
  sheet.styles.push({ range: rangeAddress(1, 4, Math.max(lines.length, 1), 1), style: STYLE.date });
  sheet.columns = [14, 12, 40, 15, 12, 24, 11, 11, 11, 10, 30].map((width) => ({ width }));
  sheet.freeze = { rows: 1, columns: 0 };
  void HEADER_ROW;
  void FIRST_DATA_ROW;
  return sheet;
}
