/**
 * One canonical form for Vietnamese text read from the plan, from cells and from typing, so that
 * parsers and lookups never depend on how the text was entered (Word export, NFD from macOS,
 * line breaks at page ends, non-breaking spaces).
 */

// Zero-width characters that Word and web forms leave inside words.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;
// Every kind of space and line break, including NBSP and the Unicode line/paragraph separators.
const SPACES = /[\s\u00A0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000]+/g;

/**
 * Returns the text in NFC with invisible characters removed and every run of whitespace folded to
 * one space, trimmed. It is idempotent: normalising twice gives the same text.
 */
export function normalizeText(text: string): string {
  // NFC again at the end: removing an invisible character can bring a base letter and its mark together.
  return text.normalize("NFC").replace(INVISIBLE, "").replace(SPACES, " ").trim().normalize("NFC");
}
