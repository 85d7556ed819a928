import { formatMessage } from "../messages/message";
import {
  overrideAmbiguous,
  overrideBadValue,
  overrideNoReason,
  overrideUnknownField,
  overrideUnknownId,
} from "../messages/framework";
import { frameworkVersion } from "./frameworkVersion";
import { matchReporters } from "./matchReporters";
import { targetAggregate, targetReporters } from "./targetReporters";
import { LEVELS, type Activity, type Framework, type Objective, type ParseWarning, type Unit } from "./types";

export type OverrideItem = "section" | "objective" | "task" | "activity" | "target" | "mainTarget";

/**
 * One change to a framework, as data: a correction of what the parser could not get right, or a
 * coordinator's decision. See docs/framework.md, "Overrides".
 */
export interface Override {
  /** The item's ID: `I.4`, `I:3.5`, `III.6-2`, `CT7.4`, … */
  id: string;
  /** The field to set; nested fields with a dot: `deadline.due`, `levels.commune`. */
  field: string;
  /** The new value; null removes an optional field. */
  value: unknown;
  /** Why: kept with the data so that the next reader can judge the change. */
  reason: string;
  /**
   * Which item is meant when several share the ID and have the field: an objective and its only
   * target (`I.4`), or a main target and the target made from it (`CT7.4`).
   */
  item?: OverrideItem;
}

export interface ApplyOverridesOptions {
  /** The units list; needed to re-derive an activity's reporters when its lead is overridden. */
  units?: Unit[];
}

type Check = (value: unknown) => boolean;
type FieldSpec = { check: Check; expected: string; optional?: boolean };

const isString: Check = (v) => typeof v === "string";
const isNumber: Check = (v) => typeof v === "number" && Number.isFinite(v);
const oneOf =
  (...values: string[]): Check =>
  (v) =>
    typeof v === "string" && values.includes(v);
const isDue: Check = (v) => v === null || (typeof v === "string" && /^\d{4}-\d{2}-\d{2}$/.test(v));
const isReporter = (v: unknown): boolean => {
  if (typeof v !== "object" || v === null) return false;
  const r = v as Record<string, unknown>;
  if (r.kind === "unit") return typeof r.name === "string" && r.name !== "";
  return r.kind === "category" && (r.level === "all" || LEVELS.some((level) => level === r.level));
};
const isReporters: Check = (v) => Array.isArray(v) && v.every(isReporter);
const isLevels: Check = (v) =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.entries(v).every(([key, value]) => LEVELS.some((level) => level === key) && isNumber(value));
const isDeadline: Check = (v) => {
  if (typeof v !== "object" || v === null) return false;
  const d = v as Record<string, unknown>;
  return isString(d.text) && isDue(d.due) && oneOf("date", "ongoing", "conditional")(d.kind);
};

const TEXT: FieldSpec = { check: isString, expected: "string" };
const FIELDS: Record<OverrideItem, Record<string, FieldSpec>> = {
  section: { title: TEXT, parentTitle: { ...TEXT, optional: true } },
  objective: { text: TEXT },
  task: { text: TEXT },
  activity: {
    text: TEXT,
    output: TEXT,
    lead: TEXT,
    partners: TEXT,
    funding: TEXT,
    reporters: { check: isReporters, expected: "Reporter[]" },
    deadline: { check: isDeadline, expected: "{ text, due: YYYY-MM-DD | null, kind }" },
    "deadline.text": TEXT,
    "deadline.due": { check: isDue, expected: "YYYY-MM-DD | null" },
    "deadline.kind": { check: oneOf("date", "ongoing", "conditional"), expected: "date | ongoing | conditional" },
  },
  target: {
    text: TEXT,
    objectiveId: TEXT,
    measure: { check: oneOf("percent", "count"), expected: "percent | count" },
    comparator: {
      check: oneOf("atLeast", "moreThan", "atMost", "lessThan", "exactly", "between"),
      expected: "atLeast | moreThan | atMost | lessThan | exactly | between",
    },
    value: { check: isNumber, expected: "number" },
    max: { check: isNumber, expected: "number", optional: true },
    direction: { check: oneOf("increase", "decrease"), expected: "increase | decrease" },
    unitLabel: TEXT,
    levels: { check: isLevels, expected: "{ province?, district?, commune? }", optional: true },
    "levels.province": { check: isNumber, expected: "number", optional: true },
    "levels.district": { check: isNumber, expected: "number", optional: true },
    "levels.commune": { check: isNumber, expected: "number", optional: true },
    kind: { check: oneOf("level", "cumulative"), expected: "level | cumulative" },
    reporters: { check: isReporters, expected: "Reporter[]" },
    aggregate: { check: oneOf("single", "sum"), expected: "single | sum", optional: true },
    equivalentCount: { check: isNumber, expected: "number", optional: true },
  },
  mainTarget: {
    text: TEXT,
    objectiveId: { ...TEXT, optional: true },
    targetId: { ...TEXT, optional: true },
  },
};

