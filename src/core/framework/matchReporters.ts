/**
 * Derives who reports from a lead (`Chủ trì`) cell of the plan. A lead names units (`Sở Nội vụ`,
 * `Sở TTTT`, `VP UBND tỉnh`) and categories of units (`Các sở, ban, ngành`, `UBND cấp huyện`,
 * `Các cơ quan, đơn vị, địa phương`), in full, in short or in a mix; who reports decides whose
 * figures are judged, so every part of the cell is either matched or reported back.
 */
import type { Level, ParseWarning, Reporter, Unit } from "./types";
import { matchKey } from "../text/matchKey";
import { normalizeText } from "../text/normalizeText";
import { formatMessage } from "../messages/message";
import {
  categoryNames,
  reportersEmpty,
  reportersQualifierIgnored,
  reportersUnmatched,
  reportersVague,
} from "../messages/parsing";

interface Token {
  word: string;
  start: number;
  end: number;
  /** A `;` or parenthesis stands between this token and the previous one: no name runs across it. */
  hardBefore: boolean;
  /** A comma stands between this token and the previous one. */
  commaBefore: boolean;
  inParentheses: boolean;
}

type Meaning =
  | { kind: "reporter"; reporter: Reporter; vague: boolean }
  | { kind: "filler" }
  /** `Sở Nội vụ chủ trì đối với …`: a remark on the scope of the unit before it. */
  | { kind: "scope" };

interface Pattern {
  words: string[];
  meaning: Meaning;
}

// Words that never tell units apart: `và`/`&`, `các`, `những`, `của`.
const DROPPED = new Set(["va", "cac", "nhung", "cua"]);
const SYNONYMS: [string[], string[]][] = [
  [["uy", "ban", "nhan", "dan"], ["ubnd"]],
  [["tp"], ["thanh", "pho"]],
  [["tx"], ["thi", "xa"]],
  [["vp"], ["van", "phong"]],
];

const category = (level: Level | "all", vague = false): Meaning => ({
  kind: "reporter",
  reporter: { kind: "category", level },
  vague,
});

const DISTRICT_LISTS = permutations(["huyện", "thị xã", "thành phố"]).flatMap((order) => {
  const list = order.join(", ");
  return [list, `UBND ${list}`, `UBND cấp ${list}`];
});

/** Category phrases of lead cells, as the plan writes them. */
const CATEGORY_PHRASES: [string[], Meaning][] = [
  [
    [
      "sở, ban, ngành",
      "sở, ngành",
      "sở, ban, ngành, đơn vị",
      "sở, ngành, đơn vị",
      "sở, ban, ngành cấp tỉnh",
      "ban, ngành cấp tỉnh",
      "sở, cơ quan, đơn vị thuộc UBND tỉnh",
      "cơ quan, đơn vị thuộc UBND tỉnh",
      "cơ quan chuyên môn thuộc UBND tỉnh",
      "cơ quan, đơn vị cấp tỉnh",
      "cơ quan cấp tỉnh",
      "cơ quan Trung ương đóng trên địa bàn tỉnh",
      "cấp tỉnh",
    ],
    category("province"),
  ],
  [
    [
      "cơ quan chủ trì CCHC của tỉnh",
      "cơ quan chủ trì CCHC tỉnh",
      "cơ quan chủ trì các lĩnh vực CCHC tỉnh",
      "cơ quan chủ trì các lĩnh vực CCHC của tỉnh",
    ],
    category("province", true),
  ],
  [["UBND cấp huyện", "UBND huyện", "cấp huyện", ...DISTRICT_LISTS], category("district")],
  [["địa phương", "địa phương có liên quan"], category("district", true)],
  [["UBND cấp xã", "UBND xã", "cấp xã", "xã, phường, thị trấn", "UBND xã, phường, thị trấn"], category("commune")],
  [
    [
      "cơ quan, đơn vị, địa phương",
      "cơ quan, đơn vị",
      "đơn vị, địa phương",
      "cơ quan, địa phương",
      "bộ phận một cửa các cấp",
      "tất cả cơ quan, đơn vị",
    ],
    category("all"),
  ],
  [
    [
      "cơ quan liên quan",
      "cơ quan có liên quan",
      "cơ quan, đơn vị liên quan",
      "cơ quan, đơn vị có liên quan",
      "đơn vị liên quan",
      "đơn vị có liên quan",
    ],
    category("all", true),
  ],
  // Qualifiers that name no one: `Sở, ban, ngành có liên quan`, `Bộ phận một cửa cấp tỉnh, cấp huyện`.
  [["có liên quan", "liên quan", "khác", "bộ phận một cửa", "trên địa bàn tỉnh", "trên địa bàn"], { kind: "filler" }],
  [["chủ trì"], { kind: "scope" }],
];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, index) =>
    permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]),
  );
}

