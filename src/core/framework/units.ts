/**
 * Hà Tĩnh's reporting units in 2024 (Danh mục đơn vị), the default units list. The list is data that
 * a coordinator edits (units merge over time), so it lives in a JSON file next to this module.
 */
import type { Unit } from "./types";
import units from "./data/units-hatinh-2024.json";

/** The default units list for Hà Tĩnh, 2024; commune-level units are added by the coordinator. */
export const HA_TINH_2024_UNITS: Unit[] = units.map((unit) => ({
  name: unit.name,
  level: unit.level as Unit["level"],
  aliases: [...unit.aliases],
}));
