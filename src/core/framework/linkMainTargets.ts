import { formatMessage } from "../messages/message";
import { mainTargetAdded, mainTargetNotMeasurable, mainTargetWeakLink } from "../messages/framework";
import type { MainTargetDraft } from "./parseMainTargets";
import { parseTargets, type ParsedTarget } from "./parseTarget";
import { targetAggregate, targetReporters } from "./targetReporters";
import { textSimilarity } from "./textSimilarity";
import type { MainTarget, Objective, ParseWarning, Section, Target } from "./types";

/**
 * From this score on, a main target restates its best objective (mainTarget.objectiveId is set); below
 * it, the plan's correct links and its near misses score alike (0.3–0.45 in 2024), so the link is left to
 * a coordinator's correction and only the figures it adds are attached to the closest objective.
 */
export const STRONG_LINK = 0.5;

/** The figures a text states (`35`, `2,5`), leaving out years and document numbers such as `60/2021`. */
export function figures(text: string): Set<string> {
  const result = new Set<string>();
  for (const match of text.matchAll(/(?<![\d/.,])(\d+(?:,\d+)?)(?![\d/]|,\d)/g)) {
    const figure = match[1];
    if (/^(19|20)\d\d$/.test(figure)) continue;
    result.add(String(Number(figure.replace(",", "."))));
  }
  return result;
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return (2 * shared) / (a.size + b.size);
}

/**
 * Returns how well a main target fits an objective: text similarity, raised by up to half when they
 * state the same figures (figures alone mislead: `100%` is everywhere), plus a little when the
 * objective's section has the group's position (the plan lists groups 1–7 in the order of the
 * appendix's sections).
 */
export function linkScore(
  draft: Pick<MainTargetDraft, "text" | "group">,
  objective: Objective,
  sectionIndex: number,
): number {
  const similarity = textSimilarity(draft.text, objective.text);
  const shared = overlap(figures(draft.text), figures(objective.text));
  return similarity * (1 + 0.5 * shared) + (sectionIndex === draft.group - 1 ? 0.1 : 0);
}

function sameFigure(target: Target, parsed: ParsedTarget): boolean {
  if (target.measure !== parsed.measure || target.value !== parsed.value || target.direction !== parsed.direction)
    return false;
  const a = target.levels ?? {};
  const b = parsed.levels ?? {};
  return a.province === b.province && a.district === b.district && a.commune === b.commune;
}

/**
 * Links each main target to the appendix objective it restates (the best-scoring one), and makes every
 * figure of it that the objective's targets lack a target of its own (`CT<group>.<n>`, or
 * `CT<group>.<n>-k` when several), attached to that objective, so that nothing measurable is lost.
 * The new targets are added to `sections` in place.
 */
export function linkMainTargets(
  sections: Section[],
  drafts: readonly MainTargetDraft[],
): { mainTargets: MainTarget[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const candidates = sections.flatMap((section, sectionIndex) =>
    section.objectives.map((objective) => ({ objective, sectionIndex })),
  );
  const mainTargets = drafts.map((draft): MainTarget => {
    const mainTarget: MainTarget = { id: draft.id, text: draft.text };
    // Ties keep the earlier objective.
    let best: { objective: Objective; score: number } | undefined;
    for (const { objective, sectionIndex } of candidates) {
      const score = linkScore(draft, objective, sectionIndex);
      if (best === undefined || score > best.score + 1e-9) best = { objective, score };
    }
    const parsed = parseTargets(draft.text);
    if (best === undefined) return mainTarget;
    const objective = best.objective;
    if (best.score >= STRONG_LINK) mainTarget.objectiveId = objective.id;
    else {
      warnings.push({
        code: "mainTarget.weakLink",
        message: formatMessage(mainTargetWeakLink, { id: draft.id, objectiveId: objective.id }),
        location: draft.location,
        itemId: draft.id,
      });
    }
    if (parsed.targets.length === 0) {
      warnings.push({
        code: "mainTarget.notMeasurable",
        message: formatMessage(mainTargetNotMeasurable, { id: draft.id }),
        location: draft.location,
        itemId: draft.id,
      });
      return mainTarget;
    }
    const matched: string[] = [];
    const missing: ParsedTarget[] = [];
    for (const target of parsed.targets) {
      const same = objective.targets.filter((candidate) => sameFigure(candidate, target));
      if (same.length === 0) {
        missing.push(target);
        continue;
      }
      // Two targets of one objective may share a figure (100% … 100% …): the text says which is meant.
      const closest = same.reduce((a, b) =>
        textSimilarity(draft.text, b.text) > textSimilarity(draft.text, a.text) + 1e-9 ? b : a,
      );
      if (!matched.includes(closest.id)) matched.push(closest.id);
    }
    // How the text was read matters only where a target is made from it; the rest restate the appendix.
    if (missing.length > 0) {
      for (const warning of parsed.warnings) warnings.push({ ...warning, location: draft.location, itemId: draft.id });
    }
    const reporters = targetReporters(objective);
    const created = missing.map((target, k): Target => {
      const full: Target = {
        ...target,
        id: missing.length === 1 ? draft.id : `${draft.id}-${k + 1}`,
        objectiveId: objective.id,
        reporters: reporters.map((reporter) => ({ ...reporter })),
      };
      const aggregate = targetAggregate(full);
      if (aggregate !== undefined) full.aggregate = aggregate;
      warnings.push({
        code: "mainTarget.added",
        message: formatMessage(mainTargetAdded, {
          id: draft.id,
          text: target.text,
          targetId: full.id,
          objectiveId: objective.id,
        }),
        location: draft.location,
        itemId: full.id,
      });
      return full;
    });
    objective.targets.push(...created);
    if (created.length === 1) mainTarget.targetId = created[0].id;
    else if (created.length === 0 && matched.length === 1) mainTarget.targetId = matched[0];
    return mainTarget;
  });
  return { mainTargets, warnings };
}