interface Found {
  item: OverrideItem;
  record: Record<string, unknown>;
}

function setPath(record: Record<string, unknown>, field: string, value: unknown): void {
  const [head, tail] = field.split(".", 2);
  if (tail === undefined) {
    if (value === null && head !== "due") delete record[head];
    else record[head] = value;
    return;
  }
  const inner = (typeof record[head] === "object" && record[head] !== null ? record[head] : {}) as Record<
    string,
    unknown
  >;
  if (value === null && tail !== "due") delete inner[tail];
  else inner[tail] = value;
  record[head] = inner;
}

/**
 * Applies overrides to a copy of a framework and keeps it consistent: an activity whose lead changes
 * gets its reporters matched again (unless they are overridden too), targets follow their objective,
 * the figures of a moved main target move with it, targets re-derive reporters and aggregate from their
 * objective's activities where this batch touched them, and the version is recomputed. Bad overrides
 * are skipped with a warning; the framework passed in is not changed.
 */
export function applyOverrides(
  framework: Framework,
  overrides: readonly Override[],
  options: ApplyOverridesOptions = {},
): { framework: Framework; warnings: ParseWarning[] } {
  const result = JSON.parse(JSON.stringify(framework)) as Framework;
  const warnings: ParseWarning[] = [];
  const warn = (code: string, message: ParseWarning["message"], itemId: string): void => {
    warnings.push({ code, message, itemId });
  };

  const index = new Map<string, Found[]>();
  const register = (id: string, item: OverrideItem, record: object): void => {
    index.set(id, [...(index.get(id) ?? []), { item, record: record as Record<string, unknown> }]);
  };
  const objectives = new Map<string, Objective>();
  const objectiveOfActivity = new Map<Activity, Objective>();
  for (const section of result.sections) {
    register(section.id, "section", section);
    for (const objective of section.objectives) {
      register(objective.id, "objective", objective);
      objectives.set(objective.id, objective);
      for (const target of objective.targets) register(target.id, "target", target);
      for (const task of objective.tasks) {
        register(task.id, "task", task);
        for (const activity of task.activities) {
          register(activity.id, "activity", activity);
          objectiveOfActivity.set(activity, objective);
        }
      }
    }
  }
  for (const mainTarget of result.mainTargets) register(mainTarget.id, "mainTarget", mainTarget);

  const touched = new Map<string, Set<string>>();
  const touch = (id: string, item: OverrideItem, field: string): void => {
    const key = `${item}:${id}`;
    touched.set(key, new Set([...(touched.get(key) ?? []), field]));
  };
  const wasTouched = (id: string, item: OverrideItem, field: string): boolean =>
    touched.get(`${item}:${id}`)?.has(field) ?? false;

  for (const override of overrides) {
    const { id, field } = override;
    const found = index.get(id);
    if (found === undefined) {
      warn("override.unknownId", formatMessage(overrideUnknownId, { id }), id);
      continue;
    }
    const fit = found.filter(
      (f) => (override.item === undefined || f.item === override.item) && field in FIELDS[f.item],
    );
    if (fit.length === 0) {
      const item = override.item ?? found.map((f) => f.item).join("/");
      warn("override.unknownField", formatMessage(overrideUnknownField, { id, item, field }), id);
      continue;
    }
    if (fit.length > 1) {
      warn(
        "override.ambiguous",
        formatMessage(overrideAmbiguous, { id, field, items: fit.map((f) => f.item).join(", ") }),
        id,
      );
      continue;
    }
    const { item, record } = fit[0];
    const spec = FIELDS[item][field];
    const removing = override.value === null && (spec.optional === true || field === "deadline.due");
    if (!removing && !spec.check(override.value)) {
      warn("override.badValue", formatMessage(overrideBadValue, { id, field, expected: spec.expected }), id);
      continue;
    }
    if (item === "target" && field === "objectiveId" && !objectives.has(String(override.value))) {
      warn("override.badValue", formatMessage(overrideBadValue, { id, field, expected: "objective ID" }), id);
      continue;
    }
    if (typeof override.reason !== "string" || override.reason.trim() === "") {
      warn("override.noReason", formatMessage(overrideNoReason, { id, field }), id);
    }
    setPath(record, field, JSON.parse(JSON.stringify(override.value)) as unknown);
    touch(id, item, field.split(".")[0]);
  }

  // A main target moved to another objective takes the figures made from it along.
  for (const mainTarget of result.mainTargets) {
    if (!wasTouched(mainTarget.id, "mainTarget", "objectiveId") || mainTarget.objectiveId === undefined) continue;
    for (const objective of objectives.values()) {
      for (const target of objective.targets) {
        if (target.id === mainTarget.id || target.id.startsWith(`${mainTarget.id}-`)) {
          target.objectiveId = mainTarget.objectiveId;
          touch(target.id, "target", "moved");
        }
      }
    }
  }
  // Targets live in the objective they name.
  const changedObjectives = new Set<string>();
  for (const objective of objectives.values()) {
    const leaving = objective.targets.filter((target) => target.objectiveId !== objective.id);
    if (leaving.length === 0) continue;
    objective.targets = objective.targets.filter((target) => target.objectiveId === objective.id);
    for (const target of leaving) {
      objectives.get(target.objectiveId)?.targets.push(target);
      changedObjectives.add(target.objectiveId);
    }
  }

  // Reporters follow leads, and targets follow their objective's activities.
  for (const [activity, objective] of objectiveOfActivity) {
    if (!wasTouched(activity.id, "activity", "lead") || wasTouched(activity.id, "activity", "reporters")) continue;
    if (options.units === undefined) continue;
    const matched = matchReporters(activity.lead, options.units);
    activity.reporters = matched.reporters;
    for (const warning of matched.warnings) warnings.push({ ...warning, itemId: activity.id });
    changedObjectives.add(objective.id);
  }
  for (const [activity, objective] of objectiveOfActivity) {
    if (wasTouched(activity.id, "activity", "reporters")) changedObjectives.add(objective.id);
  }
  for (const objective of objectives.values()) {
    for (const target of objective.targets) {
      const rederive = changedObjectives.has(objective.id) || wasTouched(target.id, "target", "moved");
      if (rederive && !wasTouched(target.id, "target", "reporters")) {
        target.reporters = targetReporters(objective);
      }
      const aggregateInputs =
        rederive || wasTouched(target.id, "target", "reporters") || wasTouched(target.id, "target", "measure");
      if (aggregateInputs && !wasTouched(target.id, "target", "aggregate")) {
        const aggregate = targetAggregate(target);
        if (aggregate === undefined) delete target.aggregate;
        else target.aggregate = aggregate;
      }
    }
  }
  result.version = frameworkVersion(result);
  return { framework: result, warnings };
}
