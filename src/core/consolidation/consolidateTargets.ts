/**
 * The targets of the consolidation: every unit's figure judged against its level's target, then the
 * figure of each level and of the whole province, judged with the same status engine (judgeAll) as a
 * workbook. Rates are Σ Thực hiện ÷ Σ Tổng số, never an average of percentages; rates typed directly
 * are averaged (with the lowest and highest); counts are summed; a target held by one named unit takes
 * that unit's figure. Units marking Không phát sinh, and entries with errors, are left out.
 */
import { LEVELS, type Level, type Target, type Unit } from "../framework/types";
import type { CellValue } from "../status/cellValue";
import type { StatusContext } from "../status/statusContext";
import { targetResult, targetStatus, type TargetInputs } from "../status/targetStatus";
import { KIND_LABELS, RESPONSIBILITY } from "../workbook/layout";
import type {
  AggregationMethod,
  Extreme,
  ScopeFigure,
  TargetConsolidation,
  UnitTargetFigure,
} from "./consolidationResult";
import { leadership } from "./leadership";
import type { Submission } from "./submission";

function numberOf(value: CellValue): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** The target a unit of `level` is judged against. */
export function unitTarget(target: Target, level: Level): number {
  return target.levels?.[level] ?? target.value;
}

/**
 * The target a scope is judged against: the plan's value for the whole province; a level's own value
 * where the plan gives one; else the plan's value — except for a count summed over several levels,
 * whose target applies to the sum only (no level target).
 */
export function scopeTarget(target: Target, scope: Level | "all", concerned: readonly Level[]): number | null {
  if (scope === "all") return target.value;
  const own = target.levels?.[scope];
  if (own !== undefined) return own;
  if (target.measure === "count" && target.aggregate === "sum" && concerned.length > 1) return null;
  return target.value;
}

function inputs(
  target: Target,
  values: { done: CellValue; total: CellValue; notApplicable: CellValue },
  goal: number | null,
  leads: boolean,
): TargetInputs {
  return {
    done: values.done,
    total: values.total,
    notApplicable: values.notApplicable,
    measure: target.measure,
    comparator: target.comparator,
    target: goal,
    kind: KIND_LABELS[target.kind],
    responsibility: leads ? RESPONSIBILITY.lead : "",
    aggregate: target.aggregate ?? "single",
  };
}

/** One unit's figure and status for a target, as its own workbook computes them (judged only where it leads). */
function unitFigure(
  target: Target,
  submission: Submission,
  leads: boolean,
  excluded: boolean,
  unitContext: StatusContext,
): UnitTargetFigure {
  const entry = submission.targets.get(target.id);
  const base = { unit: submission.unit, level: submission.level, leads, note: entry?.note ?? "" };
  if (excluded) return { ...base, value: null, done: null, total: null, status: "invalid", excluded: true };
  const values = entry ?? { done: null, total: null, notApplicable: null };
  if (values.done === null && values.total === null && values.notApplicable === null) {
    // Most rows of most returns are blank; the rules make them no_data where the unit leads, else
    // not_assessed (tested against the engine), so the engine is not run a hundred thousand times.
    return {
      ...base,
      value: null,
      done: null,
      total: null,
      status: leads ? "no_data" : "not_assessed",
      excluded: false,
    };
  }
  const row = inputs(target, values, unitTarget(target, submission.level), leads);
  return {
    ...base,
    value: targetResult(row, unitContext),
    done: numberOf(values.done),
    total: target.measure === "percent" ? numberOf(values.total) : null,
    status: targetStatus(row, unitContext),
    excluded: false,
  };
}

function extremes(figures: UnitTargetFigure[]): { min: Extreme | null; max: Extreme | null } {
  let min: Extreme | null = null;
  let max: Extreme | null = null;
  for (const f of figures) {
    const value = f.value as number;
    if (min === null || value < min.value) min = { value, units: [f.unit] };
    else if (value === min.value) min.units.push(f.unit);
    if (max === null || value > max.value) max = { value, units: [f.unit] };
    else if (value === max.value) max.units.push(f.unit);
  }
  return { min, max };
}

