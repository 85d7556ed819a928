/**
 * Test support: a tracking workbook snapshot exactly as buildWorkbookPlan writes it for the embedded
 * Hà Tĩnh 2024 framework, with helpers to find an item's cell and to poke values into it, so tests
 * state only what they change.
 */
import { HA_TINH_2024_FRAMEWORK } from "../../framework/embeddedFramework";
import { HA_TINH_2024_UNITS } from "../../framework/units";
import type { Activity, Target, Unit } from "../../framework/types";
import { cellAddress } from "../../workbook/a1";
import { buildWorkbookPlan, type WorkbookIndex } from "../../workbook/buildWorkbookPlan";
import {
  ACTIVITY_COLUMNS,
  INFO_FIRST_ROW,
  INFO_NAMES,
  SHEET,
  TARGET_COLUMNS,
  columnOf,
  type ActivityColumnKey,
  type InfoName,
  type TargetColumnKey,
} from "../../workbook/layout";
import { planToSnapshot } from "../../workbook/planToSnapshot";
import type { SnapshotCell, SnapshotValue, WorkbookSnapshot } from "../../workbook/workbookSnapshot";

export const FRAMEWORK = HA_TINH_2024_FRAMEWORK;
export const UNITS = HA_TINH_2024_UNITS;

export interface FixtureOptions {
  unit?: Unit;
  period?: string;
  asOf?: string;
}

const built = new Map<string, { snapshot: WorkbookSnapshot; index: WorkbookIndex }>();

function build(options: FixtureOptions) {
  const key = JSON.stringify([options.unit?.name ?? "", options.period ?? "2024-H1", options.asOf ?? ""]);
  let entry = built.get(key);
  if (!entry) {
    const plan = buildWorkbookPlan({
      framework: FRAMEWORK,
      units: UNITS,
      unit: options.unit,
      period: options.period ?? "2024-H1",
      asOf: options.asOf,
    });
    entry = { snapshot: planToSnapshot(plan), index: plan.index };
    built.set(key, entry);
  }
  return { snapshot: structuredClone(entry.snapshot), index: entry.index };
}

export type Poke = SnapshotValue | SnapshotCell;

function toCell(poke: Poke): SnapshotCell {
  return poke !== null && typeof poke === "object" && "value" in poke ? { ...poke } : { value: poke };
}

/** A fresh copy of the built workbook, with cell helpers addressing items by ID and columns by key. */
export class TrackingFixture {
  readonly snapshot: WorkbookSnapshot;
  private readonly index: WorkbookIndex;

  constructor(options: FixtureOptions = {}) {
    const { snapshot, index } = build(options);
    this.snapshot = snapshot;
    this.index = index;
  }

  sheet(name: string) {
    const sheet = this.snapshot.sheets.find((s) => s.name === name);
    if (!sheet) throw new Error(`No sheet ${name}`);
    return sheet;
  }

  /** Writes a cell (0-based), growing the dense rows as needed. */
  setAt(sheetName: string, row: number, col: number, poke: Poke): void {
    const sheet = this.sheet(sheetName);
    const width = Math.max(col + 1, sheet.rows[0]?.length ?? 0);
    while (sheet.rows.length <= row) sheet.rows.push([]);
    for (const r of sheet.rows) while (r.length < width) r.push({ value: null });
    sheet.rows[row][col] = toCell(poke);
  }

  activityRow(id: string): number {
    const row = this.index.activityRows.get(id);
    if (row === undefined) throw new Error(`No activity ${id}`);
    return row;
  }

  targetRow(id: string): number {
    const row = this.index.targetRows.get(id);
    if (row === undefined) throw new Error(`No target ${id}`);
    return row;
  }

  /** The A1 address of an activity's cell. */
  activityCell(id: string, key: ActivityColumnKey): string {
    return cellAddress(this.activityRow(id), columnOf(ACTIVITY_COLUMNS, key));
  }

  targetCell(id: string, key: TargetColumnKey): string {
    return cellAddress(this.targetRow(id), columnOf(TARGET_COLUMNS, key));
  }

  infoCell(name: InfoName): string {
    return cellAddress(INFO_FIRST_ROW + INFO_NAMES.findIndex((n) => n.name === name), 1);
  }

  activity(id: string, key: ActivityColumnKey, poke: Poke): this {
    this.setAt(SHEET.activities, this.activityRow(id), columnOf(ACTIVITY_COLUMNS, key), poke);
    return this;
  }

  target(id: string, key: TargetColumnKey, poke: Poke): this {
    this.setAt(SHEET.targets, this.targetRow(id), columnOf(TARGET_COLUMNS, key), poke);
    return this;
  }

  info(name: InfoName, poke: Poke): this {
    this.setAt(SHEET.info, INFO_FIRST_ROW + INFO_NAMES.findIndex((n) => n.name === name), 1, poke);
    return this;
  }
}

function allActivities(): Activity[] {
  return FRAMEWORK.sections.flatMap((s) => s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities)));
}

function allTargets(): Target[] {
  return FRAMEWORK.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets));
}

/** The first activity with a dated deadline inside the window, so tests do not depend on one ID. */
export function datedActivity(from: string, to: string): Activity {
  const found = allActivities().find(
    (a) => a.deadline.kind === "date" && a.deadline.due !== null && a.deadline.due >= from && a.deadline.due <= to,
  );
  if (!found) throw new Error(`No activity due ${from}…${to}`);
  return found;
}

/** Another activity than `other`, for rows that must differ. */
export function otherActivity(other: Activity): Activity {
  const found = allActivities().find((a) => a.id !== other.id);
  if (!found) throw new Error("Only one activity");
  return found;
}

/** The first target matching the predicate. */
export function targetWhere(predicate: (t: Target) => boolean): Target {
  const found = allTargets().find(predicate);
  if (!found) throw new Error("No target matches");
  return found;
}
