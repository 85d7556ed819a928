/**
 * Reads the appendix table (Khung nhiệm vụ CCHC) from a grid into its structure, surviving the
 * quirks of the hand-made source (see docs/framework.md, "Reading the appendix").
 */
import { formatMessage, type Message } from "../messages/message";
import {
  appendixActivitiesBySimilarity,
  appendixEmptyRows,
  appendixActivityWithoutTask,
  appendixDuplicateColumn,
  appendixHeaderNotFound,
  appendixInheritedAcrossTask,
  appendixNoObjectives,
  appendixNumberGenerated,
  appendixOffLevelNumber,
  appendixOptionalColumnMissing,
  appendixRequiredColumnMissing,
  appendixSectionHasOwnObjectives,
  appendixSubsectionOutsideSection,
  appendixTaskWithoutActivity,
  appendixTtMismatch,
  appendixUnknownTt,
  skippedAfterTable,
  skippedColumnNumbers,
  skippedOutsideObjective,
  skippedRepeatedHeader,
  skippedSectionExtraCell,
} from "../messages/framework";
import type { ParseWarning, SourceLocation } from "./types";
import {
  ATTRIBUTE_ROLES,
  type ActivityDraft,
  type AppendixDraft,
  type AttributeRole,
  type ObjectiveDraft,
  type RowGroupDraft,
  type SectionDraft,
  type SkippedRow,
  type TaskDraft,
} from "./appendixDraft";
import { assignActivities } from "./assignActivities";
import { cleanCell } from "./cleanCell";
import { COLUMN_SPECS, type ColumnRole } from "./columns";
import { findHeader, MIN_HEADINGS, type ColumnMap } from "./findHeader";
import { matchKey } from "../text/matchKey";
import { gridLocation, type Grid, type GridRow } from "./grid";
import { joinFragments } from "./joinFragments";
import { splitItems, type CellItem, type SplitCell } from "./splitItems";

/** Why the grid cannot be read as an appendix at all. */
export interface AppendixError {
  message: Message;
  location?: SourceLocation;
}

export type ReadAppendixResult = { ok: true; draft: AppendixDraft } | { ok: false; error: AppendixError };

const ROMAN = /^(?=[IVXLC])C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;
const SECTION_IN_TEXT = /^([IVXLC]+|[A-Z])[.)]\s+(\S.*)$/u;
const RULER = /^[-–—_=.\s]*$/;
// Lead, partners and deadline name what every row has: an empty one can only be a cell merged with the one above.
const ALWAYS_FILLED: readonly AttributeRole[] = ["lead", "partners", "deadline"];

interface GroupState {
  draft: RowGroupDraft;
  /** Tasks that start in this row (or its continuation lines). */
  tasks: TaskDraft[];
  activities: ActivityDraft[];
  /** The task the row's activities belong to when the row starts no task. */
  parentTask: TaskDraft | undefined;
  objective: ObjectiveDraft;
  previous: RowGroupDraft | undefined;
}

function emptyCells(): Record<AttributeRole, string> {
  return { output: "", lead: "", partners: "", deadline: "", funding: "" };
}

function label(role: ColumnRole): Message {
  return COLUMN_SPECS.find((spec) => spec.role === role)?.label ?? { vi: role, en: role };
}

function nextLetter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

