/**
 * Counts a filled workbook's statuses by section, by lead group and by deadline, from the status engine's
 * evaluation. Rows are assigned to lines exactly as the summary formulas' COUNTIFS criteria assign them
 * (the `Mã lĩnh vực`, `Nhóm chủ trì`, `Hạn hoàn thành` and `Loại thời hạn` cells as written), so these
 * counts are what the live sheets show once the workbook recalculates; they are also the fixed figures a
 * sheet falls back to when one of those columns is missing.
 */
import { dateToSerial } from "../dates/excelDate";
import { matchReporters } from "../framework/matchReporters";
import type { Unit } from "../framework/types";
import { formatMessage } from "../messages/message";
import { deadlineBuckets, leadSourceNotMatched, leadSourceUnsure, wholePlanRow } from "../messages/summary";
import type { Period } from "../status/periods";
import { ACTIVITY_STATUSES, TARGET_STATUSES, type ActivityStatus, type TargetStatus } from "../status/statusTypes";
import { matchKey } from "../text/matchKey";
import type { EvaluatedActivity, EvaluatedTarget, WorkbookEvaluation } from "../validation/evaluateWorkbook";
import type { ActivityRow, SectionRow, TargetRow, TrackingWorkbook } from "../validation/trackingWorkbook";
import { cellHasLeadGroup, decodeLeadGroups, leadGroups } from "./leadGroups";
import { LEAD_CATEGORY_ORDER } from "./leadCategoryOrder";
import { DONE_ACTIVITY_STATUSES } from "./summaryLayout";

/** The counts of one line of a summary: every status (including `not_assessed`), and the due activities. */
export interface SummaryLine {
  /** Section ID, lead group name, deadline bucket, or `*` for the whole plan. */
  key: string;
  label: string;
  targets: Record<TargetStatus, number>;
  activities: Record<ActivityStatus, number>;
  /** Judged activities whose `Hạn hoàn thành` is a date on or before the as-of date. */
  due: number;
  /** Of those, the ones done (on time or late). */
  dueDone: number;
}

export type DeadlineBucket = "before" | "q1" | "q2" | "q3" | "q4" | "after" | "ongoing" | "conditional";
export const DEADLINE_BUCKETS: readonly DeadlineBucket[] = [
  "before",
  "q1",
  "q2",
  "q3",
  "q4",
  "after",
  "ongoing",
  "conditional",
];

export interface DeadlineLine extends SummaryLine {
  bucket: DeadlineBucket;
  /** First and last day of a dated bucket (Excel serials); null where the bucket is open or undated. */
  from: number | null;
  to: number | null;
}

/** A lead as written on `Khung nhiệm vụ` whose group differs from it, or whose grouping is unsure. */
export interface LeadSource {
  written: string;
  groups: string[];
  ids: string[];
  /** Why the grouping is unsure (Vietnamese, for the sheet), or null. */
  unsure: string | null;
}

/** Which of the columns the summary formulas count by the workbook has; without one, a sheet shows fixed figures. */
export interface SummaryColumns {
  activityStatus: boolean;
  targetStatus: boolean;
  activitySection: boolean;
  targetSection: boolean;
  activityLead: boolean;
  targetLead: boolean;
  due: boolean;
  deadlineKind: boolean;
}

export interface WorkbookSummary {
  /** `YYYY-MM-DD` and Excel serial of the as-of date the evaluation used. */
  asOf: string;
  asOfSerial: number;
  year: number;
  period: Period | null;
  /** DonVi, or null for the whole-plan workbook. */
  unit: string | null;
  total: SummaryLine;
  sections: SummaryLine[];
  /** Target-sheet sections only (the sections that hold targets). */
  targetSections: SummaryLine[];
  leads: SummaryLine[];
  leadSources: LeadSource[];
  deadlines: DeadlineLine[];
  columns: SummaryColumns;
}

/** A workbook that cannot be summarised: the evaluation has no as-of date or plan year. */
export class SummaryContextError extends Error {
  constructor() {
    super("The workbook gives neither a plan year nor an as-of date");
    this.name = "SummaryContextError";
  }
}