/** Splits text into comparison words, keeping where each came from in `normalizeText(text)`. */
function tokenize(text: string): Token[] {
  // Leftover HTML (`<p>…</p>`) separates like a semicolon.
  const key = matchKey(text).replace(/<[^>]*>/g, (tag) => ";".padEnd(tag.length, " "));
  const raw: Token[] = [];
  let hard = false;
  let comma = false;
  let depth = 0;
  for (const match of key.matchAll(/[a-z0-9]+|[;()]|,/g)) {
    const part = match[0];
    // `các cấp` (every level) is a phrase of its own, unlike the `các` of `các sở, ban, ngành`.
    const keep = part === "cac" && /^\s*cap(?![a-z0-9])/.test(key.slice(match.index + part.length));
    if (part === ",") comma = true;
    else if (part === ";" || part === "(" || part === ")") {
      hard = true;
      depth = Math.max(0, depth + (part === "(" ? 1 : part === ")" ? -1 : 0));
    } else if (keep || !DROPPED.has(part)) {
      raw.push({
        word: part,
        start: match.index,
        end: match.index + part.length,
        hardBefore: hard,
        commaBefore: comma,
        inParentheses: depth > 0,
      });
      hard = false;
      comma = false;
    }
  }
  return applySynonyms(raw);
}

function applySynonyms(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let index = 0;
  while (index < tokens.length) {
    const rule = SYNONYMS.find(([from]) => from.every((word, offset) => tokens[index + offset]?.word === word));
    if (!rule) {
      out.push(tokens[index]);
      index++;
      continue;
    }
    const [from, to] = rule;
    const first = tokens[index];
    const last = tokens[index + from.length - 1];
    to.forEach((word, offset) =>
      out.push(
        offset === 0
          ? { ...first, word, end: last.end }
          : { ...first, word, end: last.end, hardBefore: false, commaBefore: false },
      ),
    );
    index += from.length;
  }
  return out;
}

const compiled = new WeakMap<Unit[], Map<string, Pattern[]>>();

/** Indexes every unit name, alias and category phrase by its first word, longest first. */
function patternsFor(units: Unit[]): Map<string, Pattern[]> {
  const cached = compiled.get(units);
  if (cached) return cached;
  const patterns: Pattern[] = [];
  for (const unit of units) {
    const reporter: Reporter = { kind: "unit", name: unit.name };
    for (const spelling of [unit.name, ...unit.aliases]) {
      patterns.push({
        words: tokenize(spelling).map((token) => token.word),
        meaning: { kind: "reporter", reporter, vague: false },
      });
    }
  }
  for (const [phrases, meaning] of CATEGORY_PHRASES) {
    for (const phrase of phrases) patterns.push({ words: tokenize(phrase).map((token) => token.word), meaning });
  }
  const byFirst = new Map<string, Pattern[]>();
  for (const pattern of patterns) {
    if (pattern.words.length === 0) continue;
    const list = byFirst.get(pattern.words[0]) ?? [];
    list.push(pattern);
    byFirst.set(pattern.words[0], list);
  }
  // Longest first; at equal length a named unit wins over a category, and a category over a qualifier.
  const rank = (meaning: Meaning): number =>
    meaning.kind === "reporter" ? (meaning.reporter.kind === "unit" ? 0 : 1) : meaning.kind === "scope" ? 2 : 3;
  for (const list of byFirst.values()) {
    list.sort((a, b) => b.words.length - a.words.length || rank(a.meaning) - rank(b.meaning));
  }
  compiled.set(units, byFirst);
  return byFirst;
}

