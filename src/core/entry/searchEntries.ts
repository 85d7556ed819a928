import { matchKey } from "../text/matchKey";
import type { EntryItem } from "./entryItems";

/**
 * The items matching a search, as staff type it: every word must appear in the ID or the texts,
 * ignoring case, diacritics and spacing (`noi vu` finds `Nội vụ`). Items whose ID starts with the
 * query come first, since typing an ID means wanting that row; otherwise sheet order is kept.
 */
export function searchEntries(items: readonly EntryItem[], query: string): EntryItem[] {
  const key = matchKey(query).trim();
  if (key === "") return [...items];
  const words = key.split(/\s+/);
  const matching = items.filter((item) => words.every((word) => item.searchKey.includes(word)));
  const byId = matching.filter((item) => matchKey(item.id).startsWith(key));
  return [...byId, ...matching.filter((item) => !byId.includes(item))];
}
