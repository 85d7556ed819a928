/**
 * Reads the measurable targets out of the plan's prose: an appendix objective, or a main target of
 * part II. The plan states its targets in Vietnamese sentences (`Tối thiểu 35% cơ quan, đơn vị…`,
 * `giảm 28 biên chế công chức`, `cấp tỉnh 90%, cấp huyện 80%, cấp xã 75%`), and every later part
 * of the product judges figures against what is read here, so the parser says what it was unsure of
 * instead of guessing silently.
 */
import type { Comparator, Direction, Level, LevelValues, ParseWarning, Target, TargetKind } from "./types";
import { normalizeText } from "../text/normalizeText";
import { matchKey } from "../text/matchKey";
import { formatMessage } from "../messages/message";
import {
  targetDirectionAssumed,
  targetKindAssumedConflict,
  targetKindAssumedNoEvidence,
  targetNumberIgnored,
  targetUnitGuessed,
  targetUnitMissing,
} from "../messages/parsing";
import { parseTargetLexicon } from "./parseTargetLexicon";

const { nounAt, cumulativeCues, levelCues } = parseTargetLexicon;

/** A target as read from prose, before the assembler gives it an id, objective and reporters. */
export type ParsedTarget = Omit<Target, "id" | "objectiveId" | "reporters" | "aggregate">;

interface Span {
  start: number;
  end: number;
}

/** One figure found in a clause, with what follows it. Indices are into the normalised text. */
interface Item {
  start: number;
  /** End of the figure, its `%` and unit noun, level phrase and `(N trường)` equivalent. */
  end: number;
  measure: "percent" | "count";
  value: number;
  max?: number;
  unitLabel: string;
  unitGuessed: boolean;
  event: boolean;
  level?: Level;
  equivalentCount?: number;
  /** `trở lên` / `trở xuống` after the figure. */
  suffix?: Comparator;
}

/** The three strings the parser reads in step: the same length, so one index means one place in all three. */
interface Texts {
  source: string;
  key: string;
  lower: string;
}

