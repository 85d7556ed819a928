/** The IDs of a framework's targets and activities, in framework order, computed once per framework. */
import type { Activity, Framework, Target } from "../framework/types";

export interface FrameworkIds {
  targets: string[];
  activities: string[];
  targetSet: ReadonlySet<string>;
  activitySet: ReadonlySet<string>;
  targetList: Target[];
  activityList: Activity[];
}

const cache = new WeakMap<Framework, FrameworkIds>();

/** Every target and activity of the framework in order, with ID sets; cached, since every file needs them. */
export function frameworkIds(framework: Framework): FrameworkIds {
  let ids = cache.get(framework);
  if (!ids) {
    const targetList = framework.sections.flatMap((s) => s.objectives.flatMap((o) => o.targets));
    const activityList = framework.sections.flatMap((s) =>
      s.objectives.flatMap((o) => o.tasks.flatMap((t) => t.activities)),
    );
    const targets = targetList.map((t) => t.id);
    const activities = activityList.map((a) => a.id);
    ids = {
      targets,
      activities,
      targetSet: new Set(targets),
      activitySet: new Set(activities),
      targetList,
      activityList,
    };
    cache.set(framework, ids);
  }
  return ids;
}
