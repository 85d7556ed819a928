/**
 * Reads the measurable targets out of an objective's prose (minimal first version: percentages).
 */
import type { ParseWarning, Target } from "./types";
import { normalizeText } from "../text/normalizeText";

/** A target as read from prose, before the assembler gives it an id, objective and reporters. */
export type ParsedTarget = Omit<Target, "id" | "objectiveId" | "reporters" | "aggregate">;

/** Returns the measurable targets an objective's text states, in text order, with warnings for what it could not read. */
export function parseTargets(text: string): { targets: ParsedTarget[]; warnings: ParseWarning[] } {
  const source = normalizeText(text);
  const targets: ParsedTarget[] = [];
  for (const match of source.matchAll(/(\d+(?:,\d+)?)\s*%/g)) {
    targets.push({
      text: match[0],
      measure: "percent",
      comparator: "atLeast",
      value: Number(match[1].replace(",", ".")),
      direction: "increase",
      unitLabel: "",
      kind: "level",
    });
  }
  return { targets, warnings: [] };
}
