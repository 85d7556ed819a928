/**
 * Hà Tĩnh's reporting units in 2024 (Danh mục đơn vị), the default units list that lead cells are
 * matched against. Units merge over time (Lộc Hà later joined Thạch Hà), so the list is data a
 * coordinator edits, kept in `data/units-hatinh-2024.json`, never code.
 */
import { LEVELS, type Level, type Unit } from "./types";
import data from "./data/units-hatinh-2024.json";

function isLevel(level: string): level is Level {
  return (LEVELS as readonly string[]).includes(level);
}

/**
 * The default units list for Hà Tĩnh, 2024: the departments (sở) with Thanh tra tỉnh and Văn phòng
 * UBND tỉnh, the other provincial bodies and central agencies in the province that the plan names
 * or that report on it (level `province`), and the 13 district-level units (level `district`).
 * It holds no commune-level unit: the plan counts 216 but names none, and names are not invented
 * here, so a coordinator adds them (level `commune`) to the JSON file.
 */
export const HA_TINH_2024_UNITS: Unit[] = data.units.map((unit) => {
  if (!isLevel(unit.level)) throw new Error(`units-hatinh-2024.json: unknown level "${unit.level}" for ${unit.name}`);
  return { name: unit.name, level: unit.level, aliases: [...unit.aliases] };
});
