import type { ActivityEntryKey, EntryKey, EntryKind, TargetEntryKey } from "./entryTypes";

export const ACTIVITY_ENTRY_KEYS: readonly ActivityEntryKey[] = ["state", "doneDate", "evidence", "note"];
export const TARGET_ENTRY_KEYS: readonly TargetEntryKey[] = ["done", "total", "notApplicable", "note"];

/**
 * The entry columns of a kind of row, in sheet order: the only columns the pane ever writes (the rest
 * hold the framework, formulas or technical data).
 */
export function entryKeys(kind: EntryKind): readonly EntryKey[] {
  return kind === "activity" ? ACTIVITY_ENTRY_KEYS : TARGET_ENTRY_KEYS;
}
