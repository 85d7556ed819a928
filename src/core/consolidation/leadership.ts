/**
 * Who leads a target or an activity, in consolidation terms: whether a unit's figure counts, which
 * levels the item concerns, and whether one named unit holds it alone (then the provincial figure is
 * that unit's figure). Derived from the framework's reporters and the units list, as the workbooks'
 * Trách nhiệm column is.
 */
import { LEVELS, type Level, type Reporter, type Unit } from "../framework/types";
import { matchKey } from "../text/matchKey";
import { unitIndex } from "./unitIndex";

export interface Leadership {
  /** The single named unit that holds the item (its list name), or null. */
  holder: string | null;
  holderLevel: Level | null;
  /** Levels the item concerns, in LEVELS order. */
  levels: Level[];
  /** True when the unit leads the item (every unit leads an item with no reporters). */
  leads(unit: { name: string; level: Level }): boolean;
}

/** Reads a reporter list into a Leadership, resolving named units against the units list. */
export function leadership(reporters: Reporter[], units: Unit[]): Leadership {
  if (reporters.length === 0) {
    return { holder: null, holderLevel: null, levels: [...LEVELS], leads: () => true };
  }
  const index = unitIndex(units);
  const levels = new Set<Level>();
  const named = new Map<string, { name: string; level: Level | null }>();
  for (const reporter of reporters) {
    if (reporter.kind === "category") {
      for (const level of reporter.level === "all" ? LEVELS : [reporter.level]) levels.add(level);
    } else {
      const unit = index.find(reporter.name);
      const name = unit?.name ?? reporter.name;
      named.set(matchKey(name), { name, level: unit?.level ?? null });
      if (unit) levels.add(unit.level);
    }
  }
  const onlyNamed = reporters.every((r) => r.kind === "unit");
  const single = onlyNamed && named.size === 1 ? [...named.values()][0] : null;
  const reporterKeys = reporters.map((r) =>
    r.kind === "unit" ? { key: matchKey(r.name), level: null } : { key: null, level: r.level },
  );
  const cache = new Map<string, boolean>();
  return {
    holder: single?.name ?? null,
    holderLevel: single?.level ?? null,
    levels: LEVELS.filter((l) => levels.has(l)),
    leads(unit) {
      const key = `${unit.level}\u0001${unit.name}`;
      let leads = cache.get(key);
      if (leads === undefined) {
        const keys = index.keysOf(unit.name);
        leads = reporterKeys.some((r) =>
          r.key !== null ? keys.has(r.key) : r.level === "all" || r.level === unit.level,
        );
        cache.set(key, leads);
      }
      return leads;
    },
  };
}