interface JoinedActivity {
  row: ActivityRow;
  eval: EvaluatedActivity;
}
interface JoinedTarget {
  row: TargetRow;
  eval: EvaluatedTarget;
}

function emptyLine(key: string, label: string): SummaryLine {
  return {
    key,
    label,
    targets: Object.fromEntries(TARGET_STATUSES.map((s) => [s, 0])) as Record<TargetStatus, number>,
    activities: Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>,
    due: 0,
    dueDone: 0,
  };
}

const DONE = new Set<ActivityStatus>(DONE_ACTIVITY_STATUSES);

/** True when an activity counts as judged: it has a status and it is not `not_assessed`. */
export function isJudgedActivity(status: ActivityStatus | null): status is ActivityStatus {
  return status !== null && status !== "not_assessed";
}
export function isJudgedTarget(status: TargetStatus | null): status is TargetStatus {
  return status !== null && status !== "not_assessed";
}

function rawString(value: unknown): string | null {
  return typeof value === "string" ? value : null;
}

function rawNumber(value: unknown): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Counts the rows a predicate keeps into a line. */
function tally(
  line: SummaryLine,
  activities: JoinedActivity[],
  targets: JoinedTarget[],
  asOfSerial: number,
  keepActivity: (a: JoinedActivity) => boolean,
  keepTarget: (t: JoinedTarget) => boolean,
): SummaryLine {
  for (const a of activities) {
    const status = a.eval.status;
    if (status === null || !keepActivity(a)) continue;
    line.activities[status]++;
    if (!isJudgedActivity(status)) continue;
    const due = rawNumber(a.row.cells.due.value);
    if (due !== null && due <= asOfSerial) {
      line.due++;
      if (DONE.has(status)) line.dueDone++;
    }
  }
  for (const t of targets) {
    const status = t.eval.status;
    if (status === null || !keepTarget(t)) continue;
    line.targets[status]++;
  }
  return line;
}

/** The section heading above a row, for workbooks without the `Mã lĩnh vực` column. */
function headingAbove(sections: SectionRow[]): (row: number) => string | null {
  const sorted = [...sections].sort((a, b) => a.row - b.row);
  return (row) => {
    let found: string | null = null;
    for (const s of sorted) {
      if (s.row > row) break;
      found = s.id;
    }
    return found;
  };
}

/** The section key a row is counted under: its `Mã lĩnh vực` text as COUNTIFS reads it, or the heading above. */
function sectionKeyOf(
  cellValue: unknown,
  hasColumn: boolean,
  row: number,
  above: (row: number) => string | null,
): string | null {
  if (hasColumn) return rawString(cellValue)?.toLowerCase() ?? null;
  return above(row)?.toLowerCase() ?? null;
}

function workbookUnits(tracking: TrackingWorkbook): Unit[] {
  return tracking.units.map((u) => ({ name: u.name, level: u.level ?? "province", aliases: u.aliases }));
}

/** Orders groups: units in the units list's order, then the categories, then the rest as first met. */
function orderGroups(groups: string[], units: Unit[]): string[] {
  const rank = new Map<string, number>();
  units.forEach((u, i) => rank.set(u.name.toLowerCase(), i));
  LEAD_CATEGORY_ORDER.forEach((name, i) => rank.set(name.toLowerCase(), units.length + i));
  const first = new Map(groups.map((g, i) => [g, i]));
  const big = units.length + LEAD_CATEGORY_ORDER.length;
  return [...groups].sort(
    (a, b) =>
      (rank.get(a.toLowerCase()) ?? big + (first.get(a) ?? 0)) -
      (rank.get(b.toLowerCase()) ?? big + (first.get(b) ?? 0)),
  );
}

