import type { Unit } from "../framework/types";
import type { TrackingWorkbook } from "../validation/trackingWorkbook";

/**
 * The units a workbook works with: its own `Danh mục đơn vị` (which a coordinator edits, so it wins)
 * when that lists any unit with a known level, else `fallback` (the embedded list).
 */
export function workbookUnits(tracking: TrackingWorkbook, fallback: readonly Unit[]): Unit[] {
  const own = tracking.units.flatMap((unit): Unit[] =>
    unit.level === null ? [] : [{ name: unit.name, level: unit.level, aliases: unit.aliases }],
  );
  return own.length > 0 ? own : [...fallback];
}
