/**
 * Test support: a small hand-made framework and units list whose figures tests can work out by hand, and
 * builders for submissions — as typed objects (for the arithmetic) or as the snapshot of a real unit
 * workbook with entries typed in (for the whole path through validation).
 */
import { isoToSerial } from "../../dates/excelDate";
import type { Activity, Framework, Level, Target, Unit } from "../../framework/types";
import type { CellValue } from "../../status/cellValue";
import { buildWorkbookPlan } from "../../workbook/buildWorkbookPlan";
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
import type { SnapshotValue, WorkbookSnapshot } from "../../workbook/workbookSnapshot";
import type { ActivityEntry, Submission, TargetEntry } from "../submission";

function target(partial: Partial<Target> & Pick<Target, "id" | "measure" | "value" | "reporters">): Target {
  return {
    objectiveId: "I.1",
    text: `Chỉ tiêu ${partial.id}`,
    comparator: "atLeast",
    direction: "increase",
    unitLabel: partial.measure === "percent" ? "%" : "đơn vị",
    kind: "level",
    ...partial,
  };
}

function activity(id: string, reporters: Activity["reporters"], due: string | null, lead: string): Activity {
  return {
    id,
    number: id.split(":")[1],
    text: `Hoạt động ${id}`,
    output: "",
    lead,
    partners: "",
    reporters,
    deadline: due === null ? { text: "Thường xuyên", due: null, kind: "ongoing" } : { text: due, due, kind: "date" },
    funding: "",
  };
}

/**
 * I.1 ratio by level (90/80/70, plan 80), all units; I.2 a rate typed directly by districts (50); I.3 a
 * count summed over districts (13); I.4 a rate held by Sở Nội vụ alone (35); I.5 a count summed over
 * departments and districts (3). Activities: I:3.1 by Sở Nội vụ due 31/03, I:3.2 by districts due 31/05,
 * I:3.3 ongoing by every unit.
 */
export const SMALL_FRAMEWORK: Framework = {
  id: "test-framework",
  title: "Kế hoạch thử nghiệm tỉnh Thử Nghiệm năm 2024",
  year: 2024,
  version: "v-small-1",
  mainTargets: [],
  sections: [
    {
      id: "I",
      title: "CẢI CÁCH THỬ NGHIỆM",
      objectives: [
        {
          id: "I.1",
          number: "1",
          text: "Mục tiêu thử nghiệm",
          targets: [
            target({
              id: "I.1",
              measure: "percent",
              value: 80,
              levels: { province: 90, district: 80, commune: 70 },
              reporters: [{ kind: "category", level: "all" }],
            }),
            target({ id: "I.2", measure: "percent", value: 50, reporters: [{ kind: "category", level: "district" }] }),
            target({
              id: "I.3",
              measure: "count",
              value: 13,
              aggregate: "sum",
              reporters: [{ kind: "category", level: "district" }],
            }),
            target({ id: "I.4", measure: "percent", value: 35, reporters: [{ kind: "unit", name: "SNV" }] }),
            target({
              id: "I.5",
              measure: "count",
              value: 3,
              aggregate: "sum",
              reporters: [
                { kind: "category", level: "province" },
                { kind: "category", level: "district" },
              ],
            }),
          ],
          tasks: [
            {
              id: "I.1:2.1",
              number: "2.1",
              text: "Nhiệm vụ thử nghiệm",
              activities: [
                activity("I:3.1", [{ kind: "unit", name: "Sở Nội vụ" }], "2024-03-31", "Sở Nội vụ"),
                activity("I:3.2", [{ kind: "category", level: "district" }], "2024-05-31", "UBND cấp huyện"),
                activity("I:3.3", [{ kind: "category", level: "all" }], null, "Các cơ quan, đơn vị"),
              ],
            },
          ],
        },
      ],
    },
  ],
};

export const SMALL_UNITS: Unit[] = [
  { name: "Sở Nội vụ", level: "province", aliases: ["SNV"] },
  { name: "Sở Tư pháp", level: "province", aliases: ["STP"] },
  { name: "UBND huyện A", level: "district", aliases: [] },
  { name: "UBND huyện B", level: "district", aliases: [] },
  { name: "UBND huyện C", level: "district", aliases: [] },
  { name: "UBND xã X", level: "commune", aliases: [] },
  { name: "UBND xã Y", level: "commune", aliases: [] },
  { name: "UBND xã Z", level: "commune", aliases: [] },
];

/** Thực hiện, Tổng số, Không phát sinh. */
export type TargetFill = [done: CellValue, total?: CellValue, notApplicable?: CellValue, note?: string];
/** Tình trạng, Ngày hoàn thành (ISO). */
export type ActivityFill = [state: CellValue, doneDate?: string];

export interface SubmissionSpec {
  unit: string;
  level?: Level;
  file?: string;
  lastModified?: number;
  period?: string | null;
  targets?: Record<string, TargetFill>;
  activities?: Record<string, ActivityFill>;
  excluded?: string[];
  inList?: boolean;
}

