/**
 * A comparison key for Vietnamese text: what two strings share when they differ only in case,
 * diacritics, Unicode form or spacing. Parsers search this key and map hits back to the source
 * by position, which is why it keeps the length of the normalised text.
 */
import { normalizeText } from "./normalizeText";

const MARKS = /\p{M}+/gu;

function foldChar(char: string): string {
  if (char === "đ" || char === "Đ") return "d";
  const lower = char.toLowerCase();
  const folded = lower.normalize("NFD").replace(MARKS, "");
  // Keep one key character per source character so that offsets stay valid.
  if (folded.length === char.length) return folded;
  return lower.length === char.length ? lower : char;
}

/**
 * Returns the lower-case, diacritic-free (`đ` → `d`) form of `normalizeText(text)`, with exactly the
 * same length, so an index found in the key is the same index in the normalised text.
 */
export function matchKey(text: string): string {
  let key = "";
  for (const char of normalizeText(text)) key += foldChar(char);
  return key;
}
