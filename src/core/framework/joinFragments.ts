/**
 * Joins the text of a cell that a page break cut in two (`Quý` + `I/2024`, `Theo dự` + `toán được cấp`).
 * Vietnamese writes one syllable per word, so a line almost always breaks between words and the parts
 * are joined with a space; they are joined without one only where that is certain: after `/`, an
 * opening bracket or a hyphen glued to its word, and before closing punctuation.
 */
export function joinFragments(before: string, after: string): string {
  if (before === "") return after;
  if (after === "") return before;
  const glueAfter = /(?:\/|[([{]|\S-)$/.test(before);
  const glueBefore = /^[,.;:!?)\]}%]/.test(after);
  return glueAfter || glueBefore ? `${before}${after}` : `${before} ${after}`;
}
