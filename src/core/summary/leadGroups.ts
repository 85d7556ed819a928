/**
 * Lead groups: the normalised name(s) a row's lead (`Chủ trì`) is counted under in the lead-agency
 * summary. `Sở Nội vụ` and `Sở Nội vụ chủ trì đối với …` both become `Sở Nội vụ`, a short name becomes
 * the unit's full name, and a category (`Các sở, ban, ngành`, `UBND các huyện, thị xã, thành phố`) becomes
 * one category group. A row with several leads counts under each of them.
 */
import type { Reporter } from "../framework/types";
import { leadCategoryGroups, leadGroupNone } from "../messages/summary";
import { normalizeText } from "../text/normalizeText";

/** Separates groups in the hidden `Nhóm chủ trì` cell; a group name never contains it. */
export const LEAD_GROUP_SEPARATOR = ";";

/** A group name as stored: normalised spacing, the separator replaced so a name stays one group. */
function clean(name: string): string {
  return normalizeText(name.split(LEAD_GROUP_SEPARATOR).join(","));
}

/** The group a reporter is counted under: the unit's own name, or its category's name. */
export function reporterGroup(reporter: Reporter): string {
  return reporter.kind === "unit" ? clean(reporter.name) : leadCategoryGroups[reporter.level].vi;
}

/**
 * The groups a row is counted under, in the order written, without duplicates (case-insensitive, as
 * COUNTIFS compares): one per reporter matched from the lead; when nothing matched, the lead text itself
 * (so an agency missing from the units list still forms its own group), or `(Không ghi cơ quan chủ trì)`.
 */
export function leadGroups(reporters: readonly Reporter[], leadText: string): string[] {
  const names = reporters.length > 0 ? reporters.map(reporterGroup) : [clean(leadText) || leadGroupNone.vi];
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.toLowerCase();
    if (name === "" || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The hidden cell's text: `;A;B;`, so that `*;A;*` finds exactly group A. Empty for no group. */
export function encodeLeadGroups(groups: readonly string[]): string {
  const names = groups.map(clean).filter((name) => name !== "");
  return names.length === 0 ? "" : `${LEAD_GROUP_SEPARATOR}${names.join(LEAD_GROUP_SEPARATOR)}${LEAD_GROUP_SEPARATOR}`;
}

/**
 * The groups held in a `Nhóm chủ trì` cell, exactly as written between separators (no trimming: the
 * summary formulas match `;name;` literally, and counting must agree with them).
 */
export function decodeLeadGroups(text: string): string[] {
  return text.split(LEAD_GROUP_SEPARATOR).filter((part) => part !== "");
}

/** True when a `Nhóm chủ trì` cell holds the group, as the COUNTIFS criterion `*;name;*` decides (ignoring case). */
export function cellHasLeadGroup(cell: string, group: string): boolean {
  return cell.toLowerCase().includes(`${LEAD_GROUP_SEPARATOR}${group}${LEAD_GROUP_SEPARATOR}`.toLowerCase());
}
