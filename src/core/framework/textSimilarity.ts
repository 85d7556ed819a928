import { matchKey } from "../text/matchKey";

// Function words that every line of the plan shares; they say nothing about what a line is about.
const STOP_WORDS = new Set(
  "cac va cua cho theo trong duoc doi voi tai tu den la co nhung mot de ve thuc hien trien khai".split(" "),
);

/** Returns the distinct content syllables of a text, folded (lower case, no diacritics). */
export function contentWords(text: string): Set<string> {
  const words = matchKey(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== "" && !STOP_WORDS.has(word));
  return new Set(words);
}

/**
 * Returns how alike two texts are, from 0 to 1 (Dice coefficient over their content syllables and
 * syllable pairs), so that the assembler can tell which task an activity or which objective a main
 * target most plausibly belongs to. Pairs weigh in so that `số hóa hồ sơ` beats scattered `số`, `hồ`.
 */
export function textSimilarity(a: string, b: string): number {
  const dice = (x: Set<string>, y: Set<string>): number => {
    if (x.size === 0 || y.size === 0) return 0;
    let shared = 0;
    for (const item of x) if (y.has(item)) shared += 1;
    return (2 * shared) / (x.size + y.size);
  };
  const pairs = (text: string): Set<string> => {
    const words = matchKey(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== "");
    const result = new Set<string>();
    for (let i = 0; i + 1 < words.length; i += 1) result.add(`${words[i]} ${words[i + 1]}`);
    return result;
  };
  return (dice(contentWords(a), contentWords(b)) + dice(pairs(a), pairs(b))) / 2;
}
