import { matchReporters } from "../framework/matchReporters";
import type { Unit } from "../framework/types";
import { matchKey } from "../text/matchKey";
import { RESPONSIBILITY } from "../workbook/layout";
import { responsibilityOf, type WorkbookUnit } from "../workbook/responsibility";
import type { EntryItem } from "./entryItems";

const ROLES = new Set([matchKey(RESPONSIBILITY.lead), matchKey(RESPONSIBILITY.partner)]);

/**
 * Whether a row is a unit's own work: the unit leads it (Chủ trì) or partners on it (Phối hợp). With no
 * unit, the workbook's Trách nhiệm column decides, as a unit's workbook states it for its unit. With a
 * unit (the coordinator's whole-plan workbook has none of its own), the lead and partner texts are
 * matched the way the workbook builder fills Trách nhiệm: the unit's name or short names, its level's
 * category (`UBND cấp huyện`, `Các sở, ban, ngành`) and every-unit categories
 * (`Các cơ quan, đơn vị, địa phương`).
 */
export function isMyWork(item: EntryItem, unit: WorkbookUnit | null, units: readonly Unit[]): boolean {
  if (unit === null) return ROLES.has(matchKey(item.responsibility));
  const list = units as Unit[];
  const reporters = item.lead.trim() === "" ? [] : matchReporters(item.lead, list).reporters;
  return responsibilityOf(reporters, item.partners, unit, list) !== "";
}
