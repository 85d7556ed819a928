/**
 * Reads a filled tracking workbook (any reader's WorkbookSnapshot) into a TrackingWorkbook. It locates
 * sheets by name, columns by header text and `Thông tin` values by defined name or label, so copies whose
 * columns were moved, whose headers were retyped or whose names were lost still read. It never throws.
 */
import { serialToIso } from "../dates/excelDate";
import { LEVELS, type Level } from "../framework/types";
import { formatMessage } from "../messages/message";
import * as msg from "../messages/validation";
import { activityStatusFromLabel, targetStatusFromLabel } from "../status/statusLabels";
import { matchKey } from "../text/matchKey";
import { cellAddress, columnIndex, columnLetters } from "../workbook/a1";
import { findTable } from "../workbook/findTable";
import {
  ACTIVITY_COLUMNS,
  INFO_NAMES,
  LEVEL_LABELS,
  SHEET,
  TARGET_COLUMNS,
  UNIT_COLUMNS,
  type ActivityColumnKey,
  type ColumnDef,
  type InfoName,
  type TargetColumnKey,
  type UnitColumnKey,
} from "../workbook/layout";
import {
  isErrorValue,
  type SheetSnapshot,
  type SnapshotCell,
  type WorkbookSnapshot,
} from "../workbook/workbookSnapshot";
import { finding, type Finding } from "./finding";
import { parseViDate } from "./parseViDate";
import type {
  ActivityRow,
  ActivityTextKey,
  LocatedSheet,
  SectionRow,
  TargetRow,
  TargetTextKey,
  TrackingCell,
  TrackingInfo,
  TrackingWorkbook,
  UnitRow,
} from "./trackingWorkbook";

/** A section heading's ID: a Roman numeral, optionally with a letter part (`VII.A`). */
const SECTION_ID = /^[IVXLCDM]+(\.[A-Z])?$/;

const ACTIVITY_TEXT_KEYS: readonly ActivityTextKey[] = [
  "section",
  "objective",
  "task",
  "activity",
  "output",
  "lead",
  "partners",
  "deadlineText",
  "funding",
];
const TARGET_TEXT_KEYS: readonly TargetTextKey[] = ["objective", "text", "unitLabel", "comparatorText"];

/** The text a person sees in a cell, trimmed: numbers as digits, booleans as TRUE/FALSE, errors by their code. */
export function cellText(cell: Pick<TrackingCell, "value"> | SnapshotCell | undefined): string {
  const value = cell?.value;
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number") return String(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (isErrorValue(value)) return value.error;
  return "";
}

/** The cell a column key points at, with its address; a missing column gives an empty cell with no address. */
function cellReader(sheet: SheetSnapshot) {
  const letters: string[] = [];
  return (row: number, col: number): TrackingCell => {
    if (col < 0) return { value: null, address: null };
    letters[col] ??= columnLetters(col);
    const address = `${letters[col]}${row + 1}`;
    const cell = sheet.rows[row]?.[col];
    if (!cell) return { value: null, address };
    const out: TrackingCell = { value: cell.value, address };
    if (cell.formula !== undefined) out.formula = cell.formula;
    if (cell.numberFormat !== undefined) out.numberFormat = cell.numberFormat;
    return out;
  };
}

function findSheet(snapshot: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  const exact = snapshot.sheets.find((s) => s.name === name);
  if (exact) return exact;
  const key = matchKey(name);
  return snapshot.sheets.find((s) => matchKey(s.name) === key);
}

function levelOf(label: string): Level | null {
  const key = matchKey(label);
  if (key === "") return null;
  for (const level of LEVELS) {
    if (key === matchKey(LEVEL_LABELS[level]) || key === level) return level;
  }
  return null;
}

function numberOrNull(cell: TrackingCell): number | null {
  return typeof cell.value === "number" && Number.isFinite(cell.value) ? cell.value : null;
}

function isoOfSerial(value: number): string | null {
  try {
    return serialToIso(value);
  } catch {
    return null;
  }
}

