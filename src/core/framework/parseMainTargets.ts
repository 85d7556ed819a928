import { matchKey } from "../text/matchKey";
import { normalizeText } from "../text/normalizeText";
import { joinFragments } from "./joinFragments";
import type { SourceLocation } from "./types";

/** A main target as written in part II of the plan, before it is linked to the appendix. */
export interface MainTargetDraft {
  /** `CT<group>.<n>`, e.g. `CT7.4`. */
  id: string;
  group: number;
  /** The group's heading, e.g. `Cải cách thể chế`. */
  groupTitle: string;
  text: string;
  location: SourceLocation;
}

const PART_TWO = /^ii[.)]?\s+cac chi tieu chu yeu\b/;
const NEXT_PART = /^[ivx]+[.)]\s+\S/;
const ITEM = /^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$/u;
const GROUP = /^(\d{1,2})[.)]\s+(\S.*)$/u;
const FOOTNOTE = /^[\u00B9\u00B2\u00B3\u2070-\u2079]/;

/**
 * Reads the plan's main targets (part II, "Các chỉ tiêu chủ yếu", numbered 1.1–7.4 in groups) from the
 * plan's lines. A paragraph that a page break cut goes on in the next line that starts no number;
 * footnote lines are left out. Returns an empty list when the text has no part II (e.g. a bare table).
 */
export function parseMainTargets(lines: readonly string[]): MainTargetDraft[] {
  const result: MainTargetDraft[] = [];
  let inPartTwo = false;
  let group = 0;
  let groupTitle = "";
  let current: MainTargetDraft | undefined;
  lines.forEach((raw, index) => {
    const line = normalizeText(raw);
    if (line === "") return;
    const key = matchKey(line);
    if (!inPartTwo) {
      inPartTwo = PART_TWO.test(key);
      return;
    }
    if (NEXT_PART.test(key) || raw.includes("\t")) {
      inPartTwo = false;
      current = undefined;
      return;
    }
    if (FOOTNOTE.test(line)) return;
    const item = ITEM.exec(line);
    if (item !== null) {
      current = {
        id: `CT${Number(item[1])}.${Number(item[2])}`,
        group: Number(item[1]),
        groupTitle: Number(item[1]) === group ? groupTitle : "",
        text: item[3],
        location: { line: index + 1 },
      };
      result.push(current);
      return;
    }
    const heading = GROUP.exec(line);
    if (heading !== null) {
      group = Number(heading[1]);
      groupTitle = heading[2];
      current = undefined;
      return;
    }
    if (current !== undefined) current.text = joinFragments(current.text, line);
  });
  return result;
}
