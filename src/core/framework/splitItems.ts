/** One numbered item found in a cell: `3.17 Ban hành …` → number `3.17`, text `Ban hành …`. */
export interface CellItem {
  /** The source number, normalised to `<major>.<minor>` (`2.12:` → `2.12`). */
  number: string;
  /** The item's text, without its number. */
  text: string;
  /** True when the number's first part is not the column's level (`2.3` in the Hoạt động column). */
  offLevel: boolean;
}

export interface SplitCell {
  /** Text before the first numbered item: the rest of an item that began on an earlier line. */
  leading: string;
  items: CellItem[];
}

// A number like `3.17`, `3.17.`, `2.12:` after the start or a space, before the item's first letter.
const ITEM_NUMBER = /(^|\s)(\d{1,2})\.(\d{1,3})(\.(?!\d)|:)?\s*(?=\S|$)/gu;
const ITEM_START = /^[\p{L}\p{N}(“"]/u;
const UPPER = /^\p{Lu}/u;

/**
 * Splits a cleaned cell of the Mục tiêu (level 1), Nhiệm vụ (2) or Hoạt động (3) column into its
 * numbered items (`3.1. … 3.2. …`). An item starts at the cell's start with any `a.b` number before a
 * letter; inside the cell only with the column's own level before a capital letter, so that figures
 * such as `ISO 9001:2015` or `1.5 lần` in running text never split an item. A number that ends the
 * cell (`… 3.2.`, cut by a page break) starts an item whose text follows on the next line.
 */
export function splitItems(text: string, level: number): SplitCell {
  const starts: { index: number; end: number; number: string; offLevel: boolean }[] = [];
  for (const match of text.matchAll(ITEM_NUMBER)) {
    const index = (match.index ?? 0) + match[1].length;
    const end = (match.index ?? 0) + match[0].length;
    const rest = text.slice(end);
    const major = Number(match[2]);
    const atStart = index === 0;
    // A page break may fall right after a number (`3.2.` ending the line): the item's text follows on the next line.
    const endsCell = rest === "" && (atStart || (major === level && match[4] !== undefined));
    if (!endsCell && (atStart ? !ITEM_START.test(rest) : major !== level || !UPPER.test(rest))) continue;
    starts.push({ index, end, number: `${major}.${Number(match[3])}`, offLevel: major !== level });
  }
  if (starts.length === 0) return { leading: text.trim(), items: [] };
  const items = starts.map((start, i) => ({
    number: start.number,
    text: text.slice(start.end, i + 1 < starts.length ? starts[i + 1].index : undefined).trim(),
    offLevel: start.offLevel,
  }));
  return { leading: text.slice(0, starts[0].index).trim(), items };
}
