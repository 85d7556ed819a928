/**
 * The framework model: the plan's appendix (Khung nhiệm vụ CCHC trọng tâm) and its measurable
 * targets, as typed data. Every later part of the product (workbook, validation, summaries,
 * consolidation) reads this model. IDs are part of the workbook format: see docs/workbook-format.md.
 */
import type { Message } from "../messages/message";

/** Level of government that reports: sở/ban/ngành, UBND cấp huyện, UBND cấp xã. */
export type Level = "province" | "district" | "commune";
export const LEVELS: readonly Level[] = ["province", "district", "commune"];

export type Measure = "percent" | "count";
export type Comparator = "atLeast" | "moreThan" | "atMost" | "lessThan" | "exactly" | "between";
export type Direction = "increase" | "decrease";
/** `level`: a rate that must hold whenever measured; `cumulative`: progress that builds up over the year. */
export type TargetKind = "level" | "cumulative";
/** `single`: one reporter holds the figure; `sum`: the figure is summed over many reporters. */
export type Aggregate = "single" | "sum";

/** A target value for each level of government, when the plan gives different values by level. */
export interface LevelValues {
  province?: number;
  district?: number;
  commune?: number;
}

/**
 * Who reports a figure or an activity: one named unit of the units list, or a whole category
 * of units (`all` = every unit of every level).
 */
export type Reporter = { kind: "unit"; name: string } | { kind: "category"; level: Level | "all" };

export interface Target {
  /** `I.4`, or `III.6-1` when an objective holds several, or `CT7.4` for a main-target-only one. */
  id: string;
  objectiveId: string;
  /** The source text the target was parsed from, kept as written. */
  text: string;
  measure: Measure;
  comparator: Comparator;
  value: number;
  /** Upper bound, only for `between`. */
  max?: number;
  direction: Direction;
  /** The noun counted: cơ quan, sáng kiến, biên chế, cuộc, trường, văn bản, hồ sơ, … */
  unitLabel: string;
  levels?: LevelValues;
  kind: TargetKind;
  reporters: Reporter[];
  /** Present on count targets. */
  aggregate?: Aggregate;
  /** The equivalent count a percentage is stated with, e.g. `27% trường THCS (40 trường)` → 40. */
  equivalentCount?: number;
}

export type DeadlineKind = "date" | "ongoing" | "conditional";

export interface Deadline {
  /** The source text, as written. */
  text: string;
  /** `YYYY-MM-DD`, or null for ongoing and conditional deadlines. */
  due: string | null;
  kind: DeadlineKind;
}

export interface Activity {
  /** `<section>:<source number>`, e.g. `I:3.17`, `VII.B:3.4`. */
  id: string;
  /** The source number, e.g. `3.17`. */
  number: string;
  text: string;
  output: string;
  lead: string;
  partners: string;
  reporters: Reporter[];
  deadline: Deadline;
  funding: string;
}

export interface Task {
  /** `<objective>:<source number>`, e.g. `III.6:2.5`. */
  id: string;
  number: string;
  text: string;
  activities: Activity[];
}

export interface Objective {
  /** `<section>.<n>`, e.g. `I.4`, `VII.B.3`. */
  id: string;
  number: string;
  text: string;
  targets: Target[];
  tasks: Task[];
}

export interface Section {
  /** `I` … `VI`, `VII.A`, `VII.B`. */
  id: string;
  title: string;
  /** For a lettered part (VII.A, VII.B), the title of the numbered section it belongs to (VII). */
  parentTitle?: string;
  objectives: Objective[];
}

/** One of the plan's main targets (part II, numbered 1.1–7.4). */
export interface MainTarget {
  /** `CT<group>.<n>`, e.g. `CT7.4`. */
  id: string;
  text: string;
  /** The appendix objective it restates, when there is one. */
  objectiveId?: string;
  /** The framework target it became, when it is measurable. */
  targetId?: string;
}

export interface Framework {
  id: string;
  title: string;
  year: number;
  /** A content hash: workbooks and consolidation use it to tell which framework a file was made from. */
  version: string;
  sections: Section[];
  mainTargets: MainTarget[];
}

/** A reporting unit of the units list (Danh mục đơn vị), which a coordinator edits. */
export interface Unit {
  name: string;
  level: Level;
  /** Short names it goes by: `Sở TTTT`, `VP UBND tỉnh`, `Sở KH&CN`. */
  aliases: string[];
}

/** Where in the input something was found: a line of text, or a sheet cell. */
export interface SourceLocation {
  /** 1-based line (text) or row (sheet). */
  line?: number;
  /** A1-style cell, when the input is a sheet. */
  cell?: string;
  sheet?: string;
}

/** A non-fatal remark from a parser: it says what it was unsure of, and never guesses silently. */
export interface ParseWarning {
  code: string;
  message: Message;
  location?: SourceLocation;
  /** The item the warning concerns, when it has one. */
  itemId?: string;
}
