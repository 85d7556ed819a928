/**
 * Derives who reports from a lead (Chủ trì) cell (minimal first version: exact names and aliases).
 */
import type { ParseWarning, Reporter, Unit } from "./types";
import { matchKey } from "../text/matchKey";
import { normalizeText } from "../text/normalizeText";
import { formatMessage } from "../messages/message";
import { reportersEmpty, reportersUnmatched } from "../messages/parsing";

/** Returns the units and categories of units a lead cell names, warning about every part it cannot match. */
export function matchReporters(leadText: string, units: Unit[]): { reporters: Reporter[]; warnings: ParseWarning[] } {
  const lead = normalizeText(leadText);
  if (lead === "") return { reporters: [], warnings: [{ code: "reporters.empty", message: reportersEmpty }] };
  const reporters: Reporter[] = [];
  const warnings: ParseWarning[] = [];
  for (const part of lead
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    const key = matchKey(part);
    const unit = units.find((u) => [u.name, ...u.aliases].some((n) => matchKey(n) === key));
    if (unit) reporters.push({ kind: "unit", name: unit.name });
    else
      warnings.push({ code: "reporters.unmatched", message: formatMessage(reportersUnmatched, { text: part, lead }) });
  }
  return { reporters, warnings };
}
