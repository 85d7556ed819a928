/**
 * The units list indexed by comparison key (name and short names), built once per list: consolidation
 * asks "which unit is this?" and "does this reporter name this unit?" hundreds of thousands of times.
 */
import type { Unit } from "../framework/types";
import { matchKey } from "../text/matchKey";

export interface UnitIndex {
  /** The unit a name or short name refers to. */
  find(name: string): Unit | undefined;
  /** The comparison keys a unit goes by: its name's and, when it is in the list, its short names'. */
  keysOf(name: string): ReadonlySet<string>;
}

const cache = new WeakMap<readonly Unit[], UnitIndex>();

/** The index of a units list (cached per list object). */
export function unitIndex(units: readonly Unit[]): UnitIndex {
  let index = cache.get(units);
  if (index) return index;
  const byKey = new Map<string, Unit>();
  const byName = new Map<string, Unit>();
  for (const unit of units) {
    const key = matchKey(unit.name);
    if (!byName.has(key)) byName.set(key, unit);
  }
  // Full names win over short names when both would match, as the list's own names are unambiguous.
  for (const unit of units) {
    for (const alias of unit.aliases) {
      const key = matchKey(alias);
      if (!byKey.has(key)) byKey.set(key, unit);
    }
  }
  for (const [key, unit] of byName) byKey.set(key, unit);
  // Keyed by the name as given: the same few hundred names are asked about for every target and activity.
  const keys = new Map<string, ReadonlySet<string>>();
  index = {
    find: (name) => byKey.get(matchKey(name)),
    keysOf(name) {
      let set = keys.get(name);
      if (!set) {
        const key = matchKey(name);
        const known = byName.get(key);
        set = new Set([key, ...(known?.aliases ?? []).map(matchKey)]);
        keys.set(name, set);
      }
      return set;
    },
  };
  cache.set(units, index);
  return index;
}
