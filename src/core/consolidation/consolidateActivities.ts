/**
 * The activities of the consolidation: each lead unit's status as of the consolidation date (the same
 * rules as the workbooks' `Đánh giá`, with the consolidating framework's deadlines), counted per status,
 * with the units that are overdue and, for an activity led by one named unit, that unit's own status.
 */
import { isoToSerial } from "../dates/excelDate";
import type { Activity, Unit } from "../framework/types";
import { activityStatus } from "../status/activityStatus";
import type { CellValue } from "../status/cellValue";
import type { StatusContext } from "../status/statusContext";
import { ACTIVITY_STATUSES, type ActivityStatus } from "../status/statusTypes";
import { matchKey } from "../text/matchKey";
import { ACTIVITY_STATES, RESPONSIBILITY } from "../workbook/layout";
import type { ActivityConsolidation, UnitActivityStatus } from "./consolidationResult";
import { leadership } from "./leadership";
import type { ActivityEntry, Submission } from "./submission";

const [NOT_STARTED_STATE, STARTED_STATE, DONE_STATE] = ACTIVITY_STATES;

function emptyCounts(): Record<ActivityStatus, number> {
  return Object.fromEntries(ACTIVITY_STATUSES.map((s) => [s, 0])) as Record<ActivityStatus, number>;
}

function numberOf(value: CellValue | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

interface LeadEntry {
  status: ActivityStatus | null;
  entry: ActivityEntry | undefined;
}

/** The province's state of an activity from its lead units' entries (see ActivityConsolidation.rollup). */
function rollupState(holder: LeadEntry | null, leads: LeadEntry[]): { state: string | null; doneDate: number | null } {
  if (holder) {
    const state = holder.entry?.state ?? null;
    return {
      state: typeof state === "string" ? state : null,
      doneDate: holder.status === null ? null : numberOf(holder.entry?.doneDate),
    };
  }
  const usable = leads.filter((l) => l.status !== null);
  if (usable.length === 0) return { state: null, doneDate: null };
  const done = usable.filter((l) => l.status === "done" || l.status === "done_late");
  if (done.length === usable.length) {
    const dates = done.map((l) => numberOf(l.entry?.doneDate));
    const doneDate = dates.every((d): d is number => d !== null) ? Math.max(...dates) : null;
    return { state: DONE_STATE, doneDate };
  }
  const started =
    done.length > 0 ||
    usable.some((l) => typeof l.entry?.state === "string" && matchKey(l.entry.state) === matchKey(STARTED_STATE));
  return { state: started ? STARTED_STATE : NOT_STARTED_STATE, doneDate: null };
}

/** Consolidates one activity over the included submissions (one per unit, in output order). */
export function consolidateActivity(
  activity: Activity,
  included: Submission[],
  units: Unit[],
  contexts: { province: StatusContext; unit: StatusContext },
): ActivityConsolidation {
  const lead = leadership(activity.reporters, units);
  const due = activity.deadline.due === null ? null : isoToSerial(activity.deadline.due);
  const judge = (entry: ActivityEntry | undefined, context: StatusContext, state?: CellValue, doneDate?: CellValue) =>
    activityStatus(
      {
        state: state !== undefined ? state : (entry?.state ?? null),
        doneDate: doneDate !== undefined ? doneDate : (entry?.doneDate ?? null),
        due,
        deadlineKind: activity.deadline.kind,
        responsibility: RESPONSIBILITY.lead,
      },
      context,
    );
  const counts = emptyCounts();
  let invalid = 0;
  const statuses: UnitActivityStatus[] = [];
  const leads: (LeadEntry & { unit: string })[] = [];
  for (const s of included) {
    if (!lead.leads({ name: s.unit, level: s.level })) continue;
    const entry = s.activities.get(activity.id);
    const excluded = s.excluded.some((e) => e.id === activity.id);
    const base = { unit: s.unit, level: s.level, evidence: entry?.evidence ?? "", note: entry?.note ?? "" };
    const status = excluded ? null : judge(entry, contexts.unit);
    if (status === null) invalid++;
    else counts[status]++;
    statuses.push({ ...base, status, excluded });
    leads.push({ unit: s.unit, status, entry: excluded ? undefined : entry });
  }
  const unlisted = included.filter((s) => !s.inList).map((s) => ({ name: s.unit, level: s.level }));
  const expected = [...units, ...unlisted].filter((u) => lead.leads(u)).length;
  let leadStatus: ActivityConsolidation["lead"] = null;
  let holder: LeadEntry | null = null;
  if (lead.holder !== null) {
    const own = statuses.find((u) => u.unit === lead.holder);
    holder = leads.find((l) => l.unit === lead.holder) ?? { status: null, entry: undefined };
    leadStatus = {
      unit: lead.holder,
      submitted: included.some((s) => s.unit === lead.holder),
      status: own?.status ?? null,
      evidence: own?.evidence ?? "",
      note: own?.note ?? "",
    };
  }
  const rollup = rollupState(holder, leads);
  return {
    activity,
    counts,
    invalid,
    leading: statuses.length,
    expected,
    overdueUnits: statuses.filter((u) => u.status === "overdue").map((u) => u.unit),
    lead: leadStatus,
    units: statuses,
    rollup: { ...rollup, status: judge(undefined, contexts.province, rollup.state, rollup.doneDate) },
  };
}