/** A Submission as toSubmission would make it, from a compact description. */
export function submission(spec: SubmissionSpec): Submission {
  const listed = SMALL_UNITS.find((u) => u.name === spec.unit);
  const targets = new Map<string, TargetEntry>();
  let row = 3;
  for (const [id, [done, total = null, notApplicable = null, note = ""]] of Object.entries(spec.targets ?? {})) {
    targets.set(id, { id, row: row++, done, total, notApplicable, note, cell: `I${row}` });
  }
  const activities = new Map<string, ActivityEntry>();
  for (const [id, [state, date]] of Object.entries(spec.activities ?? {})) {
    activities.set(id, {
      id,
      row: row++,
      state,
      doneDate: date === undefined ? null : isoToSerial(date),
      evidence: date === undefined ? "" : "Số 1/QĐ",
      note: "",
      cell: `M${row}`,
    });
  }
  const file = spec.file ?? `${spec.unit}.xlsx`;
  return {
    file,
    lastModified: spec.lastModified ?? 1_718_000_000_000,
    unit: spec.unit,
    unitAsWritten: spec.unit,
    level: spec.level ?? listed?.level ?? "commune",
    inList: spec.inList ?? listed !== undefined,
    period: spec.period === undefined ? "2024-H1" : spec.period,
    frameworkId: SMALL_FRAMEWORK.id,
    frameworkVersion: SMALL_FRAMEWORK.version,
    targets,
    activities,
    excluded: (spec.excluded ?? []).map((id) => ({
      id,
      sheet: "Chỉ tiêu",
      cell: "I5",
      code: "number.notNumber",
      message: { vi: `lỗi ${id}`, en: `error ${id}` },
    })),
    notes: [],
    fingerprint: `${file}|${JSON.stringify(spec)}`,
  };
}

/**
 * The returns of the worked example the tests compute by hand (see SMALL_FRAMEWORK for the targets):
 * seven units, huyện A twice (the later copy wins), Sở Tư pháp also for Quý I (rejected), xã Z missing.
 */
export function workedExample(): Submission[] {
  return [
    submission({
      unit: "Sở Nội vụ",
      targets: { "I.1": [45, 50], "I.4": [36, 100, null, '=HYPERLINK("http://example.invalid","x")'], "I.5": [1] },
      activities: { "I:3.1": ["Hoàn thành", "2024-04-10"], "I:3.3": ["Đang thực hiện"] },
    }),
    submission({ unit: "Sở Tư pháp", targets: { "I.1": [40, 50], "I.2": [99], "I.5": [1] } }),
    submission({
      unit: "UBND huyện A",
      file: "a-new.xlsx",
      lastModified: 2000,
      targets: { "I.1": [30, 40], "I.2": [60], "I.3": [5], "I.5": [1] },
      activities: { "I:3.2": ["Hoàn thành", "2024-05-01"] },
    }),
    submission({
      unit: "UBND huyện A",
      file: "a-old.xlsx",
      lastModified: 1000,
      targets: { "I.1": [1, 40], "I.2": [10], "I.3": [1] },
    }),
    submission({
      unit: "UBND huyện B",
      targets: { "I.1": [90, 100], "I.2": [40], "I.3": [4], "I.5": [0] },
      activities: { "I:3.2": ["Đang thực hiện"] },
    }),
    submission({ unit: "UBND huyện C", targets: { "I.1": [null, null, "x"], "I.2": [0.5], "I.3": [3] } }),
    submission({ unit: "UBND xã X", targets: { "I.1": [14, 20] } }),
    submission({ unit: "UBND xã Y" }),
    submission({ unit: "Sở Tư pháp", file: "stp-q1.xlsx", period: "2024-Q1", targets: { "I.1": [1, 1] } }),
  ];
}

export interface WorkbookSpec {
  unit?: Unit;
  period?: string;
  framework?: Framework;
  units?: Unit[];
  targets?: Record<string, Partial<Record<TargetColumnKey, SnapshotValue>>>;
  activities?: Record<string, Partial<Record<ActivityColumnKey, SnapshotValue>>>;
  info?: Partial<Record<InfoName, SnapshotValue>>;
}

/** The snapshot of a unit workbook built by buildWorkbookPlan, with entries typed into it. */
export function unitWorkbook(spec: WorkbookSpec): WorkbookSnapshot {
  const framework = spec.framework ?? SMALL_FRAMEWORK;
  const plan = buildWorkbookPlan({
    framework,
    units: spec.units ?? SMALL_UNITS,
    unit: spec.unit,
    period: spec.period ?? "2024-H1",
  });
  const snapshot = planToSnapshot(plan);
  const set = (sheetName: string, row: number, col: number, value: SnapshotValue) => {
    const sheet = snapshot.sheets.find((s) => s.name === sheetName);
    if (!sheet) throw new Error(`No sheet ${sheetName}`);
    while (sheet.rows.length <= row) sheet.rows.push([]);
    const width = Math.max(col + 1, sheet.rows[0].length);
    for (const r of sheet.rows) while (r.length < width) r.push({ value: null });
    sheet.rows[row][col] = { value };
  };
  for (const [id, cells] of Object.entries(spec.targets ?? {})) {
    const row = plan.index.targetRows.get(id);
    if (row === undefined) throw new Error(`No target ${id}`);
    for (const [key, value] of Object.entries(cells)) {
      set(SHEET.targets, row, columnOf(TARGET_COLUMNS, key as TargetColumnKey), value as SnapshotValue);
    }
  }
  for (const [id, cells] of Object.entries(spec.activities ?? {})) {
    const row = plan.index.activityRows.get(id);
    if (row === undefined) throw new Error(`No activity ${id}`);
    for (const [key, value] of Object.entries(cells)) {
      set(SHEET.activities, row, columnOf(ACTIVITY_COLUMNS, key as ActivityColumnKey), value as SnapshotValue);
    }
  }
  for (const [name, value] of Object.entries(spec.info ?? {})) {
    set(SHEET.info, INFO_FIRST_ROW + INFO_NAMES.findIndex((n) => n.name === name), 1, value as SnapshotValue);
  }
  return snapshot;
}