/** Locates an entry sheet's table and reports a missing sheet, header row or column. */
function locate<K extends string>(
  snapshot: WorkbookSnapshot,
  name: string,
  columns: ColumnDef<K>[],
  problems: Finding[],
): { sheet: SheetSnapshot; located: LocatedSheet<K> } | null {
  const sheet = findSheet(snapshot, name);
  if (!sheet) {
    problems.push(
      finding("structure.sheetMissing", formatMessage(msg.structureSheetMissing, { sheet: name }), null, null, null),
    );
    return null;
  }
  const table = findTable(sheet, columns);
  if (!table) {
    problems.push(
      finding(
        "structure.headerMissing",
        formatMessage(msg.structureHeaderMissing, { sheet: sheet.name, header: columns[0].header }),
        sheet.name,
        null,
        null,
      ),
    );
    return null;
  }
  for (const column of columns) {
    if (table.columns[column.key] >= 0) continue;
    problems.push(
      finding(
        "structure.columnMissing",
        formatMessage(msg.structureColumnMissing, {
          where: `${sheet.name}!${cellAddress(table.headerRow, 0)}`,
          header: column.header,
          english: column.english,
          row: table.headerRow + 1,
        }),
        sheet.name,
        cellAddress(table.headerRow, 0),
        null,
      ),
    );
  }
  return { sheet, located: { name: sheet.name, headerRow: table.headerRow, columns: table.columns } };
}

/** Reads every column of one data row. */
function readCells<K extends string>(
  read: (row: number, col: number) => TrackingCell,
  columns: ColumnDef<K>[],
  located: LocatedSheet<K>,
  row: number,
): Record<K, TrackingCell> {
  const cells = {} as Record<K, TrackingCell>;
  for (const column of columns) cells[column.key] = read(row, located.columns[column.key]);
  return cells;
}

/** True when any cell of the row other than column `skip` holds something. */
function rowHasContent(row: SnapshotCell[] | undefined, skip: number): boolean {
  if (!row) return false;
  return row.some((cell, col) => col !== skip && (cell.formula !== undefined || cellText(cell) !== ""));
}

interface EntrySheetRows<R> {
  items: R[];
  sections: SectionRow[];
}

/**
 * Walks the data rows of an entry sheet: section headings, item rows (by ID), and rows that lost their
 * ID or repeat one (reported). `contentKey` is the column that is empty on a section heading.
 */
function walkRows<K extends "id" | string, R extends { id: string; row: number }>(
  sheet: SheetSnapshot,
  located: LocatedSheet<K>,
  columns: ColumnDef<K>[],
  contentKey: K,
  titleKey: K,
  makeItem: (id: string, row: number, cells: Record<K, TrackingCell>) => R,
  problems: Finding[],
): EntrySheetRows<R> {
  const read = cellReader(sheet);
  const idCol = located.columns["id" as K];
  const items: R[] = [];
  const sections: SectionRow[] = [];
  const firstRow = new Map<string, number>();
  for (let r = located.headerRow + 1; r < sheet.rows.length; r++) {
    const id = cellText(sheet.rows[r][idCol]);
    if (id === "") {
      if (rowHasContent(sheet.rows[r], idCol)) {
        const where = `${sheet.name}!${cellAddress(r, idCol)}`;
        problems.push(
          finding(
            "structure.idMissing",
            formatMessage(msg.structureIdEmpty, { where }),
            sheet.name,
            cellAddress(r, idCol),
            null,
          ),
        );
      }
      continue;
    }
    const contentCol = located.columns[contentKey];
    const content = contentCol >= 0 ? cellText(sheet.rows[r][contentCol]) : "";
    if (SECTION_ID.test(id) && content === "") {
      const titleCol = located.columns[titleKey];
      sections.push({ id, row: r, title: titleCol >= 0 ? cellText(sheet.rows[r][titleCol]) : "" });
      continue;
    }
    const seen = firstRow.get(id);
    if (seen !== undefined) {
      const address = cellAddress(r, idCol);
      problems.push(
        finding(
          "structure.idDuplicate",
          formatMessage(msg.structureIdDuplicate, { where: `${sheet.name}!${address}`, id, firstRow: seen + 1 }),
          sheet.name,
          address,
          id,
        ),
      );
    } else {
      firstRow.set(id, r);
    }
    items.push(makeItem(id, r, readCells(read, columns, located, r)));
  }
  return { items, sections };
}

