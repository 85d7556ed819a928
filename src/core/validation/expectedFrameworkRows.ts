/**
 * What the framework columns of each row should hold for a given framework, unit and units list: the
 * values buildWorkbookPlan writes. The validator compares a workbook's rows with them to find edited
 * framework cells and deleted or unknown IDs. (A test builds workbooks for several units and checks that
 * these values are exactly what the builder wrote, so the two cannot drift apart.)
 */
import { isoToSerial } from "../dates/excelDate";
import { matchReporters } from "../framework/matchReporters";
import type { Comparator, Framework, Reporter, Target, Unit } from "../framework/types";
import { encodeLeadGroups, leadGroups } from "../summary/leadGroups";
import { matchKey } from "../text/matchKey";
import { RESPONSIBILITY, type ActivityColumnKey, type TargetColumnKey } from "../workbook/layout";
import type { WorkbookUnit } from "../workbook/responsibility";

/** Framework columns compared on `Khung nhiệm vụ`. */
export type ActivityFrameworkKey = Exclude<
  ActivityColumnKey,
  "id" | "state" | "doneDate" | "evidence" | "note" | "status"
>;
/** Framework and technical columns compared on `Chỉ tiêu` (not `Cách tính`, which a coordinator may change). */
export type TargetFrameworkKey = Exclude<
  TargetColumnKey,
  "id" | "kind" | "done" | "total" | "notApplicable" | "note" | "result" | "status"
>;

export interface ExpectedRow<K extends string> {
  /** Position of the item in the framework, for ordering "missing" findings. */
  order: number;
  values: Partial<Record<K, string | number>>;
}

export interface ExpectedFrameworkRows {
  activities: Map<string, ExpectedRow<ActivityFrameworkKey>>;
  targets: Map<string, ExpectedRow<TargetFrameworkKey>>;
}

const COMPARATOR_SYMBOL: Record<Comparator, string> = {
  atLeast: "≥",
  moreThan: ">",
  atMost: "≤",
  lessThan: "<",
  exactly: "=",
  between: "từ … đến",
};

function targetValueFor(target: Target, unit: WorkbookUnit | undefined): number {
  const byLevel = unit && target.levels ? target.levels[unit.level] : undefined;
  return byLevel ?? target.value;
}

/**
 * responsibilityOf (src/core/workbook/responsibility.ts) for many rows of one unit: the same rule, with
 * the unit's names folded once and each partner text matched once, since folding text dominates the cost.
 */
function responsibilityFor(
  unit: WorkbookUnit | undefined,
  units: Unit[],
): (reporters: Reporter[], partners: string) => string {
  if (!unit) return () => "";
  const keys = new Map<string, string>();
  const key = (text: string) => {
    let folded = keys.get(text);
    if (folded === undefined) keys.set(text, (folded = matchKey(text)));
    return folded;
  };
  const known = units.find((u) => key(u.name) === key(unit.name));
  const names = new Set([unit.name, ...(known?.aliases ?? [])].map(key));
  const includes = (reporters: Reporter[]) =>
    reporters.some((r) => (r.kind === "unit" ? names.has(key(r.name)) : r.level === "all" || r.level === unit.level));
  const partnerReporters = new Map<string, Reporter[]>();
  return (reporters, partners) => {
    if (includes(reporters)) return RESPONSIBILITY.lead;
    if (partners.trim() === "") return "";
    let matched = partnerReporters.get(partners);
    if (matched === undefined) partnerReporters.set(partners, (matched = matchReporters(partners, units).reporters));
    return includes(matched) ? RESPONSIBILITY.partner : "";
  };
}

/**
 * The framework columns of every activity and target row, by ID. `units` null leaves out Trách nhiệm
 * (it cannot be derived without the units list).
 */
export function expectedFrameworkRows(
  framework: Framework,
  unit: WorkbookUnit | undefined,
  units: Unit[] | null,
): ExpectedFrameworkRows {
  const activities = new Map<string, ExpectedRow<ActivityFrameworkKey>>();
  const targets = new Map<string, ExpectedRow<TargetFrameworkKey>>();
  const responsibility = units ? responsibilityFor(unit, units) : undefined;
  for (const section of framework.sections) {
    for (const objective of section.objectives) {
      const objectiveText = `${objective.id}. ${objective.text}`;
      for (const task of objective.tasks) {
        for (const activity of task.activities) {
          const values: Partial<Record<ActivityFrameworkKey, string | number>> = {
            section: section.title,
            objective: objectiveText,
            task: task.text,
            activity: activity.text,
            output: activity.output,
            lead: activity.lead,
            partners: activity.partners,
            deadlineText: activity.deadline.text,
            due: activity.deadline.due ? isoToSerial(activity.deadline.due) : "",
            funding: activity.funding,
            deadlineKind: activity.deadline.kind,
            sectionId: section.id,
            leadGroup: encodeLeadGroups(leadGroups(activity.reporters, activity.lead)),
          };
          if (responsibility) values.responsibility = responsibility(activity.reporters, activity.partners);
          activities.set(activity.id, { order: activities.size, values });
        }
      }
      if (objective.targets.length === 0) continue;
      const partnerText = objective.tasks.flatMap((t) => t.activities.map((a) => a.partners)).join("; ");
      for (const target of objective.targets) {
        const values: Partial<Record<TargetFrameworkKey, string | number>> = {
          objective: objectiveText,
          text: target.text,
          unitLabel: target.measure === "percent" ? "%" : target.unitLabel,
          target: targetValueFor(target, unit),
          comparatorText:
            target.comparator === "between"
              ? `từ ${target.value} đến ${target.max ?? ""}`
              : COMPARATOR_SYMBOL[target.comparator],
          comparator: target.comparator,
          max: target.max ?? "",
          measure: target.measure,
          aggregate: target.aggregate ?? "single",
          sectionId: section.id,
          leadGroup: encodeLeadGroups(leadGroups(target.reporters, "")),
        };
        if (responsibility) values.responsibility = responsibility(target.reporters, partnerText);
        targets.set(target.id, { order: targets.size, values });
      }
    }
  }
  return { activities, targets };
}
