import type { Aggregate, Objective, Reporter, Target } from "./types";

/** A stable key for a reporter, to tell duplicates apart. */
export function reporterKey(reporter: Reporter): string {
  return reporter.kind === "unit" ? `unit:${reporter.name}` : `category:${reporter.level}`;
}

/** Returns the reporters in first-seen order with duplicates removed. */
export function uniqueReporters(reporters: readonly Reporter[]): Reporter[] {
  const seen = new Set<string>();
  const result: Reporter[] = [];
  for (const reporter of reporters) {
    const key = reporterKey(reporter);
    if (seen.has(key)) continue;
    seen.add(key);
    result.push({ ...reporter });
  }
  return result;
}

/**
 * Returns who reports an objective's targets: the reporters of the leads of all its activities (union,
 * deduplicated), since the units that carry out the work are the ones that hold the figures.
 */
export function targetReporters(objective: Pick<Objective, "tasks">): Reporter[] {
  return uniqueReporters(objective.tasks.flatMap((task) => task.activities.flatMap((activity) => activity.reporters)));
}

/**
 * Returns how a count target's figure is formed: `single` when exactly one named unit reports it,
 * `sum` when several units or whole categories do (each reports its part). Undefined for percentages,
 * whose figures are rates (Σ numerators ÷ Σ denominators), not sums.
 */
export function targetAggregate(target: Pick<Target, "measure" | "reporters">): Aggregate | undefined {
  if (target.measure !== "count") return undefined;
  return target.reporters.length === 1 && target.reporters[0].kind === "unit" ? "single" : "sum";
}
