/**
 * The rows the entry form can open, as one list across both entry sheets: what the searchable list
 * shows and what the "my work" filter decides on.
 */
import { cellText } from "../validation/readTrackingWorkbook";
import type { TrackingWorkbook } from "../validation/trackingWorkbook";
import { decodeLeadGroups } from "../summary/leadGroups";
import { matchKey } from "../text/matchKey";
import type { EntryKind, SheetRow } from "./entryTypes";

export interface EntryItem extends SheetRow {
  kind: EntryKind;
  id: string;
  /** The activity's or the target's text. */
  text: string;
  /** `<objective ID>. <objective text>`. */
  objective: string;
  /** Who leads: Chủ trì of an activity; the lead groups (Nhóm chủ trì) of a target, `;`-separated. */
  lead: string;
  /**
   * Phối hợp of an activity; for a target, the partners of its objective's activities (the units that
   * help produce the figure), as the workbook builder derives Trách nhiệm.
   */
  partners: string;
  /** Trách nhiệm as the workbook states it (`Chủ trì`, `Phối hợp` or empty). */
  responsibility: string;
  /** matchKey of the ID and texts, which searches compare with. */
  searchKey: string;
}

/** Every activity row, then every target row, in sheet order, with what the list shows and searches. */
export function entryItems(tracking: TrackingWorkbook): EntryItem[] {
  const items: EntryItem[] = [];
  const activitiesSheet = tracking.sheets.activities?.name;
  if (activitiesSheet !== undefined) {
    for (const row of tracking.activities) {
      items.push({
        sheet: activitiesSheet,
        row: row.row,
        kind: "activity",
        id: row.id,
        text: row.texts.activity,
        objective: row.texts.objective,
        lead: row.texts.lead,
        partners: row.texts.partners,
        responsibility: row.responsibility,
        searchKey: matchKey(`${row.id} ${row.texts.activity} ${row.texts.task} ${row.texts.output}`),
      });
    }
  }
  const targetsSheet = tracking.sheets.targets?.name;
  if (targetsSheet !== undefined) {
    const partnersByObjective = new Map<string, string[]>();
    for (const row of tracking.activities) {
      const list = partnersByObjective.get(row.texts.objective) ?? [];
      if (row.texts.partners !== "") list.push(row.texts.partners);
      partnersByObjective.set(row.texts.objective, list);
    }
    for (const row of tracking.targets) {
      items.push({
        sheet: targetsSheet,
        row: row.row,
        kind: "target",
        id: row.id,
        text: row.texts.text,
        objective: row.texts.objective,
        lead: decodeLeadGroups(cellText(row.cells.leadGroup)).join("; "),
        partners: (partnersByObjective.get(row.texts.objective) ?? []).join("; "),
        responsibility: row.responsibility,
        searchKey: matchKey(`${row.id} ${row.texts.text} ${row.texts.objective}`),
      });
    }
  }
  return items;
}