function activityRow(id: string, row: number, cells: Record<ActivityColumnKey, TrackingCell>): ActivityRow {
  const texts = {} as Record<ActivityTextKey, string>;
  for (const key of ACTIVITY_TEXT_KEYS) texts[key] = cellText(cells[key]);
  const due = numberOrNull(cells.due);
  const shownLabel = cellText(cells.status) || null;
  return {
    id,
    row,
    cells,
    texts,
    responsibility: cellText(cells.responsibility),
    due: due === null ? null : isoOfSerial(due),
    deadlineKind: cellText(cells.deadlineKind),
    shownStatus: shownLabel === null ? null : (activityStatusFromLabel(shownLabel) ?? null),
    shownLabel,
  };
}

function targetRow(id: string, row: number, cells: Record<TargetColumnKey, TrackingCell>): TargetRow {
  const texts = {} as Record<TargetTextKey, string>;
  for (const key of TARGET_TEXT_KEYS) texts[key] = cellText(cells[key]);
  const shownLabel = cellText(cells.status) || null;
  return {
    id,
    row,
    cells,
    texts,
    responsibility: cellText(cells.responsibility),
    measure: cellText(cells.measure),
    comparator: cellText(cells.comparator),
    aggregate: cellText(cells.aggregate),
    kind: cellText(cells.kind),
    target: numberOrNull(cells.target),
    max: numberOrNull(cells.max),
    shownResult: numberOrNull(cells.result),
    shownStatus: shownLabel === null ? null : (targetStatusFromLabel(shownLabel) ?? null),
    shownLabel,
  };
}

/** `'Thông tin'!$B$6` → the sheet name and 0-based cell; undefined for anything else (several areas: the first). */
function parseNameRef(ref: string): { sheet: string; row: number; col: number } | undefined {
  const first = ref.split(",")[0].trim().replace(/^=/, "");
  const match = /^(?:'((?:[^']|'')+)'|([^!'"]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\S+)?$/.exec(first);
  if (!match) return undefined;
  const sheet = match[1] !== undefined ? match[1].replace(/''/g, "'") : match[2];
  return { sheet, row: Number(match[4]) - 1, col: columnIndex(match[3]) };
}

function readInfo(snapshot: WorkbookSnapshot, infoSheet: SheetSnapshot | undefined): TrackingInfo {
  const cells = {} as Record<InfoName, TrackingCell>;
  const labelRows = new Map<string, number>();
  if (infoSheet) {
    infoSheet.rows.forEach((row, r) => {
      const label = matchKey(cellText(row[0]).split("/")[0]);
      if (label !== "" && !labelRows.has(label)) labelRows.set(label, r);
    });
  }
  for (const item of INFO_NAMES) {
    const ref = snapshot.names[item.name] ?? findNameIgnoringCase(snapshot.names, item.name);
    const target = ref === undefined ? undefined : parseNameRef(ref);
    const sheet = target ? findSheet(snapshot, target.sheet) : undefined;
    if (target && sheet) {
      cells[item.name] = { ...cellReader(sheet)(target.row, target.col), sheet: sheet.name };
      continue;
    }
    const row = labelRows.get(matchKey(item.label));
    cells[item.name] =
      infoSheet && row !== undefined
        ? { ...cellReader(infoSheet)(row, 1), sheet: infoSheet.name }
        : { value: null, address: null };
  }
  const text = (name: InfoName) => cellText(cells[name]) || null;
  const asOfCell = cells.NgayBaoCao;
  let asOf: string | null = null;
  if (typeof asOfCell.value === "number") asOf = isoOfSerial(asOfCell.value);
  else if (typeof asOfCell.value === "string") asOf = parseViDate(asOfCell.value)?.iso ?? null;
  const yearText = cellText(cells.NamKeHoach);
  const year = /^\d{4}$/.test(yearText) && Number(yearText) >= 1901 ? Number(yearText) : null;
  const levelLabel = text("CapDonVi");
  const unit = text("DonVi");
  return {
    unit,
    levelLabel,
    level: levelLabel === null ? null : levelOf(levelLabel),
    period: text("KyBaoCao"),
    asOf,
    year,
    frameworkId: text("MaKhung"),
    frameworkVersion: text("PhienBanKhung"),
    formatVersion: text("PhienBanDinhDang"),
    judgeAll: unit === null,
    cells,
  };
}