/** The first and last day of the deadline buckets of a plan year. */
export function bucketRange(bucket: DeadlineBucket, year: number): { from: number | null; to: number | null } {
  const quarter = (q: number) => ({
    from: dateToSerial(year, q * 3 - 2, 1),
    to: dateToSerial(year, q * 3 + 1, 1) - 1,
  });
  switch (bucket) {
    case "before":
      return { from: null, to: dateToSerial(year - 1, 12, 31) };
    case "q1":
      return quarter(1);
    case "q2":
      return quarter(2);
    case "q3":
      return quarter(3);
    case "q4":
      return { from: dateToSerial(year, 10, 1), to: dateToSerial(year, 12, 31) };
    case "after":
      return { from: dateToSerial(year + 1, 1, 1), to: null };
    default:
      return { from: null, to: null };
  }
}

/**
 * The bucket of an activity, as the deadline sheet's COUNTIFS decide it: `ongoing` when Loại thời hạn is
 * `ongoing` (any case); else by a numeric Hạn hoàn thành; else (conditional, blank or text date) `conditional`.
 */
export function bucketOf(row: ActivityRow, year: number): DeadlineBucket {
  if (rawString(row.cells.deadlineKind.value)?.toLowerCase() === "ongoing") return "ongoing";
  const due = rawNumber(row.cells.due.value);
  if (due === null) return "conditional";
  for (const bucket of ["before", "q1", "q2", "q3", "q4", "after"] as const) {
    const { from, to } = bucketRange(bucket, year);
    if ((from === null || due >= from) && (to === null || due <= to)) return bucket;
  }
  return "conditional";
}

/** Why a written lead's grouping is unsure, from the lead matcher's warnings; null when sure or no units list. */
function unsureReason(written: string, units: Unit[]): string | null {
  if (units.length === 0) return null;
  const { reporters, warnings } = matchReporters(written, units);
  const doubtful = warnings.filter((w) => w.code === "reporters.unmatched" || w.code === "reporters.vague");
  if (reporters.length === 0) return formatMessage(leadSourceUnsure, { reason: leadSourceNotMatched.vi }).vi;
  if (doubtful.length === 0) return null;
  return formatMessage(leadSourceUnsure, { reason: doubtful.map((w) => w.message.vi).join(" ") }).vi;
}

/**
 * Counts every status of a read and evaluated tracking workbook by section, lead group and deadline bucket,
 * plus the whole plan. Throws SummaryContextError when the evaluation has no as-of date.
 */
