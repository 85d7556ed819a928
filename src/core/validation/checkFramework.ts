/**
 * Compares a workbook's rows with the framework it was made from: every framework item has its row,
 * no row has an ID the framework does not know, and the framework columns still say what the framework
 * says. Columns the statuses are computed from (due dates, deadline kinds, target values, comparators,
 * measures, Trách nhiệm) are errors when edited; texts are warnings.
 */
import type { Framework, Unit } from "../framework/types";
import type { Language } from "../messages/message";
import * as msg from "../messages/validation";
import { matchKey } from "../text/matchKey";
import { normalizeText } from "../text/normalizeText";
import { ACTIVITY_COLUMNS, TARGET_COLUMNS, type ColumnDef } from "../workbook/layout";
import type { WorkbookUnit } from "../workbook/responsibility";
import { isBlankValue, showDate } from "./checkEntryCell";
import { expectedFrameworkRows, type ExpectedRow } from "./expectedFrameworkRows";
import type { FindingSink } from "./findingSink";
import { formatFigure } from "./formatFigure";
import type { TrackingCell, TrackingWorkbook } from "./trackingWorkbook";

/** Columns whose values the status rules read: an edit there changes statuses. */
const VALUE_KEYS = new Set<string>([
  "due",
  "deadlineKind",
  "responsibility",
  "target",
  "comparator",
  "max",
  "measure",
  "aggregate",
]);

// Characters an .xlsx file cannot store; the writer drops them, so the comparison does too.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

function normal(text: string): string {
  return normalizeText(text.replace(CONTROL, ""));
}

function sameValue(expected: string | number, cell: TrackingCell): boolean {
  if (expected === "") return isBlankValue(cell);
  if (typeof expected === "number") {
    const actual = cell.value;
    return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
  }
  const actual = cell.value;
  if (typeof actual === "string") return actual === expected || normal(actual) === normal(expected);
  if (typeof actual === "number") return normal(String(actual)) === normal(expected);
  return false;
}

function show(value: unknown, key: string, language: Language): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "number") return key === "due" ? showDate(value) : formatFigure(value, language);
  if (typeof value === "object" && "error" in value) return String((value as { error: unknown }).error);
  const text = normal(String(value));
  return text.length > 60 ? `${text.slice(0, 59)}…` : text;
}

/** The units list the workbook carries (rows with a known level), else the one given, else none. */
function unitsOf(tracking: TrackingWorkbook, fallback: Unit[] | undefined): Unit[] | null {
  if (tracking.sheets.units) {
    return tracking.units.flatMap((u) => (u.level ? [{ name: u.name, level: u.level, aliases: u.aliases }] : []));
  }
  return fallback ?? null;
}

function compareSheet<K extends string>(
  sheet: string,
  columns: ColumnDef<string>[],
  rows: { id: string; cells: Record<string, TrackingCell> }[],
  expected: Map<string, ExpectedRow<K>>,
  frameworkId: string,
  sink: FindingSink,
): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const idCell = row.cells.id;
    const want = expected.get(row.id);
    if (!want) {
      sink.add(
        "structure.idUnknown",
        msg.structureIdUnknown,
        { sheet, address: idCell.address, id: row.id },
        {
          id: row.id,
          frameworkId,
        },
      );
      continue;
    }
    if (seen.has(row.id)) continue;
    seen.add(row.id);
    for (const [key, value] of Object.entries(want.values) as [string, string | number][]) {
      const cell = row.cells[key];
      if (!cell || cell.address === null || sameValue(value, cell)) continue;
      const column = columns.find((c) => c.key === key)?.header ?? key;
      const code = VALUE_KEYS.has(key) ? "structure.frameworkValueEdited" : "structure.frameworkEdited";
      const template = VALUE_KEYS.has(key) ? msg.structureFrameworkValueEdited : msg.structureFrameworkEdited;
      sink.add(
        code,
        template,
        { sheet, address: cell.address, id: row.id },
        { column },
        {
          vi: { expected: show(value, key, "vi"), actual: show(cell.value, key, "vi") },
          en: { expected: show(value, key, "en"), actual: show(cell.value, key, "en") },
        },
      );
    }
  }
  const missing = [...expected.entries()].filter(([id]) => !seen.has(id)).sort((a, b) => a[1].order - b[1].order);
  for (const [id] of missing) {
    sink.add("structure.idMissing", msg.structureIdMissing, { sheet, address: null, id }, { sheet, id });
  }
}

/**
 * Flags rows missing from or unknown to the framework and edited framework cells. Trách nhiệm is derived
 * from the workbook's own units list (or `fallbackUnits` when the workbook has none); it is left out when
 * the workbook's unit has no known level.
 */
export function checkFramework(
  tracking: TrackingWorkbook,
  framework: Framework,
  fallbackUnits: Unit[] | undefined,
  sink: FindingSink,
): void {
  let units = unitsOf(tracking, fallbackUnits);
  let unit: WorkbookUnit | undefined;
  const name = tracking.info.unit;
  if (name !== null) {
    const key = matchKey(name);
    const level = tracking.info.level ?? units?.find((u) => matchKey(u.name) === key)?.level ?? null;
    if (level === null) units = null;
    else unit = { name, level };
  }
  const expected = expectedFrameworkRows(framework, unit, units);
  const activities = tracking.sheets.activities;
  if (activities) {
    compareSheet(activities.name, ACTIVITY_COLUMNS, tracking.activities, expected.activities, framework.id, sink);
  }
  const targets = tracking.sheets.targets;
  if (targets) compareSheet(targets.name, TARGET_COLUMNS, tracking.targets, expected.targets, framework.id, sink);
}
