import { formatMessage } from "../messages/message";
import { appendixDuplicateId, appendixObjectiveWithoutTask, appendixRepeatedNumber } from "../messages/framework";
import type { ActivityDraft, AppendixDraft, RowGroupDraft } from "./appendixDraft";
import { matchReporters } from "./matchReporters";
import { parseDeadline } from "./parseDeadline";
import { parseTargets } from "./parseTarget";
import { splitOutputs } from "./splitOutputs";
import { targetAggregate, targetReporters } from "./targetReporters";
import type {
  Activity,
  Deadline,
  Objective,
  ParseWarning,
  Reporter,
  Section,
  SourceLocation,
  Target,
  Task,
  Unit,
} from "./types";

export interface BuildSectionsOptions {
  /** The plan's year: deadlines such as `Quý I` without a year fall in it. */
  year: number;
  units: Unit[];
}

/**
 * Turns the appendix's structure into the framework's sections: gives every item its ID (see
 * docs/framework.md, "IDs"), reads deadlines and targets from their prose, and finds who reports each
 * activity and target. Repeated source numbers get a deterministic suffix (`_2`) and a warning.
 */
export function buildSections(
  draft: AppendixDraft,
  options: BuildSectionsOptions,
): { sections: Section[]; warnings: ParseWarning[] } {
  const warnings: ParseWarning[] = [];
  const add = (list: ParseWarning[], itemId: string, location?: SourceLocation): void => {
    for (const warning of list) {
      const located: ParseWarning = { ...warning, itemId };
      if (location !== undefined && warning.location === undefined) located.location = location;
      warnings.push(located);
    }
  };
  const unique = (base: string, used: Set<string>, number: string, location: SourceLocation): string => {
    let id = base;
    for (let k = 2; used.has(id); k += 1) id = `${base}_${k}`;
    used.add(id);
    if (id !== base) {
      warnings.push({
        code: "appendix.duplicateId",
        message: formatMessage(appendixDuplicateId, { base, number, id }),
        location,
        itemId: id,
      });
    }
    return id;
  };

  // Each row's cells are read once, however many activities share them.
  const perGroup = new Map<RowGroupDraft, { deadline: Deadline; reporters: Reporter[]; outputs?: string[] }>();
  const groupActivities = new Map<RowGroupDraft, ActivityDraft[]>();
  for (const section of draft.sections)
    for (const objective of section.objectives)
      for (const task of objective.tasks)
        for (const activity of task.activities) {
          const list = groupActivities.get(activity.group) ?? [];
          list.push(activity);
          groupActivities.set(activity.group, list);
        }

  const sectionIds = new Set<string>();
  const sections: Section[] = draft.sections.map((sectionDraft) => {
    const sectionId = unique(sectionDraft.code, sectionIds, sectionDraft.code, sectionDraft.location);
    const objectiveIds = new Set<string>();
    const activityIds = new Set<string>();
    const taskNumbers = new Map<string, string[]>();
    const objectives: Objective[] = sectionDraft.objectives.map((objectiveDraft) => {
      const objectiveId = unique(
        `${sectionId}.${objectiveDraft.ordinal}`,
        objectiveIds,
        objectiveDraft.number,
        objectiveDraft.location,
      );
      const taskIds = new Set<string>();
      const tasks: Task[] = objectiveDraft.tasks.map((taskDraft) => {
        const taskId = unique(`${objectiveId}:${taskDraft.number}`, taskIds, taskDraft.number, taskDraft.location);
        taskNumbers.set(taskDraft.number, [...(taskNumbers.get(taskDraft.number) ?? []), taskId]);
        const activities: Activity[] = taskDraft.activities.map((activityDraft) => {
          const activityId = unique(
            `${sectionId}:${activityDraft.number}`,
            activityIds,
            activityDraft.number,
            activityDraft.location,
          );
          const group = activityDraft.group;
          let shared = perGroup.get(group);
          if (shared === undefined) {
            const deadline = parseDeadline(group.cells.deadline, options.year);
            add(deadline.warnings, activityId, group.locations.deadline ?? activityDraft.location);
            const reporters = matchReporters(group.cells.lead, options.units);
            add(reporters.warnings, activityId, group.locations.lead ?? activityDraft.location);
            const siblings = (groupActivities.get(group) ?? []).slice().sort((a, b) => a.sequence - b.sequence);
            shared = { deadline: deadline.deadline, reporters: reporters.reporters };
            const outputs = splitOutputs(group.cells.output, siblings.length);
            if (outputs !== undefined) shared.outputs = siblings.map((_, i) => outputs[i]);
            perGroup.set(group, shared);
          }
          const siblings = (groupActivities.get(group) ?? []).slice().sort((a, b) => a.sequence - b.sequence);
          const output = shared.outputs?.[siblings.indexOf(activityDraft)] ?? group.cells.output;
          return {
            id: activityId,
            number: activityDraft.number,
            text: activityDraft.text,
            output,
            lead: group.cells.lead,
            partners: group.cells.partners,
            reporters: shared.reporters.map((reporter) => ({ ...reporter })),
            deadline: { ...shared.deadline },
            funding: group.cells.funding,
          };
        });
        return { id: taskId, number: taskDraft.number, text: taskDraft.text, activities };
      });
      if (tasks.length === 0) {
        warnings.push({
          code: "appendix.objectiveWithoutTask",
          message: formatMessage(appendixObjectiveWithoutTask, { id: objectiveId }),
          location: objectiveDraft.location,
          itemId: objectiveId,
        });
      }
      const objective: Objective = {
        id: objectiveId,
        number: objectiveDraft.number,
        text: objectiveDraft.text,
        targets: [],
        tasks,
      };
      const parsed = parseTargets(objectiveDraft.text);
      add(parsed.warnings, objectiveId, objectiveDraft.location);
      const reporters = targetReporters(objective);
      objective.targets = parsed.targets.map((target, k): Target => {
        const full: Target = {
          ...target,
          id: parsed.targets.length === 1 ? objectiveId : `${objectiveId}-${k + 1}`,
          objectiveId,
          reporters: reporters.map((reporter) => ({ ...reporter })),
        };
        const aggregate = targetAggregate(full);
        if (aggregate !== undefined) full.aggregate = aggregate;
        return full;
      });
      return objective;
    });
    for (const [number, ids] of taskNumbers) {
      if (ids.length < 2) continue;
      warnings.push({
        code: "appendix.repeatedNumber",
        message: formatMessage(appendixRepeatedNumber, { number, section: sectionId, ids: ids.join(", ") }),
        itemId: ids[1],
      });
    }
    const section: Section = { id: sectionId, title: sectionDraft.title, objectives };
    if (sectionDraft.parentTitle !== undefined) section.parentTitle = sectionDraft.parentTitle;
    return section;
  });
  return { sections, warnings };
}
