/**
 * What consolidation produces: the provincial figure of every target (and one per level), the progress
 * of every activity across the units that lead it, and the account of every file — included, a
 * duplicate, or rejected with a reason — with the units that did not submit. The output workbook, the
 * CLI's JSON and the task pane all read this one result.
 */
import type { Activity, Level, Target, Unit } from "../framework/types";
import type { Message } from "../messages/message";
import type { Period } from "../status/periods";
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";
import type { Rejection, Submission, SubmissionNote, ExcludedEntry } from "./submission";

/**
 * How a figure was put together: `ratio` Σ Thực hiện ÷ Σ Tổng số; `mean` the mean of rates typed
 * directly; `mixed` the ratio over the units that gave a Tổng số while others typed a rate only; `sum`
 * a count summed; `single` the one lead unit's own figure; `none` no figure reported.
 */
export type AggregationMethod = "ratio" | "mean" | "mixed" | "sum" | "single" | "none";

/** The lowest or highest figure among the units that reported, and which units gave it. */
export interface Extreme {
  value: number;
  units: string[];
}

/** A target's figure over one scope: the whole province, or the units of one level. */
export interface ScopeFigure {
  /** The figure judged (a percentage for percent targets); null when nobody reported. */
  value: number | null;
  /** Σ Thực hiện (of the units with a Tổng số, for percent targets); null when none. */
  numerator: number | null;
  /** Σ Tổng số; null for counts and rates typed directly. */
  denominator: number | null;
  /** The target compared with; null when the scope has no target of its own. */
  target: number | null;
  status: TargetStatus;
  method: AggregationMethod;
  /** Units that lead the target and submitted a usable figure. */
  reported: number;
  /** Of those, units whose own figure meets their level's target, and units lagging. */
  met: number;
  lagging: number;
  atRisk: number;
  onTrack: number;
  /** Lead units that marked it Không phát sinh, left it blank, or gave an invalid figure. */
  notApplicable: number;
  noData: number;
  invalid: number;
  /** Units of the units list (and unlisted units that submitted) that lead the target in this scope. */
  expected: number;
  min: Extreme | null;
  max: Extreme | null;
  /**
   * Thực hiện and Tổng số as a whole-plan workbook would hold them to show this figure (the mean of
   * rates typed directly goes in as mean ÷ 100); null when nobody reported.
   */
  entered: { done: number | null; total: number | null };
}

/** One unit's figure for one target, judged against its level's target as of the consolidation date. */
export interface UnitTargetFigure {
  unit: string;
  level: Level;
  /** True when the unit leads the target (its figure counts). */
  leads: boolean;
  value: number | null;
  /** Thực hiện and Tổng số when they are numbers. */
  done: number | null;
  total: number | null;
  status: TargetStatus;
  /** Left out for an error in the entry. */
  excluded: boolean;
  note: string;
}

export interface TargetConsolidation {
  target: Target;
  /** The whole province (over every level). */
  province: ScopeFigure;
  /** Each level's figure; null when the target does not concern the level (no lead at that level). */
  byLevel: Record<Level, ScopeFigure | null>;
  /** The one unit that holds the figure (a target led by a single named unit), else null. */
  holder: string | null;
  /** Whether that unit submitted; null when there is no single holder. */
  holderSubmitted: boolean | null;
  /** Every included submission's figure, in the order of `ConsolidationResult.included`. */
  units: UnitTargetFigure[];
}

export interface UnitActivityStatus {
  unit: string;
  level: Level;
  status: ActivityStatus | null;
  excluded: boolean;
  evidence: string;
  note: string;
}

export interface ActivityConsolidation {
  activity: Activity;
  /** Statuses of the lead units that submitted, counted (excluded entries are counted in `invalid`). */
  counts: Record<ActivityStatus, number>;
  invalid: number;
  /** Lead units that submitted, and lead units expected (units list plus unlisted submitters). */
  leading: number;
  expected: number;
  overdueUnits: string[];
  /** The single named lead unit's own status, when the activity has one and it submitted. */
  lead: { unit: string; submitted: boolean; status: ActivityStatus | null; evidence: string; note: string } | null;
  /** Every lead unit's status, in the order of `ConsolidationResult.included`. */
  units: UnitActivityStatus[];
  /**
   * The province's state of the activity, as a whole-plan workbook would record it: the single lead's own
   * entry; else `Hoàn thành` when every lead unit that submitted is done (dated by the latest completion),
   * `Đang thực hiện` when any has started or finished, `Chưa thực hiện` otherwise (blank with no return).
   * `status` is what the rules make of it, every row judged.
   */
  rollup: { state: string | null; doneDate: number | null; status: ActivityStatus };
}

export type FileStatus = "included" | "duplicate" | "rejected";

/** The account of one input file. */
export interface FileRecord {
  file: string;
  lastModified: number;
  status: FileStatus;
  unit: string | null;
  level: Level | null;
  period: string | null;
  /** For a rejected file: the reason code and message; for a duplicate, the message naming the file kept. */
  reason: Rejection["reason"] | null;
  message: Message | null;
  notes: SubmissionNote[];
  excluded: ExcludedEntry[];
}

export interface DuplicateGroup {
  unit: string;
  level: Level;
  kept: string;
  dropped: string[];
}

export interface ConsolidationResult {
  /** The period consolidated: `--period`, else the one most files report; null when none could be read. */
  period: Period | null;
  /** `YYYY-MM-DD`: the date statuses are judged at (the period's cut-off unless overridden). */
  asOf: string | null;
  framework: { id: string; version: string; title: string; year: number };
  /** Every file, in file-name order. */
  files: FileRecord[];
  /** The submissions consolidated, one per unit: by level, then in units-list order, then by name. */
  included: Submission[];
  duplicates: DuplicateGroup[];
  rejected: Rejection[];
  /** Expected units with no included submission, in units-list order. */
  missing: Unit[];
  expectedUnits: number;
  targets: TargetConsolidation[];
  activities: ActivityConsolidation[];
}
