import { normalizeText } from "../text/normalizeText";

// Tags that Word and web exports leave in cell text; anything else in angle brackets is kept as written.
const TAGS = /<\/?(?:p|br|div|span|b|i|u|em|strong|font|o:p)\b[^>]*>/gi;
const ENTITIES: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/**
 * Returns a cell's text as the product keeps it: leftover HTML tags and entities removed and
 * whitespace folded (normalizeText), but every word, typo and broken word left as the source has it.
 */
export function cleanCell(raw: string): string {
  const untagged = raw.replace(TAGS, " ").replace(/&(?:nbsp|amp|lt|gt|quot);/g, (entity) => ENTITIES[entity]);
  return normalizeText(untagged);
}