function matchAt(tokens: Token[], at: number, patterns: Map<string, Pattern[]>): Pattern | null {
  for (const pattern of patterns.get(tokens[at].word) ?? []) {
    const fits = pattern.words.every((word, offset) => {
      const token = tokens[at + offset];
      return token !== undefined && token.word === word && (offset === 0 || !token.hardBefore);
    });
    if (fits) return pattern;
  }
  return null;
}

/**
 * Returns the units and categories of units a lead cell names, in the order written, without
 * duplicates. Matching ignores case, diacritics, spacing, Unicode form and the punctuation of
 * short names (`Sở KH&CN` = `Sở KHCN`), takes the longest name at each point (so `Sở Kế hoạch và
 * Đầu tư` is never read as a shorter name inside it), and never runs across `;` or parentheses.
 * Remarks on scope (`Sở Nội vụ chủ trì đối với …`) are skipped. Any other part that matches
 * nothing is reported as `reporters.unmatched` (or `reporters.qualifier-ignored` inside
 * parentheses), and a vague category (`Các cơ quan liên quan`) as `reporters.vague`.
 */
export function matchReporters(leadText: string, units: Unit[]): { reporters: Reporter[]; warnings: ParseWarning[] } {
  const lead = normalizeText(leadText);
  const tokens = tokenize(lead);
  const warnings: ParseWarning[] = [];
  if (tokens.length === 0) {
    warnings.push({ code: "reporters.empty", message: reportersEmpty });
    return { reporters: [], warnings };
  }
  const patterns = patternsFor(units);
  const reporters: Reporter[] = [];
  const seen = new Set<string>();
  let pending: Token[] = [];
  let namedInSegment = false;

  const flush = (): void => {
    if (pending.length === 0) return;
    const text = lead.slice(pending[0].start, pending[pending.length - 1].end);
    const inParentheses = pending.every((token) => token.inParentheses);
    warnings.push(
      inParentheses
        ? { code: "reporters.qualifier-ignored", message: formatMessage(reportersQualifierIgnored, { text, lead }) }
        : { code: "reporters.unmatched", message: formatMessage(reportersUnmatched, { text, lead }) },
    );
    pending = [];
  };

  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (token.hardBefore && !token.inParentheses) namedInSegment = false;
    const pattern = matchAt(tokens, index, patterns);
    if (!pattern) {
      if (token.hardBefore || token.commaBefore) flush();
      pending.push(token);
      index++;
      continue;
    }
    flush();
    const { meaning } = pattern;
    if (meaning.kind === "scope" && namedInSegment) {
      // Skip the remark up to the next `;` or parenthesis.
      index++;
      while (index < tokens.length && !tokens[index].hardBefore) index++;
      continue;
    }
    if (meaning.kind === "reporter") {
      const id = JSON.stringify(meaning.reporter);
      if (!seen.has(id)) {
        seen.add(id);
        reporters.push(meaning.reporter);
      }
      namedInSegment = true;
      if (meaning.vague) {
        const text = lead.slice(token.start, tokens[index + pattern.words.length - 1].end);
        const name = meaning.reporter.kind === "category" ? categoryNames[meaning.reporter.level] : categoryNames.all;
        warnings.push({
          code: "reporters.vague",
          message: formatMessage(reportersVague, { text, lead, categoryVi: name.vi, categoryEn: name.en }),
        });
      }
    }
    index += pattern.words.length;
  }
  flush();
  return { reporters, warnings };
}