const NUMBER = /\d+(?:[.,]\d+)*/g;
const ITEM_NUMBER = /^\d{1,2}\.(?:\d{1,2}(?:\.\d{1,2})*\.?)?:?(?=\s)/;
const LEVEL_WORDS: Record<string, Level> = { tinh: "province", so: "province", huyen: "district", xa: "commune" };
const LEVEL_BEFORE = /(?:^|[^a-z0-9])cap (tinh|so|huyen|xa)\s*:?\s*$/;
const LEVEL_AFTER = /^\s*,?\s*(?:tai|o)\s+cap (tinh|so|huyen|xa)(?![a-z0-9])/;
const PERCENT_SIGN = /^\s*(?:%|phan tram(?![a-z0-9]))/;
const SUFFIX = /^\s*(tro len|tro xuong)(?![a-z0-9])/;
// Read with diacritics: folded, the article `số` would also skip the noun `sở` (`100% sở, ban, ngành`).
const ARTICLES = /^\s*(?:(?:tổng số|số|các|những|toàn bộ|tất cả)\s+)*/u;
const RANGE = /^\s*(%\s*)?(?:den|toi|[-–])\s*(\d+(?:[.,]\d+)*)/;
// Words between a cue and its figure that change nothing: `ít nhất có 03`, `đạt tối thiểu tương ứng: cấp tỉnh 50%`.
const FILLER_END =
  /(?:\s+|[,:(]|(?<![a-z0-9])(?:dat|la|co|o|muc|tuong ung|cap (?:tinh|so|huyen|xa)|tai|duoc|phan dau|dam bao)(?![a-z0-9]))$/;
const COMPARATOR_END: [RegExp, Comparator][] = [
  [/(?:(?<![a-z0-9])(?:toi thieu|it nhat|khong thap hon|khong duoi|khong it hon|tu)|>=|≥)$/, "atLeast"],
  [/(?:(?<![a-z0-9])(?:toi da|khong qua|khong vuot qua|khong cao hon|khong nhieu hon)|<=|≤)$/, "atMost"],
  [/(?:(?<![a-z0-9])(?:tren|hon|vuot)|>)$/, "moreThan"],
  [/(?:(?<![a-z0-9])(?:duoi|thap hon|it hon)|<)$/, "lessThan"],
];
// `đúng` (exactly) and the direction words are read with their diacritics: folded, they collide
// with `dùng`/`dụng`, `giám` (giám sát) and `tầng`/`tặng`.
const EXACTLY_END = /(?<![\p{L}\p{N}])đúng\s*$|(?<![<>!=])=\s*$/u;
const DECREASE_END = /(?<![\p{L}\p{N}])(?:cắt giảm|giảm)\s*$/u;
const INCREASE_END = /(?<![\p{L}\p{N}])tăng\s*$/u;
const DECREASE_ANYWHERE = /(?<![\p{L}\p{N}])giảm(?![\p{L}\p{N}])/u;
const CONNECTOR_ONLY = /^[\s,]*(?:(?:va|hoac|cung)[\s,]*)?$/;
// Words after which a number is a date, a document or a group, never a target. Read with
// diacritics: folded, `số` would be `sở` (`cấp sở 90%`) and `mục` would be `mức` (`đạt mức 90%`).
const NOT_A_TARGET_BEFORE =
  /(?<![\p{L}\p{N}])(?:số|nhóm|cấp|cấp độ|năm|ngày|tháng|quý|giai đoạn|đề án|nghị định|nghị quyết|quyết định|thông tư|chỉ thị|công văn|luật|điều|khoản|mục|phụ lục|biểu|mẫu|iso|tcvn|phiên bản)\s*$/u;
// Units of time and age: `dưới 40 tuổi`, `trong 05 ngày`.
const NOT_A_TARGET_AFTER = /^\s*(?:tuoi|nam|thang|ngay|gio|phut|giay|quy|tuan)(?![a-z0-9])/;
const GUESS_STOP =
  /^(?:cua|duoc|trong|theo|tai|co|khi|de|ve|so|voi|tu|da|la|va|do|thuoc|tren|dat|nam|cho|o|hoac|nhu|ma|tro)$/;

/**
 * Returns the measurable targets an objective's text states, in text order, with a warning for
 * every figure or field it could not read with certainty. Each target's `text` is the fragment of
 * `normalizeText(text)` it was read from, so whitespace, line breaks and Unicode form of the input
 * never change the result.
 *
 * Conventions: a figure with no comparator word (`đạt 70%`, `100%`, `13 Trung tâm`) is a minimum
 * (`atLeast`), because the plan sets floors; `giảm 28 biên chế` is a cut of at least 28. When the
 * plan gives a value per level of government, `value` is the weakest of them (what a mixed
 * provincial aggregate must reach at least when every level meets its own).
 */
export function parseTargets(text: string): { targets: ParsedTarget[]; warnings: ParseWarning[] } {
  const texts = readTexts(text);
  const targets: ParsedTarget[] = [];
  const warnings: ParseWarning[] = [];
  for (const clause of splitClauses(texts)) {
    const items = readItems(texts, clause, warnings);
    targets.push(...buildTargets(texts, clause, items, warnings));
  }
  return { targets, warnings };
}

function readTexts(text: string): Texts {
  const source = normalizeText(text);
  const key = matchKey(source);
  let lower = "";
  for (const char of source) {
    const folded = char.toLowerCase();
    lower += folded.length === char.length ? folded : char;
  }
  return { source, key, lower };
}

/** Splits the text at `;`, sentence ends and HTML tags, and drops each clause's own number (`1.3.`). */
function splitClauses({ source, key }: Texts): Span[] {
  const cuts: Span[] = [];
  for (const match of key.matchAll(/;|<[^>]*>/g)) {
    cuts.push({ start: match.index, end: match.index + match[0].length });
  }
  // A full stop before a capital ends a sentence, unless it closes an item number (`1.1. Nâng cao`).
  for (const match of source.matchAll(/(?<!(?:^|[\s>])\d{1,2}(?:\.\d{1,2})*)\.\s+(?=[\p{Lu}<])/gu)) {
    cuts.push({ start: match.index, end: match.index + 1 });
  }
  cuts.sort((a, b) => a.start - b.start);
  const clauses: Span[] = [];
  let from = 0;
  for (const cut of [...cuts, { start: key.length, end: key.length }]) {
    if (cut.start >= from) {
      const clause = trimClause(key, from, cut.start);
      if (clause) clauses.push(clause);
      from = cut.end;
    }
  }
  return clauses;
}

function trimClause(key: string, start: number, end: number): Span | null {
  let from = start;
  let to = end;
  while (from < to && /[\s.,:\-–—]/.test(key[from])) from++;
  while (to > from && /[\s.,;:\-–—]/.test(key[to - 1])) to--;
  const itemNumber = ITEM_NUMBER.exec(key.slice(from, to));
  if (itemNumber) {
    from += itemNumber[0].length;
    while (from < to && /\s/.test(key[from])) from++;
  }
  return from < to ? { start: from, end: to } : null;
}

function parseNumber(raw: string): number | null {
  if (/^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/.test(raw)) return Number(raw.replace(/\./g, "").replace(",", "."));
  if (/^\d+(?:,\d+)?$/.test(raw)) return Number(raw.replace(",", "."));
  // A decimal point typed the English way (`2.5%`): the only other reading left.
  if (/^\d+\.\d+$/.test(raw)) return Number(raw);
  return null;
}

function isYear(raw: string): boolean {
  return /^(?:19|20)\d{2}$/.test(raw);
}

/** Finds every figure of a clause that is a target, and warns about figures it cannot place. */
function readItems(texts: Texts, clause: Span, warnings: ParseWarning[]): Item[] {
  const { key } = texts;
  const items: Item[] = [];
  const body = key.slice(clause.start, clause.end);
  let consumedUntil = clause.start;
  for (const match of body.matchAll(NUMBER)) {
    const raw = match[0];
    const start = clause.start + match.index;
    if (start < consumedUntil) continue;
    const end = start + raw.length;
    const before = key.slice(clause.start, start);
    const after = key.slice(end, clause.end);
    if (isStructural(key, start, end, before, after)) continue;
    const value = parseNumber(raw);
    if (value === null || NOT_A_TARGET_BEFORE.test(texts.lower.slice(clause.start, start))) {
      if (value === null) warnIgnored(texts, clause, raw, warnings);
      continue;
    }
    const item = readRange(texts, clause, start, end, value) ?? readPercent(texts, clause, start, end, value);
    const found = item ?? readCount(texts, clause, start, end, value);
    if (found) {
      items.push(found);
      consumedUntil = found.end;
      continue;
    }
    if (isYear(raw) || NOT_A_TARGET_AFTER.test(after)) continue;
    const guessed = readCuedCount(texts, clause, start, end, value, items);
    if (guessed) {
      items.push(guessed);
      consumedUntil = guessed.end;
      continue;
    }
    warnIgnored(texts, clause, raw, warnings);
  }
  return items;
}

/** Dates, document numbers, standards and year ranges: `25/12/2023`, `12-NQ/TU`, `ISO 9001:2015`, `2021-2030`. */
function isStructural(key: string, start: number, end: number, before: string, after: string): boolean {
  const previous = key[start - 1] ?? "";
  if (previous === "/" || after.startsWith("/") || previous === ":" || /^:\d/.test(after)) return true;
  if (/^-[a-z]/.test(after) || /[a-z]-$/.test(before)) return true;
  if (/(?<![a-z0-9])(?:iso|tcvn)\s*$/.test(before)) return true;
  const range = /^\s*[-–]\s*(\d+)/.exec(after);
  if (range && isYear(key.slice(start, end)) && isYear(range[1])) return true;
  // A figure glued to letters is part of a code (`DVC3`, `Đề án 06A`).
  return /[a-z]$/.test(before) || /^[a-z]/.test(after);
}

function readPercent(texts: Texts, clause: Span, start: number, end: number, value: number): Item | null {
  const { key } = texts;
  const sign = PERCENT_SIGN.exec(key.slice(end, clause.end));
  if (!sign) return null;
  return describe(texts, clause, { start, end: end + sign[0].length, measure: "percent", value });
}

/** `từ 02 đến 03 cuộc`, `từ 80% đến 90%`, `2-3 cuộc`. */
function readRange(texts: Texts, clause: Span, start: number, end: number, value: number): Item | null {
  const { key } = texts;
  const range = RANGE.exec(key.slice(end, clause.end));
  if (!range) return null;
  const max = parseNumber(range[2]);
  if (max === null || max < value) return null;
  const secondEnd = end + range[0].length;
  const sign = PERCENT_SIGN.exec(key.slice(secondEnd, clause.end));
  if (sign || range[1]) {
    // `đạt 70% đến năm 2025`-like text is a deadline after a percentage, not a range.
    if (max > 100 || (!sign && isYear(range[2]))) return null;
    return describe(texts, clause, {
      start,
      end: secondEnd + (sign ? sign[0].length : 0),
      measure: "percent",
      value,
      max,
    });
  }
  const item = describe(texts, clause, { start, end: secondEnd, measure: "count", value, max });
  return item.unitLabel ? item : null;
}

function readCount(texts: Texts, clause: Span, start: number, end: number, value: number): Item | null {
  const item = describe(texts, clause, { start, end, measure: "count", value });
  return item.unitLabel ? item : null;
}

/**
 * A bare figure with a comparator or direction right before it (`ít nhất 05 mô hình mới`) whose
 * noun is not in the vocabulary: a count target, with the words after it as a guessed noun.
 */
function readCuedCount(
  texts: Texts,
  clause: Span,
  start: number,
  end: number,
  value: number,
  items: Item[],
): Item | null {
  const from = items.length > 0 ? items[items.length - 1].end : clause.start;
  const cue = readCues(texts, from, start);
  if (!cue.comparator && !cue.direction) return null;
  const guess = guessLabel(texts, end, clause.end);
  if (!guess) return null;
  return { start, end: guess.end, measure: "count", value, unitLabel: guess.label, unitGuessed: true, event: false };
}

/** Fills in what follows a figure: `trở lên`, its noun, a level phrase and an equivalent count. */
function describe(
  texts: Texts,
  clause: Span,
  base: { start: number; end: number; measure: "percent" | "count"; value: number; max?: number },
): Item {
  const { key } = texts;
  const item: Item = { ...base, unitLabel: "", unitGuessed: false, event: false };
  let at = item.end;
  const suffix = SUFFIX.exec(key.slice(at, clause.end));
  if (suffix) {
    item.suffix = suffix[1] === "tro len" ? "atLeast" : "atMost";
    at += suffix[0].length;
  }
  // Articles (`các`, `tổng số`) may stand between a percentage and its noun; a count is followed by the noun itself.
  const gap = /^\s*/.exec(key.slice(at, clause.end))?.[0].length ?? 0;
  const articles = ARTICLES.exec(texts.lower.slice(at, clause.end))?.[0].length ?? 0;
  const noun = nounAt(key, at + gap) ?? (item.measure === "percent" ? nounAt(key, at + articles) : null);
  if (noun && noun.end <= clause.end) {
    item.unitLabel = noun.noun.label;
    item.event = noun.noun.event;
    at = noun.end;
    const late = SUFFIX.exec(key.slice(at, clause.end));
    if (late && !item.suffix) {
      item.suffix = late[1] === "tro len" ? "atLeast" : "atMost";
      at += late[0].length;
    }
  }
  if (item.measure === "percent") {
    // `27% trường THCS (40 trường)`: the first parenthesis before the next figure, holding only a count and its noun.
    const equivalent = /^[^\d();]*\(\s*(\d+)\s*([^()\d]*)\)/.exec(key.slice(at, clause.end));
    const count = equivalent ? parseNumber(equivalent[1]) : null;
    if (equivalent && count !== null && nounAt(key, at + equivalent[0].lastIndexOf(equivalent[2])) !== null) {
      item.equivalentCount = count;
      at += equivalent[0].length;
    }
    const levelBefore = LEVEL_BEFORE.exec(key.slice(clause.start, item.start));
    const levelAfter = LEVEL_AFTER.exec(key.slice(at, clause.end));
    if (levelBefore) item.level = LEVEL_WORDS[levelBefore[1]];
    else if (levelAfter) {
      item.level = LEVEL_WORDS[levelAfter[1]];
      at += levelAfter[0].length;
    }
  }
  item.end = at;
  return item;
}

function guessLabel(texts: Texts, from: number, limit: number): { label: string; end: number } | null {
  const { key, source } = texts;
  const words: Span[] = [];
  const pattern = /[a-z0-9]+/g;
  pattern.lastIndex = from;
  let gapStart = from;
  for (let match = pattern.exec(key); match && match.index < limit; match = pattern.exec(key)) {
    const gap = key.slice(gapStart, match.index);
    if (/[^\s,]/.test(gap) || (words.length > 0 && gap.includes(","))) break;
    if (GUESS_STOP.test(match[0]) || words.length === 4) break;
    words.push({ start: match.index, end: match.index + match[0].length });
    gapStart = match.index + match[0].length;
  }
  if (words.length === 0) return null;
  return { label: source.slice(words[0].start, words[words.length - 1].end), end: words[words.length - 1].end };
}

/** What the words right before a figure say: `tối thiểu`, `trên`, `giảm`, `cắt giảm ít nhất`. */
function readCues(
  texts: Texts,
  from: number,
  to: number,
): { comparator?: Comparator; direction?: Direction; start: number } {
  const { key, lower } = texts;
  let end = stripFillers(key, from, to);
  let comparator: Comparator | undefined;
  const exactly = EXACTLY_END.exec(lower.slice(from, end));
  if (exactly) {
    comparator = "exactly";
    end -= exactly[0].length;
  } else {
    for (const [pattern, meaning] of COMPARATOR_END) {
      const match = pattern.exec(key.slice(from, end));
      if (match) {
        comparator = meaning;
        end -= match[0].length;
        break;
      }
    }
  }
  end = stripFillers(key, from, end);
  const head = lower.slice(from, end);
  const decrease = DECREASE_END.exec(head);
  const increase = decrease ? null : INCREASE_END.exec(head);
  const direction: Direction | undefined = decrease ? "decrease" : increase ? "increase" : undefined;
  const start = end - (decrease?.[0].length ?? increase?.[0].length ?? 0);
  return { comparator, direction, start };
}

function stripFillers(key: string, from: number, to: number): number {
  let end = to;
  for (;;) {
    const filler = FILLER_END.exec(key.slice(from, end));
    if (!filler || filler[0].length === 0) return end;
    end -= filler[0].length;
  }
}

/**
 * A noun named before the figure (`Tỷ lệ nộp hồ sơ trực tuyến đạt 70%`, `Mức độ hài lòng của người
 * dân… đạt 94%`), and where a `tỷ lệ` that introduces it starts.
 */
function labelBefore(texts: Texts, from: number, to: number): { label: string; rateStart?: number } {
  const { key } = texts;
  const span = key.slice(from, to);
  const rate = [...span.matchAll(/(?<![a-z0-9])t[yi] le(?![a-z0-9])/g)].pop();
  const rateStart = rate ? from + rate.index : undefined;
  const start = rate ? from + rate.index + rate[0].length : from;
  for (let at = start; at < to; at++) {
    const wordStart = /[a-z0-9]/.test(key[at]) && (at === 0 || !/[a-z0-9]/.test(key[at - 1]));
    if (!wordStart || /(?<![a-z0-9])cap\s*$/.test(key.slice(from, at))) continue;
    const noun = nounAt(key, at);
    if (noun && noun.end <= to) return { label: noun.noun.label, rateStart };
  }
  return { label: "", rateStart };
}

interface Group {
  items: Item[];
  start: number;
  end: number;
}

/** Merges a run of percentages that each name a distinct level (`cấp tỉnh 90%, cấp huyện 80%, cấp xã 75%`). */
function groupLevels(items: Item[]): Group[] {
  const groups: Group[] = [];
  let index = 0;
  while (index < items.length) {
    let next = index;
    const seen = new Set<Level>();
    while (
      next < items.length &&
      items[next].measure === "percent" &&
      items[next].max === undefined &&
      items[next].level !== undefined &&
      !seen.has(items[next].level as Level)
    ) {
      seen.add(items[next].level as Level);
      next++;
    }
    const run = next - index >= 2 ? items.slice(index, next) : [items[index]];
    groups.push({ items: run, start: run[0].start, end: run[run.length - 1].end });
    index += run.length;
  }
  return groups;
}

/** What a group's surroundings say, read before its text is cut out of the clause. */
interface Reading {
  group: Group;
  comparator?: Comparator;
  direction?: Direction;
  /** Where the words that introduce the figure start (`tỷ lệ …`, `tối thiểu`, `giảm`): the target's text starts there. */
  leadStart: number;
  unitLabel: string;
  coordinated: boolean;
}

function buildTargets(texts: Texts, clause: Span, items: Item[], warnings: ParseWarning[]): ParsedTarget[] {
  const { source, key, lower } = texts;
  const clauseKey = key.slice(clause.start, clause.end);
  let previousEnd = clause.start;
  const readings: Reading[] = groupLevels(items).map((group, index) => {
    const cues = readCues(texts, previousEnd, group.start);
    let unitLabel = group.items.map((item) => item.unitLabel).find((label) => label !== "") ?? "";
    let rateStart: number | undefined;
    if (!unitLabel) ({ label: unitLabel, rateStart } = labelBefore(texts, previousEnd, group.start));
    const reading: Reading = {
      group,
      comparator: cues.comparator,
      direction: cues.direction,
      leadStart: Math.min(cues.start, rateStart ?? cues.start),
      unitLabel,
      coordinated: index > 0 && CONNECTOR_ONLY.test(key.slice(previousEnd, group.start)),
    };
    previousEnd = group.end;
    return reading;
  });

  const targets: ParsedTarget[] = [];
  readings.forEach((reading, index) => {
    const { group } = reading;
    const first = group.items[0];
    const last = group.items[group.items.length - 1];
    const previous = targets[index - 1];
    const inherited = reading.coordinated && previous?.measure === first.measure ? previous : undefined;
    const textStart = index === 0 ? clause.start : reading.leadStart;
    const textEnd = index === readings.length - 1 ? clause.end : readings[index + 1].leadStart;
    const fragment = trimFragment(source, key, textStart, textEnd);

    // `trở lên`/`trở xuống` says which way the bound goes, so it outranks the `từ` before the figure.
    let comparator: Comparator =
      last.suffix ?? first.suffix ?? reading.comparator ?? inherited?.comparator ?? "atLeast";
    if (first.max !== undefined) comparator = "between";
    else if (comparator === "between") comparator = "atLeast";
    let direction: Direction = reading.direction ?? inherited?.direction ?? "increase";
    if (!reading.direction && !inherited && DECREASE_ANYWHERE.test(lower.slice(clause.start, group.start))) {
      direction = "decrease";
      warnings.push({
        code: "target.direction-assumed",
        message: formatMessage(targetDirectionAssumed, { text: fragment }),
      });
    }

    if (group.items.some((item) => item.unitGuessed)) {
      warnings.push({
        code: "target.unit-guessed",
        message: formatMessage(targetUnitGuessed, { text: fragment, unit: reading.unitLabel }),
      });
    } else if (!reading.unitLabel) {
      warnings.push({ code: "target.unit-missing", message: formatMessage(targetUnitMissing, { text: fragment }) });
    }

    const target: ParsedTarget = {
      text: fragment,
      measure: first.measure,
      comparator,
      value: first.value,
      direction,
      unitLabel: reading.unitLabel,
      kind: "level",
    };
    if (first.max !== undefined) target.max = first.max;
    if (group.items.length > 1) {
      const levels: LevelValues = {};
      for (const item of group.items) levels[item.level as Level] = item.value;
      target.levels = levels;
      const values = group.items.map((item) => item.value);
      target.value = comparator === "atMost" || comparator === "lessThan" ? Math.max(...values) : Math.min(...values);
    }
    if (first.equivalentCount !== undefined && group.items.length === 1) target.equivalentCount = first.equivalentCount;
    target.kind = inferKind(target, group.items, clauseKey, warnings);
    targets.push(target);
  });
  return targets;
}

/** Cuts a target's text, without the punctuation and `và`/`hoặc` that join it to its neighbours. */
function trimFragment(source: string, key: string, start: number, end: number): string {
  let from = start;
  let to = end;
  for (;;) {
    const before = { from, to };
    while (from < to && /[\s,;:.\-–—]/.test(key[from])) from++;
    while (to > from && /[\s,;:.\-–—]/.test(key[to - 1])) to--;
    const tail = /(?:^|\s)(?:va|hoac)$/.exec(key.slice(from, to));
    if (tail) to -= tail[0].length;
    const head = /^(?:va|hoac)\s/.exec(key.slice(from, to));
    if (head) from += head[0].length;
    if (before.from === from && before.to === to) break;
  }
  return source.slice(from, to);
}

/**
 * Decides whether a target is a rate to hold (`level`) or progress that builds up (`cumulative`)
 * from words in its clause; when the words say nothing or disagree, it takes the likelier reading
 * for the measure (rates hold, counts build up) and warns.
 */
function inferKind(target: ParsedTarget, items: Item[], clauseKey: string, warnings: ParseWarning[]): TargetKind {
  const cumulative = cumulativeCues.filter((cue) => cue.pattern.test(clauseKey)).map((cue) => cue.cue);
  if (items.some((item) => item.event)) cumulative.push(target.unitLabel);
  if (target.measure === "count" && target.direction === "decrease") cumulative.push("giảm");
  const level = levelCues.filter((cue) => cue.pattern.test(clauseKey)).map((cue) => cue.cue);
  if (cumulative.length > 0 && level.length === 0) return "cumulative";
  if (level.length > 0 && cumulative.length === 0) return "level";
  const kind: TargetKind = target.measure === "count" ? "cumulative" : "level";
  const params = {
    text: target.text,
    kindVi: kind === "level" ? "tỷ lệ duy trì (level)" : "lũy kế trong năm (cumulative)",
    kindEn: kind,
    cumulative: cumulative.join(", "),
    level: level.join(", "),
  };
  warnings.push(
    cumulative.length === 0
      ? { code: "target.kind-assumed", message: formatMessage(targetKindAssumedNoEvidence, params) }
      : { code: "target.kind-assumed", message: formatMessage(targetKindAssumedConflict, params) },
  );
  return kind;
}

function warnIgnored(texts: Texts, clause: Span, raw: string, warnings: ParseWarning[]): void {
  warnings.push({
    code: "target.number-ignored",
    message: formatMessage(targetNumberIgnored, { number: raw, text: texts.source.slice(clause.start, clause.end) }),
  });
}
