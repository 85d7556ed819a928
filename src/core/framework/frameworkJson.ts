import type { Activity, Framework, MainTarget, Objective, Section, Target, Task } from "./types";

/* Fields in the order docs/framework.md gives them; documented extras come last. Absent optional
   fields are left out rather than written as null. */

function target(t: Target): Record<string, unknown> {
  return {
    id: t.id,
    objectiveId: t.objectiveId,
    text: t.text,
    measure: t.measure,
    comparator: t.comparator,
    value: t.value,
    max: t.max,
    direction: t.direction,
    unitLabel: t.unitLabel,
    levels: t.levels === undefined ? undefined : { ...t.levels },
    kind: t.kind,
    reporters: t.reporters.map((r) => ({ ...r })),
    aggregate: t.aggregate,
    equivalentCount: t.equivalentCount,
  };
}

function activity(a: Activity): Record<string, unknown> {
  return {
    id: a.id,
    text: a.text,
    output: a.output,
    lead: a.lead,
    partners: a.partners,
    reporters: a.reporters.map((r) => ({ ...r })),
    deadline: { text: a.deadline.text, due: a.deadline.due, kind: a.deadline.kind },
    funding: a.funding,
    number: a.number,
  };
}

function task(t: Task): Record<string, unknown> {
  return { id: t.id, text: t.text, activities: t.activities.map(activity), number: t.number };
}

function objective(o: Objective): Record<string, unknown> {
  return { id: o.id, text: o.text, targets: o.targets.map(target), tasks: o.tasks.map(task), number: o.number };
}

function section(s: Section): Record<string, unknown> {
  return { id: s.id, title: s.title, objectives: s.objectives.map(objective), parentTitle: s.parentTitle };
}

function mainTarget(m: MainTarget): Record<string, unknown> {
  return { id: m.id, text: m.text, objectiveId: m.objectiveId, targetId: m.targetId };
}

/**
 * Returns a framework as the JSON that `par-tracker framework --json` prints and that the embedded
 * data file holds: a fixed field order (see docs/framework.md, "JSON"), two-space indent, final newline,
 * so that the same framework always gives the same text.
 */
export function frameworkToJson(framework: Framework): string {
  const ordered = {
    id: framework.id,
    title: framework.title,
    year: framework.year,
    version: framework.version,
    sections: framework.sections.map(section),
    mainTargets: framework.mainTargets.map(mainTarget),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}
