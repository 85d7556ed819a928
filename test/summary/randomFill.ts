/**
 * Random fills of a tracking workbook plan, as staff would type them: states, completion dates (also after the
 * due date, or text), notes, figures (counts, numerators with a denominator, percentages, fractions, text,
 * negatives), "x" for not applicable. The entries go into the plan's own cells, so the same fill can be
 * written to .xlsx for LibreOffice or read back through planToSnapshot.
 */
import fc from "fast-check";
import { dateToSerial } from "../../src/core/dates/excelDate";
import {
  ACTIVITY_COLUMNS,
  ACTIVITY_STATES,
  SHEET,
  TARGET_COLUMNS,
  columnOf,
  type ActivityColumnKey,
  type TargetColumnKey,
} from "../../src/core/workbook/layout";
import type { WorkbookIndex } from "../../src/core/workbook/buildWorkbookPlan";
import type { CellValue, WorkbookPlan } from "../../src/core/workbook/workbookPlan";

export interface ActivityEntry {
  state: CellValue;
  doneDate: CellValue;
  note: CellValue;
}
export interface TargetEntry {
  done: CellValue;
  total: CellValue;
  notApplicable: CellValue;
  note: CellValue;
}
export interface Fill {
  activities: ActivityEntry[];
  targets: TargetEntry[];
}

const YEAR = 2024;

function dayOf(year: number): fc.Arbitrary<number> {
  return fc.integer({ min: dateToSerial(year - 1, 12, 1), max: dateToSerial(year, 12, 31) });
}

const note = fc.oneof(
  { weight: 3, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.constantFrom("Chờ hướng dẫn của Bộ Nội vụ", "Thiếu kinh phí", '=SUM("lý do")') },
);

export const activityEntry: fc.Arbitrary<ActivityEntry> = fc.record({
  state: fc.oneof(
    { weight: 2, arbitrary: fc.constant(null) },
    { weight: 6, arbitrary: fc.constantFrom<CellValue>(...ACTIVITY_STATES) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>("Đã hoàn thành", "hoàn thành ", "xong") },
  ),
  doneDate: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 4, arbitrary: dayOf(YEAR) },
    { weight: 1, arbitrary: fc.constant<CellValue>("15/03/2024") },
  ),
  note,
});

export const targetEntry: fc.Arbitrary<TargetEntry> = fc.record({
  done: fc.oneof(
    { weight: 3, arbitrary: fc.constant(null) },
    { weight: 5, arbitrary: fc.integer({ min: 0, max: 150 }) },
    { weight: 2, arbitrary: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => Math.round(x * 100) / 100) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>("12", "2,5", -3, true) },
  ),
  total: fc.oneof(
    { weight: 4, arbitrary: fc.constant(null) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: 200 }) },
  ),
  notApplicable: fc.oneof(
    { weight: 8, arbitrary: fc.constant(null) },
    { weight: 1, arbitrary: fc.constantFrom<CellValue>("x", "X", "có") },
  ),
  note,
});

/** A fill for a workbook with the given numbers of activity and target rows. */
export function fillArbitrary(activities: number, targets: number): fc.Arbitrary<Fill> {
  return fc.record({
    activities: fc.array(activityEntry, { minLength: activities, maxLength: activities }),
    targets: fc.array(targetEntry, { minLength: targets, maxLength: targets }),
  });
}

/** One reproducible fill. */
export function sampleFill(activities: number, targets: number, seed: number): Fill {
  return fc.sample(fillArbitrary(activities, targets), { seed, numRuns: 1 })[0];
}

function setCell(plan: WorkbookPlan, sheetName: string, row: number, col: number, value: CellValue): void {
  const sheet = plan.sheets.find((s) => s.name === sheetName);
  if (!sheet) throw new Error(`No sheet ${sheetName}`);
  const block = sheet.blocks.find(
    (b) => row >= b.row && row < b.row + b.cells.length && col >= b.col && col < b.col + (b.cells[0]?.length ?? 0),
  );
  if (!block) throw new Error(`No block holds ${sheetName} ${row}:${col}`);
  block.cells[row - block.row][col - block.col] = { value };
}

/** Writes the fill into the plan's entry cells, in framework order (the plan's index gives each row). */
export function applyFill(plan: WorkbookPlan & { index: WorkbookIndex }, fill: Fill): void {
  const a = (key: ActivityColumnKey) => columnOf(ACTIVITY_COLUMNS, key);
  const t = (key: TargetColumnKey) => columnOf(TARGET_COLUMNS, key);
  [...plan.index.activityRows.values()].forEach((row, i) => {
    const entry = fill.activities[i];
    if (!entry) return;
    setCell(plan, SHEET.activities, row, a("state"), entry.state);
    setCell(plan, SHEET.activities, row, a("doneDate"), entry.doneDate);
    setCell(plan, SHEET.activities, row, a("note"), entry.note);
  });
  [...plan.index.targetRows.values()].forEach((row, i) => {
    const entry = fill.targets[i];
    if (!entry) return;
    setCell(plan, SHEET.targets, row, t("done"), entry.done);
    setCell(plan, SHEET.targets, row, t("total"), entry.total);
    setCell(plan, SHEET.targets, row, t("notApplicable"), entry.notApplicable);
    setCell(plan, SHEET.targets, row, t("note"), entry.note);
  });
}