function sum(values: number[]): number {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

/**
 * The figure of one scope from the lead units in it. `single` takes the holder's own entry; otherwise a
 * percent is a ratio over the units with a Tổng số (a mean when none gave one) and a count is a sum.
 */
function scopeFigure(
  target: Target,
  members: UnitTargetFigure[],
  goal: number | null,
  single: boolean,
  expected: number,
  context: StatusContext,
): ScopeFigure {
  const reporting = members.filter((m) => m.value !== null && !m.excluded);
  const count = (status: UnitTargetFigure["status"]) => members.filter((m) => m.status === status).length;
  const tally = {
    reported: reporting.length,
    met: reporting.filter((m) => m.status === "met").length,
    lagging: reporting.filter((m) => m.status === "lagging").length,
    atRisk: reporting.filter((m) => m.status === "at_risk").length,
    onTrack: reporting.filter((m) => m.status === "on_track").length,
    notApplicable: count("not_applicable"),
    noData: count("no_data"),
    invalid: count("invalid"),
    expected,
    ...extremes(reporting),
  };
  if (reporting.length === 0) {
    // Units marking Không phát sinh are left out, so a scope where nobody gave a figure has no data,
    // whatever the marks (they are counted in notApplicable).
    return {
      value: null,
      numerator: null,
      denominator: null,
      target: goal,
      status: "no_data",
      method: "none",
      ...tally,
      entered: { done: null, total: null },
    };
  }
  let method: AggregationMethod;
  let numerator: number | null;
  let denominator: number | null = null;
  let done: CellValue;
  let total: CellValue = null;
  if (single) {
    const holder = reporting[0];
    method = "single";
    numerator = holder.done;
    denominator = holder.total;
    done = holder.done;
    total = holder.total;
  } else if (target.measure === "percent") {
    const ratios = reporting.filter((m) => m.total !== null);
    const direct = reporting.filter((m) => m.total === null);
    if (ratios.length > 0) {
      method = direct.length > 0 ? "mixed" : "ratio";
      numerator = sum(ratios.map((m) => m.done as number));
      denominator = sum(ratios.map((m) => m.total as number));
      done = numerator;
      total = denominator;
    } else {
      method = "mean";
      numerator = null;
      // A mean rate goes to the rules as mean ÷ 100 × 100, so that a mean below 1% is not read as a fraction.
      done = sum(direct.map((m) => m.value as number)) / direct.length;
      total = 100;
    }
  } else {
    method = "sum";
    numerator = sum(reporting.map((m) => m.value as number));
    done = numerator;
  }
  const row = inputs(target, { done, total, notApplicable: null }, goal, true);
  return {
    value: targetResult(row, context),
    numerator,
    denominator,
    target: goal,
    status: targetStatus(row, context),
    method,
    ...tally,
    entered: { done: numberOf(done), total: numberOf(total) },
  };
}

export interface TargetContexts {
  /** The province's context: every row judged (judgeAll). */
  province: StatusContext;
  /** A unit's context: only the rows it leads are judged. */
  unit: StatusContext;
}

/**
 * Consolidates one target over the included submissions (one per unit, in output order). `units` is
 * the expected units list, for who leads the target and how many lead units are expected per level.
 */
export function consolidateTarget(
  target: Target,
  included: Submission[],
  units: Unit[],
  contexts: TargetContexts,
): TargetConsolidation {
  const lead = leadership(target.reporters, units);
  const figures = included.map((s) => {
    const leads = lead.leads({ name: s.unit, level: s.level });
    const excluded = s.excluded.some((e) => e.id === target.id);
    return unitFigure(target, s, leads, excluded, contexts.unit);
  });
  const single = lead.holder !== null;
  const holderKey = lead.holder;
  const members = figures.filter((f) => f.leads && (!single || f.unit === holderKey));
  const unlisted = included.filter((s) => !s.inList);
  const expectedAt = (level: Level | null) =>
    [...units, ...unlisted.map((s) => ({ name: s.unit, level: s.level, aliases: [] }))].filter(
      (u) => (level === null || u.level === level) && lead.leads(u) && (!single || u.name === holderKey),
    ).length;
  // A named lead missing from the units list has a level only once its return arrives.
  const concerned = LEVELS.filter((l) => lead.levels.includes(l) || members.some((m) => m.level === l));
  const byLevel = {} as Record<Level, ReturnType<typeof scopeFigure> | null>;
  for (const level of LEVELS) {
    byLevel[level] = concerned.includes(level)
      ? scopeFigure(
          target,
          members.filter((m) => m.level === level),
          single ? target.value : scopeTarget(target, level, concerned),
          single,
          expectedAt(level),
          contexts.province,
        )
      : null;
  }
  return {
    target,
    province: scopeFigure(
      target,
      members,
      scopeTarget(target, "all", concerned),
      single,
      expectedAt(null),
      contexts.province,
    ),
    byLevel,
    holder: lead.holder,
    holderSubmitted: single ? figures.some((f) => f.unit === holderKey) : null,
    units: figures,
  };
}
