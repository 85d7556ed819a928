import { bilingual } from "../messages/message";
import { applyOverrides, type Override } from "./applyOverrides";
import { parseFramework, type ParseFrameworkOptions } from "./parseFramework";
import type { SkippedRow } from "./appendixDraft";
import type { Framework, ParseWarning } from "./types";

/**
 * Builds a framework from a plan's text and its reviewed corrections: what scripts/generate-framework.ts
 * writes to the embedded data and what the golden test compares it with. Throws when the plan cannot be
 * read or a correction does not apply, since embedded data must never be built from a broken source.
 */
export function buildFrameworkFromPlan(
  planText: string,
  corrections: readonly Override[],
  options: ParseFrameworkOptions,
): { framework: Framework; warnings: ParseWarning[]; skipped: SkippedRow[] } {
  const parsed = parseFramework({ text: planText }, options);
  if (!parsed.ok) throw new Error(bilingual(parsed.error.message));
  const corrected = applyOverrides(parsed.framework, corrections, { units: options.units });
  if (corrected.warnings.some((warning) => warning.code.startsWith("override."))) {
    const problems = corrected.warnings.filter((w) => w.code.startsWith("override.")).map((w) => bilingual(w.message));
    throw new Error(problems.join("\n"));
  }
  return {
    framework: corrected.framework,
    warnings: [...parsed.warnings, ...corrected.warnings],
    skipped: parsed.skipped,
  };
}