export function summarizeWorkbook(tracking: TrackingWorkbook, evaluation: WorkbookEvaluation): WorkbookSummary {
  const context = evaluation.context;
  if (context === null || evaluation.year === null || evaluation.asOf === null) throw new SummaryContextError();
  const asOfSerial = context.asOf;
  const year = evaluation.year;
  const activities: JoinedActivity[] = tracking.activities.map((row, i) => ({ row, eval: evaluation.activities[i] }));
  const targets: JoinedTarget[] = tracking.targets.map((row, i) => ({ row, eval: evaluation.targets[i] }));
  const aCols = tracking.sheets.activities?.columns;
  const tCols = tracking.sheets.targets?.columns;
  const has = (cols: Record<string, number> | undefined, key: string) => cols !== undefined && cols[key] >= 0;
  const columns: SummaryColumns = {
    activityStatus: has(aCols, "status"),
    targetStatus: has(tCols, "status"),
    activitySection: has(aCols, "sectionId"),
    targetSection: has(tCols, "sectionId"),
    activityLead: has(aCols, "leadGroup"),
    targetLead: has(tCols, "leadGroup"),
    due: has(aCols, "due"),
    deadlineKind: has(aCols, "deadlineKind"),
  };
  const count = (line: SummaryLine, keepA: (a: JoinedActivity) => boolean, keepT: (t: JoinedTarget) => boolean) =>
    tally(line, activities, targets, asOfSerial, keepA, keepT);

  const total = count(
    emptyLine("*", wholePlanRow.vi),
    () => true,
    () => true,
  );

  // Sections: the activity sheet's headings, then any heading only the target sheet has.
  const aboveA = headingAbove(tracking.sections.activities);
  const aboveT = headingAbove(tracking.sections.targets);
  const aSection = new Map(
    activities.map((a) => [a, sectionKeyOf(a.row.cells.sectionId.value, columns.activitySection, a.row.row, aboveA)]),
  );
  const tSection = new Map(
    targets.map((t) => [t, sectionKeyOf(t.row.cells.sectionId.value, columns.targetSection, t.row.row, aboveT)]),
  );
  const headings: SectionRow[] = [];
  for (const s of [...tracking.sections.activities, ...tracking.sections.targets]) {
    if (!headings.some((h) => h.id.toLowerCase() === s.id.toLowerCase())) headings.push(s);
  }
  const sectionLine = (s: SectionRow) =>
    count(
      emptyLine(s.id, s.title),
      (a) => aSection.get(a) === s.id.toLowerCase(),
      (t) => tSection.get(t) === s.id.toLowerCase(),
    );
  const sections = headings.map(sectionLine);
  const targetSections = tracking.sections.targets.map(sectionLine);

  // Lead groups: from the hidden Nhóm chủ trì cells; without the column, from the lead text (targets take
  // the groups of their objective's activities, as the framework derives their reporters).
  const units = workbookUnits(tracking);
  const aGroups = new Map<JoinedActivity, string>();
  const objectiveGroups = new Map<string, string[]>();
  for (const a of activities) {
    const groups = columns.activityLead
      ? decodeLeadGroups(rawString(a.row.cells.leadGroup.value) ?? "")
      : leadGroups(matchReporters(a.row.texts.lead, units).reporters, a.row.texts.lead);
    aGroups.set(a, `;${groups.join(";")};`);
    const key = a.row.texts.objective;
    objectiveGroups.set(key, [...new Set([...(objectiveGroups.get(key) ?? []), ...groups])]);
  }
  const tGroups = new Map<JoinedTarget, string>();
  for (const t of targets) {
    const cell = columns.targetLead
      ? (rawString(t.row.cells.leadGroup.value) ?? "")
      : `;${(objectiveGroups.get(t.row.texts.objective) ?? []).join(";")};`;
    tGroups.set(t, cell);
  }
  const seen = new Map<string, string>();
  const note = (cell: string) => {
    for (const g of decodeLeadGroups(cell)) if (!seen.has(g.toLowerCase())) seen.set(g.toLowerCase(), g);
  };
  for (const a of activities) if (isJudgedActivity(a.eval.status)) note(aGroups.get(a) ?? "");
  for (const t of targets) if (isJudgedTarget(t.eval.status)) note(tGroups.get(t) ?? "");
  const leads = orderGroups([...seen.values()], units).map((g) =>
    count(
      emptyLine(g, g),
      (a) => cellHasLeadGroup(aGroups.get(a) ?? "", g),
      (t) => cellHasLeadGroup(tGroups.get(t) ?? "", g),
    ),
  );

  const sources = new Map<string, LeadSource>();
  for (const a of activities) {
    if (!isJudgedActivity(a.eval.status)) continue;
    const written = a.row.texts.lead;
    const groups = decodeLeadGroups(aGroups.get(a) ?? "");
    let source = sources.get(written);
    if (!source) {
      const unsure = unsureReason(written, units);
      const same = groups.length === 1 && matchKey(groups[0]) === matchKey(written);
      if (same && unsure === null) continue;
      source = { written, groups, ids: [], unsure };
      sources.set(written, source);
    }
    source.ids.push(a.row.id);
  }

  const deadlines = DEADLINE_BUCKETS.map((bucket): DeadlineLine => {
    const label = formatMessage(deadlineBuckets[bucket], { year }).vi;
    const line = count(
      emptyLine(bucket, label),
      (a) => bucketOf(a.row, year) === bucket,
      () => false,
    );
    return { ...line, bucket, ...bucketRange(bucket, year) };
  });

  return {
    asOf: evaluation.asOf,
    asOfSerial,
    year,
    period: evaluation.period,
    unit: tracking.info.unit,
    total,
    sections,
    targetSections,
    leads,
    leadSources: [...sources.values()],
    deadlines,
    columns,
  };
}
