import type { Level, Reporter, Unit } from "../framework/types";
import { matchReporters } from "../framework/matchReporters";
import { matchKey } from "../text/matchKey";
import { RESPONSIBILITY } from "./layout";

/** The unit a workbook is made for: a named unit of the units list, with its level. */
export interface WorkbookUnit {
  name: string;
  level: Level;
}

/** True when a reporter list names the unit itself, its level's category, or every unit. */
export function reportersInclude(reporters: Reporter[], unit: WorkbookUnit, units: Unit[]): boolean {
  const known = units.find((u) => matchKey(u.name) === matchKey(unit.name));
  const names = new Set([unit.name, ...(known?.aliases ?? [])].map(matchKey));
  return reporters.some((reporter) =>
    reporter.kind === "unit"
      ? names.has(matchKey(reporter.name))
      : reporter.level === "all" || reporter.level === unit.level,
  );
}

/**
 * What a framework row is to the workbook's unit: `Chủ trì` when the unit leads it (its own work,
 * judged), `Phối hợp` when the partner text names it or its category, blank otherwise. A workbook
 * with no unit (the coordinator's whole-plan view) leaves the column blank and judges every row.
 */
export function responsibilityOf(
  reporters: Reporter[],
  partnersText: string,
  unit: WorkbookUnit | undefined,
  units: Unit[],
): string {
  if (!unit) return "";
  if (reportersInclude(reporters, unit, units)) return RESPONSIBILITY.lead;
  if (partnersText.trim() !== "" && reportersInclude(matchReporters(partnersText, units).reporters, unit, units)) {
    return RESPONSIBILITY.partner;
  }
  return "";
}