function findNameIgnoringCase(names: Record<string, string>, name: string): string | undefined {
  const key = name.toLowerCase();
  const found = Object.keys(names).find((n) => n.toLowerCase() === key);
  return found === undefined ? undefined : names[found];
}

function readUnits(sheet: SheetSnapshot, located: LocatedSheet<UnitColumnKey>): UnitRow[] {
  const read = cellReader(sheet);
  const units: UnitRow[] = [];
  for (let r = located.headerRow + 1; r < sheet.rows.length; r++) {
    const cells = readCells(read, UNIT_COLUMNS, located, r);
    const name = cellText(cells.name);
    if (name === "") continue;
    const levelLabel = cellText(cells.level);
    units.push({
      row: r,
      name,
      levelLabel,
      level: levelOf(levelLabel),
      aliases: cellText(cells.aliases)
        .split(";")
        .map((a) => a.trim())
        .filter((a) => a !== ""),
      cells,
    });
  }
  return units;
}

/**
 * Reads a tracking workbook snapshot into typed rows and `Thông tin` values, with the structural problems
 * met on the way (missing sheets, header rows and columns; rows whose ID was deleted or repeats). Pure and
 * linear in the number of cells, so consolidation can read hundreds of returned workbooks with it.
 */
export function readTrackingWorkbook(snapshot: WorkbookSnapshot): TrackingWorkbook {
  const problems: Finding[] = [];
  const infoSheet = findSheet(snapshot, SHEET.info);
  if (!infoSheet) {
    problems.push(
      finding(
        "structure.sheetMissing",
        formatMessage(msg.structureSheetMissing, { sheet: SHEET.info }),
        null,
        null,
        null,
      ),
    );
  }
  const activitiesAt = locate(snapshot, SHEET.activities, ACTIVITY_COLUMNS, problems);
  const targetsAt = locate(snapshot, SHEET.targets, TARGET_COLUMNS, problems);
  const unitsAt = locate(snapshot, SHEET.units, UNIT_COLUMNS, problems);
  const activities = activitiesAt
    ? walkRows(activitiesAt.sheet, activitiesAt.located, ACTIVITY_COLUMNS, "activity", "section", activityRow, problems)
    : { items: [], sections: [] };
  const targets = targetsAt
    ? walkRows(targetsAt.sheet, targetsAt.located, TARGET_COLUMNS, "text", "objective", targetRow, problems)
    : { items: [], sections: [] };
  return {
    info: readInfo(snapshot, infoSheet),
    sheets: {
      info: infoSheet?.name ?? null,
      activities: activitiesAt?.located ?? null,
      targets: targetsAt?.located ?? null,
      units: unitsAt?.located ?? null,
    },
    activities: activities.items,
    targets: targets.items,
    sections: { activities: activities.sections, targets: targets.sections },
    units: unitsAt ? readUnits(unitsAt.sheet, unitsAt.located) : [],
    usable: activitiesAt !== null || targetsAt !== null,
    problems,
  };
}
