/**
 * The pure heart of consolidation: from the submissions read and the files rejected, decide the period,
 * reject the files of another period, keep the latest copy of each unit's return (listing the others),
 * find the units that did not submit, and consolidate every target and activity. Deterministic: the
 * result does not depend on the order the files came in.
 */
import type { Framework, Level, Unit } from "../framework/types";
import { LEVELS } from "../framework/types";
import { formatMessage } from "../messages/message";
import * as msg from "../messages/consolidation";
import { parsePeriod, periods as PERIOD_DEFINITIONS, type Period } from "../status/periods";
import { statusContext } from "../status/statusContext";
import { matchKey } from "../text/matchKey";
import { consolidateActivity } from "./consolidateActivities";
import { consolidateTarget } from "./consolidateTargets";
import type { ConsolidationResult, DuplicateGroup, FileRecord } from "./consolidationResult";
import { frameworkIds } from "./frameworkIds";
import type { Rejection, Submission } from "./submission";

export interface ConsolidateOptions {
  /** The framework consolidated against: its targets, activities, reporters and deadlines. */
  framework: Framework;
  /** The expected units (Danh mục đơn vị of the consolidating workbook). */
  units: Unit[];
  /** A period code; default: the period most submissions report (the latest, on a tie). */
  period?: string;
  /** `YYYY-MM-DD`; default: the period's cut-off date. */
  asOf?: string;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Input order never matters: files are put in one canonical order first. */
function byFile(a: { file: string; lastModified: number }, b: { file: string; lastModified: number }): number {
  return compareText(a.file, b.file) || a.lastModified - b.lastModified;
}

function tryPeriod(code: string | null): Period | null {
  if (code === null) return null;
  try {
    return parsePeriod(code);
  } catch {
    return null;
  }
}

function periodOrder(period: Period): number {
  return period.year * 10 + PERIOD_DEFINITIONS.findIndex((p) => p.kind === period.kind);
}

/** The period most submissions report; on a tie, the latest. */
function commonPeriod(submissions: Submission[]): Period | null {
  const counts = new Map<string, { period: Period; count: number }>();
  for (const s of submissions) {
    const period = tryPeriod(s.period);
    if (!period) continue;
    const entry = counts.get(period.code) ?? { period, count: 0 };
    entry.count++;
    counts.set(period.code, entry);
  }
  let best: { period: Period; count: number } | null = null;
  for (const entry of counts.values()) {
    if (
      best === null ||
      entry.count > best.count ||
      (entry.count === best.count && periodOrder(entry.period) > periodOrder(best.period))
    ) {
      best = entry;
    }
  }
  return best?.period ?? null;
}

/** The copy that wins among one unit's returns: modified last; then the later name; then the digest. */
function newerFirst(a: Submission, b: Submission): number {
  return b.lastModified - a.lastModified || compareText(b.file, a.file) || compareText(b.fingerprint, a.fingerprint);
}

function wrongPeriod(s: Submission, period: Period | null): Rejection {
  const expected = period?.code ?? "—";
  const readable = tryPeriod(s.period);
  return {
    file: s.file,
    lastModified: s.lastModified,
    reason: "wrongPeriod",
    message:
      readable === null
        ? formatMessage(msg.rejectNoPeriod, { file: s.file, expected })
        : formatMessage(msg.rejectWrongPeriod, { file: s.file, found: readable.code, expected }),
    unit: s.unit,
    level: s.level,
    period: s.period,
  };
}

/**
 * Consolidates the submissions read from the files (`rejections`: files that could not be read or
 * used). Throws a PeriodCodeError for an invalid `period` option; everything about the files is
 * reported in the result, never thrown.
 */
export function consolidateSubmissions(
  submissions: Submission[],
  rejections: Rejection[],
  options: ConsolidateOptions,
): ConsolidationResult {
  const { framework, units } = options;
  const sorted = [...submissions].sort((a, b) => byFile(a, b) || compareText(a.fingerprint, b.fingerprint));
  const period = options.period !== undefined ? parsePeriod(options.period) : commonPeriod(sorted);
  const rejected = [...rejections];
  const inPeriod: Submission[] = [];
  for (const s of sorted) {
    const own = tryPeriod(s.period);
    if (period !== null && own !== null && own.code === period.code) inPeriod.push(s);
    else rejected.push(wrongPeriod(s, period));
  }
  rejected.sort(byFile);

  const groups = new Map<string, Submission[]>();
  for (const s of inPeriod) {
    const key = `${s.level}\u0001${matchKey(s.unit)}`;
    const group = groups.get(key) ?? [];
    group.push(s);
    groups.set(key, group);
  }
  const listIndex = new Map(units.map((u, i) => [`${u.level}\u0001${matchKey(u.name)}`, i]));
  const included: Submission[] = [];
  const duplicates: DuplicateGroup[] = [];
  const dropped = new Map<Submission, string>();
  for (const group of groups.values()) {
    group.sort(newerFirst);
    const [kept, ...others] = group;
    included.push(kept);
    if (others.length > 0) {
      duplicates.push({ unit: kept.unit, level: kept.level, kept: kept.file, dropped: others.map((o) => o.file) });
      for (const o of others) dropped.set(o, kept.file);
    }
  }
  const levelRank = (level: Level) => LEVELS.indexOf(level);
  const unitOrder = (s: { unit: string; level: Level }) =>
    listIndex.get(`${s.level}\u0001${matchKey(s.unit)}`) ?? Number.MAX_SAFE_INTEGER;
  included.sort(
    (a, b) => levelRank(a.level) - levelRank(b.level) || unitOrder(a) - unitOrder(b) || compareText(a.unit, b.unit),
  );
  duplicates.sort(
    (a, b) => levelRank(a.level) - levelRank(b.level) || unitOrder(a) - unitOrder(b) || compareText(a.unit, b.unit),
  );

  const submitted = new Set(included.map((s) => `${s.level}\u0001${matchKey(s.unit)}`));
  const missing = units
    .filter((u) => !submitted.has(`${u.level}\u0001${matchKey(u.name)}`))
    .sort((a, b) => levelRank(a.level) - levelRank(b.level));

  const files: FileRecord[] = [
    ...inPeriod.map((s): FileRecord => ({
      file: s.file,
      lastModified: s.lastModified,
      status: dropped.has(s) ? "duplicate" : "included",
      unit: s.unit,
      level: s.level,
      period: s.period,
      reason: null,
      message: dropped.has(s) ? formatMessage(msg.duplicateDropped, { kept: dropped.get(s) ?? "" }) : null,
      notes: s.notes,
      excluded: s.excluded,
    })),
    ...rejected.map((r): FileRecord => ({
      file: r.file,
      lastModified: r.lastModified,
      status: "rejected",
      unit: r.unit,
      level: r.level,
      period: r.period,
      reason: r.reason,
      message: r.message,
      notes: [],
      excluded: [],
    })),
  ].sort(byFile);

  const asOf = period === null ? null : (options.asOf ?? period.cutOff);
  const ids = frameworkIds(framework);
  let targets: ConsolidationResult["targets"] = [];
  let activities: ConsolidationResult["activities"] = [];
  if (period !== null && asOf !== null) {
    const contexts = {
      province: statusContext(period, { judgeAll: true, asOf }),
      unit: statusContext(period, { judgeAll: false, asOf }),
    };
    targets = ids.targetList.map((t) => consolidateTarget(t, included, units, contexts));
    activities = ids.activityList.map((a) => consolidateActivity(a, included, units, contexts));
  }
  return {
    period,
    asOf,
    framework: { id: framework.id, version: framework.version, title: framework.title, year: framework.year },
    files,
    included,
    duplicates,
    rejected,
    missing,
    expectedUnits: units.length,
    targets,
    activities,
  };
}