/** Returns the framework's structure read from the grid, or why the grid is not a usable appendix. */
export function readAppendix(grid: Grid): ReadAppendixResult {
  const header = findHeader(grid.rows);
  if (header === undefined) return { ok: false, error: { message: appendixHeaderNotFound } };
  const headerRow = grid.rows[header.rowIndex];
  const columns: ColumnMap = header.columns;
  for (const spec of COLUMN_SPECS) {
    if (spec.required && columns[spec.role] === undefined) {
      return {
        ok: false,
        error: {
          message: formatMessage(appendixRequiredColumnMissing, { line: headerRow.line, column: spec.label.vi }),
          location: gridLocation(grid, headerRow.line),
        },
      };
    }
  }

  const warnings: ParseWarning[] = [];
  const skipped: SkippedRow[] = [];
  const warn = (message: Message, location?: SourceLocation, code = "appendix", itemId?: string): void => {
    const warning: ParseWarning = { code, message };
    if (location !== undefined) warning.location = location;
    if (itemId !== undefined) warning.itemId = itemId;
    warnings.push(warning);
  };
  for (const spec of COLUMN_SPECS) {
    if (!spec.required && spec.role !== "tt" && columns[spec.role] === undefined) {
      warn(
        formatMessage(appendixOptionalColumnMissing, { column: spec.label.vi }),
        gridLocation(grid, headerRow.line),
        "appendix.columnMissing",
      );
    }
  }
  for (const index of header.duplicates) {
    warn(
      formatMessage(appendixDuplicateColumn, { heading: cleanCell(headerRow.cells[index] ?? "") }),
      gridLocation(grid, headerRow.line, index),
      "appendix.duplicateColumn",
    );
  }

  const cellOf = (row: GridRow, role: ColumnRole): string => {
    const index = columns[role];
    return index === undefined ? "" : cleanCell(row.cells[index] ?? "");
  };
  const locate = (row: GridRow, role?: ColumnRole): SourceLocation =>
    gridLocation(grid, row.line, role === undefined ? undefined : columns[role]);
  const startsItem = (split: SplitCell): boolean => split.items.length > 0 && split.leading === "";

  const body = grid.rows.slice(header.rowIndex + 1);
  // A table whose tasks and activities carry no numbers at all was pasted whole (no page-break
  // continuations to recognise): each of its rows is then a row of its own.
  const numbered = body.some(
    (row) => startsItem(splitItems(cellOf(row, "task"), 2)) || startsItem(splitItems(cellOf(row, "activity"), 3)),
  );

  const sections: SectionDraft[] = [];
  let section: SectionDraft | undefined;
  let romanSection: SectionDraft | undefined;
  let lastLetter: string | undefined;
  let objective: ObjectiveDraft | undefined;
  let task: TaskDraft | undefined;
  let activity: ActivityDraft | undefined;
  let group: GroupState | undefined;
  let lastMinor: Record<number, number> = { 1: 0, 2: 0, 3: 0 };
  const lastGroupOf = new Map<ObjectiveDraft, RowGroupDraft>();
  let ended = false;
  let sequence = 0;
  let romanCount = 0;

  const seeNumber = (number: string): void => {
    const [major, minor] = number.split(".").map(Number);
    if (major in lastMinor) lastMinor[major] = Math.max(lastMinor[major], minor);
  };
  const generateNumber = (level: number): string => {
    lastMinor[level] += 1;
    return `${level}.${lastMinor[level]}`;
  };

  const openSection = (code: string, title: string, row: GridRow, parentTitle?: string): void => {
    closeGroup();
    section = { code, title, objectives: [], location: locate(row) };
    if (parentTitle !== undefined) section.parentTitle = parentTitle;
    sections.push(section);
    objective = undefined;
    task = undefined;
    activity = undefined;
    lastMinor = { 1: 0, 2: 0, 3: 0 };
  };

  const ensureSection = (row: GridRow): SectionDraft => {
    if (section === undefined) {
      romanCount += 1;
      openSection(toRoman(romanCount), "", row);
    }
    return section as SectionDraft;
  };

  const closeGroup = (): void => {
    if (group === undefined) return;
    const state = group;
    group = undefined;
    const { draft } = state;
    // Empty cells of a row continue the row above (merged cells in the source).
    const previous = state.previous;
    if (previous !== undefined) {
      for (const role of ATTRIBUTE_ROLES) {
        if (draft.cells[role] !== "" || previous.cells[role] === "") continue;
        const sameTask = state.tasks.length === 0;
        if (!sameTask && !ALWAYS_FILLED.includes(role)) continue;
        draft.cells[role] = previous.cells[role];
        draft.inherited.push(role);
        const from = previous.locations[role];
        if (from !== undefined) draft.locations[role] = from;
        if (!sameTask) {
          const first = state.tasks[0];
          warn(
            formatMessage(appendixInheritedAcrossTask, {
              column: label(role).vi,
              id: first.number,
              text: previous.cells[role],
            }),
            first.location,
            "appendix.inheritedAcrossTask",
          );
        }
      }
    }
    lastGroupOf.set(state.objective, draft);

    const tasks = state.tasks;
    const activities = state.activities;
    if (tasks.length === 0) {
      if (activities.length === 0) return;
      let parent = state.parentTask;
      if (parent === undefined) {
        parent = { number: "", generated: true, text: "", activities: [], location: activities[0].location };
        parent.number = generateNumber(2);
        state.objective.tasks.push(parent);
        warn(
          formatMessage(appendixActivityWithoutTask, { text: activities[0].text }),
          activities[0].location,
          "appendix.activityWithoutTask",
        );
      }
      parent.activities.push(...activities);
      return;
    }
    const assignment = assignActivities(
      tasks.map((t) => t.text),
      activities.map((a) => a.text),
    );
    activities.forEach((item, index) => tasks[assignment[index]].activities.push(item));
    if (tasks.length > 1 && activities.length > 1) {
      warn(
        formatMessage(appendixActivitiesBySimilarity, {
          tasks: tasks.length,
          activities: activities.length,
          pairs: activities.map((a, i) => `${a.number} → ${tasks[assignment[i]].number}`).join(", "),
        }),
        tasks[0].location,
        "appendix.activitiesBySimilarity",
      );
    }
    for (const orphan of tasks) {
      if (orphan.activities.length > 0) continue;
      orphan.activities.push({
        sequence: (sequence += 1),
        number: orphan.number,
        generated: false,
        fromTask: true,
        text: orphan.text,
        group: draft,
        location: orphan.location,
      });
      warn(
        formatMessage(appendixTaskWithoutActivity, { id: orphan.number }),
        orphan.location,
        "appendix.taskWithoutActivity",
      );
    }
  };

  const numberOf = (item: CellItem, role: ColumnRole, row: GridRow): string => {
    if (item.offLevel) {
      warn(
        formatMessage(appendixOffLevelNumber, { number: item.number, column: label(role).vi }),
        locate(row, role),
        "appendix.offLevelNumber",
      );
    }
    seeNumber(item.number);
    return item.number;
  };

  const generatedNumber = (level: number, text: string, row: GridRow, role: ColumnRole): string => {
    const number = generateNumber(level);
    // A table without any numbering is numbered in order by design; only a gap in a numbered one is worth a word.
    if (numbered) {
      warn(
        formatMessage(appendixNumberGenerated, { text: shorten(text), number }),
        locate(row, role),
        "appendix.numberGenerated",
      );
    }
    return number;
  };

  const emptyLines: number[] = [];
  for (const row of body) {
    const texts = row.cells.map(cleanCell);
    if (texts.every((text) => text === "")) {
      // Blank lines hold nothing to lose (page breaks in text copied from Word); say once that they were passed over.
      if (!ended) emptyLines.push(row.line);
      continue;
    }
    if (ended) {
      skipped.push({ location: locate(row), reason: skippedAfterTable, text: joinTexts(texts) });
      continue;
    }
    if (texts.every((text) => RULER.test(text)) && texts.some((text) => /[-–—_=]{2,}/.test(text))) {
      ended = true;
      closeGroup();
      continue;
    }
    // A header repeated after a page break is a copy of the header; data rows may name headings' words too.
    const sameAsHeader = texts.filter(
      (text, index) => text !== "" && matchKey(text) === matchKey(cleanCell(headerRow.cells[index] ?? "")),
    ).length;
    if (sameAsHeader >= MIN_HEADINGS) {
      skipped.push({ location: locate(row), reason: skippedRepeatedHeader, text: joinTexts(texts) });
      continue;
    }
    const nonEmpty = texts.filter((text) => text !== "");
    if (nonEmpty.length >= 3 && nonEmpty.every((text) => /^\(?\d{1,2}\)?$/.test(text))) {
      skipped.push({ location: locate(row), reason: skippedColumnNumbers, text: joinTexts(texts) });
      continue;
    }

    // ---- Section rows: `I  CÔNG TÁC…`, `IV  <empty>  CẢI CÁCH…` (shifted), `A  Xây dựng…`. ----
    const ttRaw = cellOf(row, "tt");
    const tt = ttRaw.replace(/[.)]$/, "");
    const ttIndex = columns.tt;
    const others = texts.map((text, index) => ({ text, index })).filter((c) => c.text !== "" && c.index !== ttIndex);
    let sectionCode: string | undefined;
    let sectionTitle = "";
    let titleIndex: number | undefined;
    if (tt !== "" && (ROMAN.test(tt) || /^[A-Z]$/.test(tt))) {
      sectionCode = tt;
      if (others.length > 0) {
        sectionTitle = others[0].text;
        titleIndex = others[0].index;
      }
    } else if (nonEmpty.length === 1 && (tt === "" || ttIndex === undefined)) {
      const match = SECTION_IN_TEXT.exec(nonEmpty[0]);
      if (match !== null && (ROMAN.test(match[1]) || /^[A-Z]$/.test(match[1]))) {
        sectionCode = match[1];
        sectionTitle = match[2];
        titleIndex = texts.indexOf(nonEmpty[0]);
      }
    }
    if (sectionCode !== undefined) {
      const expectedLetter = lastLetter === undefined ? "A" : nextLetter(lastLetter);
      const isLetter =
        /^[A-Z]$/.test(sectionCode) &&
        (!ROMAN.test(sectionCode) || (romanSection !== undefined && sectionCode === expectedLetter));
      if (isLetter && romanSection !== undefined) {
        const parent: SectionDraft = romanSection;
        if (lastLetter === undefined) {
          // The numbered section becomes the parent of its lettered parts; it stays only if it holds objectives.
          if (parent.objectives.length === 0) sections.splice(sections.indexOf(parent), 1);
          else warn(formatMessage(appendixSectionHasOwnObjectives, { code: parent.code }), parent.location);
        }
        lastLetter = sectionCode;
        openSection(`${parent.code}.${sectionCode}`, sectionTitle, row, parent.title);
      } else {
        if (isLetter) warn(formatMessage(appendixSubsectionOutsideSection, { code: sectionCode }), locate(row));
        openSection(sectionCode, sectionTitle, row);
        romanCount += 1;
        if (!isLetter) {
          romanSection = section;
          lastLetter = undefined;
        }
      }
      for (const extra of others) {
        if (extra.index === titleIndex) continue;
        skipped.push({
          location: gridLocation(grid, row.line, extra.index),
          reason: skippedSectionExtraCell,
          text: extra.text,
        });
      }
      continue;
    }

    // ---- Item rows. ----
    let ttNumber: number | undefined;
    if (/^\d+$/.test(tt)) ttNumber = Number(tt);
    else if (tt !== "") {
      warn(formatMessage(appendixUnknownTt, { tt: ttRaw }), locate(row, "tt"), "appendix.unknownTt");
    }
    const objectiveCell = splitItems(cellOf(row, "objective"), 1);
    const taskCell = splitItems(cellOf(row, "task"), 2);
    const activityCell = splitItems(cellOf(row, "activity"), 3);
    const newObjective =
      ttNumber !== undefined || startsItem(objectiveCell) || (!numbered && objectiveCell.leading !== "");
    const newTask = startsItem(taskCell) || (!numbered && taskCell.leading !== "");
    const newActivity = startsItem(activityCell) || (!numbered && activityCell.leading !== "");
    const newGroup = newObjective || newTask || newActivity;

    if (!newGroup && group === undefined) {
      // Text continuing the section title across a page break, or stray text before any objective.
      if (section !== undefined && section.objectives.length === 0 && objective === undefined) {
        section.title = joinFragments(section.title, joinTexts(texts));
      } else {
        skipped.push({ location: locate(row), reason: skippedOutsideObjective, text: joinTexts(texts) });
      }
      continue;
    }

    // Objectives.
    if (newObjective) {
      closeGroup();
      const current = ensureSection(row);
      const pieces: { number: string; generated: boolean; text: string }[] = [];
      if (objectiveCell.leading !== "" || objectiveCell.items.length === 0) {
        if (ttNumber !== undefined) {
          pieces.push({ number: String(ttNumber), generated: false, text: objectiveCell.leading });
          lastMinor[1] = Math.max(lastMinor[1], ttNumber);
        } else {
          const text = objectiveCell.leading;
          pieces.push({ number: generatedNumber(1, text, row, "objective"), generated: true, text });
        }
      }
      for (const item of objectiveCell.items) {
        pieces.push({ number: numberOf(item, "objective", row), generated: false, text: item.text });
      }
      if (ttNumber !== undefined && objectiveCell.leading === "" && objectiveCell.items.length > 0) {
        const minor = Number(objectiveCell.items[0].number.split(".")[1]);
        if (minor !== ttNumber) {
          warn(
            formatMessage(appendixTtMismatch, { tt: ttRaw, number: objectiveCell.items[0].number }),
            locate(row, "tt"),
            "appendix.ttMismatch",
          );
        }
      }
      for (const piece of pieces) {
        const parts = piece.number.split(".");
        objective = {
          number: piece.number,
          generated: piece.generated,
          ordinal: Number(parts[parts.length - 1]),
          text: piece.text,
          tasks: [],
          location: locate(row, "objective"),
        };
        current.objectives.push(objective);
      }
      task = undefined;
      activity = undefined;
    } else if (objectiveCell.leading !== "" && objective !== undefined) {
      objective.text = joinFragments(objective.text, objectiveCell.leading);
    } else if (objectiveCell.leading !== "") {
      skipped.push({
        location: locate(row, "objective"),
        reason: skippedOutsideObjective,
        text: objectiveCell.leading,
      });
    }
    const currentObjective = objective;
    if (currentObjective === undefined) {
      // Only text continuing nothing can get here; it was recorded as skipped above.
      skipped.push({ location: locate(row), reason: skippedOutsideObjective, text: joinTexts(texts) });
      continue;
    }

    // Tasks.
    const rowTasks: TaskDraft[] = [];
    const addTask = (number: string, generated: boolean, text: string): void => {
      task = { number, generated, text, activities: [], location: locate(row, "task") };
      currentObjective.tasks.push(task);
      rowTasks.push(task);
      activity = undefined;
    };
    if (taskCell.leading !== "") {
      const continues = !newObjective && task !== undefined && (numbered || !newTask);
      if (continues && task !== undefined) task.text = joinFragments(task.text, taskCell.leading);
      else addTask(generatedNumber(2, taskCell.leading, row, "task"), true, taskCell.leading);
    }
    for (const item of taskCell.items) addTask(numberOf(item, "task", row), false, item.text);

    // Activities.
    const rowActivities: ActivityDraft[] = [];
    const parentChanged = newObjective || rowTasks.length > 0;
    const addActivity = (number: string, generated: boolean, text: string): void => {
      sequence += 1;
      activity = {
        sequence,
        number,
        generated,
        fromTask: false,
        text,
        group: emptyGroup(),
        location: locate(row, "activity"),
      };
      rowActivities.push(activity);
    };
    if (activityCell.leading !== "") {
      const continues = !parentChanged && activity !== undefined && (numbered || !newActivity);
      if (continues && activity !== undefined) activity.text = joinFragments(activity.text, activityCell.leading);
      else addActivity(generatedNumber(3, activityCell.leading, row, "activity"), true, activityCell.leading);
    }
    for (const item of activityCell.items) addActivity(numberOf(item, "activity", row), false, item.text);

    // The row's shared cells.
    if (newGroup) {
      const parentTask = rowTasks.length > 0 || newObjective ? undefined : task;
      closeGroup();
      group = {
        draft: { cells: emptyCells(), inherited: [], lines: [row.line], locations: {} },
        tasks: rowTasks,
        activities: rowActivities,
        parentTask,
        objective: currentObjective,
        previous: newObjective ? undefined : lastGroupOf.get(currentObjective),
      };
      for (const role of ATTRIBUTE_ROLES) {
        group.draft.cells[role] = cellOf(row, role);
        group.draft.locations[role] = locate(row, role);
      }
    } else if (group !== undefined) {
      group.tasks.push(...rowTasks);
      group.activities.push(...rowActivities);
      group.draft.lines.push(row.line);
      for (const role of ATTRIBUTE_ROLES) {
        const text = cellOf(row, role);
        if (group.draft.cells[role] === "" && text !== "") group.draft.locations[role] = locate(row, role);
        group.draft.cells[role] = joinFragments(group.draft.cells[role], text);
      }
    }
    const owner = group;
    if (owner !== undefined) for (const item of rowActivities) item.group = owner.draft;
  }
  closeGroup();
  if (emptyLines.length > 0) {
    const shown = emptyLines.slice(0, 10).join(", ") + (emptyLines.length > 10 ? ", …" : "");
    warn(
      formatMessage(appendixEmptyRows, {
        count: emptyLines.length,
        lines: shown,
        kind: grid.kind === "text" ? "dòng" : "hàng",
      }),
      gridLocation(grid, emptyLines[0]),
      "appendix.emptyRows",
    );
  }

  if (sections.every((s) => s.objectives.length === 0)) {
    return {
      ok: false,
      error: {
        message: formatMessage(appendixNoObjectives, { line: headerRow.line }),
        location: gridLocation(grid, headerRow.line),
      },
    };
  }
  return { ok: true, draft: { sections, warnings, skipped, headerRowIndex: header.rowIndex } };
}

function emptyGroup(): RowGroupDraft {
  return { cells: emptyCells(), inherited: [], lines: [], locations: {} };
}

function joinTexts(texts: string[]): string {
  return texts.filter((text) => text !== "").join(" | ");
}

function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function toRoman(n: number): string {
  const table: [number, string][] = [
    [100, "C"],
    [90, "XC"],
    [50, "L"],
    [40, "XL"],
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let rest = n;
  let result = "";
  for (const [value, letters] of table) {
    while (rest >= value) {
      result += letters;
      rest -= value;
    }
  }
  return result;
}
