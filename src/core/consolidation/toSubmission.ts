/**
 * Turns one returned workbook (its snapshot) into a Submission: validates it with the same validator as
 * `par-tracker validate`, identifies the unit against the units list, keeps the entry cells by ID, and
 * sets aside every entry the validator found an error in. A file that cannot be a unit's return is
 * rejected with a reason, never thrown on.
 */
import type { Framework, Level, Unit } from "../framework/types";
import { formatMessage, type Message } from "../messages/message";
import * as msg from "../messages/consolidation";
import { toCellValue } from "../validation/evaluateWorkbook";
import type { FindingCode } from "../validation/finding";
import { cellText } from "../validation/readTrackingWorkbook";
import type { TrackingWorkbook } from "../validation/trackingWorkbook";
import { validateWorkbook } from "../validation/validateWorkbook";
import { LEVEL_LABELS, SHEET, UNIT_COLUMNS } from "../workbook/layout";
import { matchKey } from "../text/matchKey";
import type { WorkbookSnapshot } from "../workbook/workbookSnapshot";
import { frameworkIds } from "./frameworkIds";
import { unitIndex } from "./unitIndex";
import type { ActivityEntry, ExcludedEntry, Rejection, Submission, SubmissionNote, TargetEntry } from "./submission";

/**
 * Error codes that make an entry unusable: its figure, date or state cannot be read, or its ID is on two
 * rows. Other errors (an edited framework column, a removed formula, a `Thông tin` problem) are noted in
 * the log but the entry is kept: consolidation recomputes every status from the entry cells and its own
 * framework, so those do not change what the unit reported.
 */
export const ENTRY_ERROR_CODES: ReadonlySet<FindingCode> = new Set<FindingCode>([
  "number.notNumber",
  "number.negative",
  "percent.over100",
  "percent.formatted",
  "ratio.doneOverTotal",
  "ratio.zeroTotal",
  "cell.errorValue",
  "activity.stateInvalid",
  "activity.doneWithoutDate",
  "date.notDate",
  "structure.idDuplicate",
]);

/** At most this many IDs are spelled out in one note; the count gives the rest. */
const MAX_IDS_IN_NOTE = 12;

export interface SubmissionContext {
  /** The framework the consolidation works with: entries are matched to its items by ID. */
  framework: Framework;
  /** The expected units (Danh mục đơn vị of the consolidating workbook). */
  units: Unit[];
}

export type SubmissionOutcome = { ok: true; submission: Submission } | { ok: false; rejection: Rejection };

/** The unit of the list a name (or short name) refers to. */
export function findUnit(name: string, units: Unit[]): Unit | undefined {
  return unitIndex(units).find(name);
}

function listIds(ids: string[]): string {
  const shown = ids.slice(0, MAX_IDS_IN_NOTE).join(", ");
  return ids.length > MAX_IDS_IN_NOTE ? `${shown}, … (+${ids.length - MAX_IDS_IN_NOTE})` : shown;
}

/** FNV-1a over a string, as 8 hex digits: a cheap, portable digest for tie-breaking. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, "0");
}

function valueKey(value: unknown): string {
  return JSON.stringify(value ?? null);
}

function idNotes(
  file: string,
  sheet: string,
  present: Iterable<string>,
  known: ReadonlySet<string>,
  expected: readonly string[],
): SubmissionNote[] {
  const presentSet = new Set(present);
  const unknown = [...presentSet].filter((id) => !known.has(id));
  const missing = expected.filter((id) => !presentSet.has(id));
  const notes: SubmissionNote[] = [];
  if (unknown.length > 0) {
    notes.push({
      code: "unknownIds",
      message: formatMessage(msg.noteUnknownIds, { file, sheet, count: unknown.length, ids: listIds(unknown) }),
      sheet,
      cell: null,
    });
  }
  // A workbook that lost the whole sheet is already a structural error; list missing rows only when some exist.
  if (missing.length > 0 && presentSet.size > 0) {
    notes.push({
      code: "missingIds",
      message: formatMessage(msg.noteMissingIds, { file, sheet, count: missing.length, ids: listIds(missing) }),
      sheet,
      cell: null,
    });
  }
  return notes;
}

function frameworkNote(file: string, workbook: TrackingWorkbook, framework: Framework): SubmissionNote | null {
  const { frameworkId, frameworkVersion } = workbook.info;
  const where = workbook.sheets.info ?? SHEET.info;
  if (frameworkId !== null && frameworkId !== framework.id) {
    return {
      code: "frameworkOther",
      message: formatMessage(msg.noteFrameworkOther, { file, found: frameworkId, expected: framework.id }),
      sheet: where,
      cell: workbook.info.cells.MaKhung.address,
    };
  }
  if (frameworkVersion !== null && frameworkVersion !== framework.version) {
    return {
      code: "frameworkVersion",
      message: formatMessage(msg.noteFrameworkVersion, {
        file,
        found: frameworkVersion.slice(0, 12),
        expected: framework.version.slice(0, 12),
      }),
      sheet: where,
      cell: workbook.info.cells.PhienBanKhung.address,
    };
  }
  return null;
}

function reject(
  file: { name: string; lastModified: number },
  reason: Rejection["reason"],
  message: Message,
  workbook: TrackingWorkbook | null,
  unit: string | null = workbook?.info.unit ?? null,
  level: Level | null = workbook?.info.level ?? null,
): SubmissionOutcome {
  return {
    ok: false,
    rejection: {
      file: file.name,
      lastModified: file.lastModified,
      reason,
      message,
      unit,
      level,
      period: workbook?.info.period ?? null,
    },
  };
}

/**
 * The snapshot with a header-only `Danh mục đơn vị`: a unit's own copy of the units list plays no part in
 * consolidation (the consolidating workbook's list does), so it is neither read nor reported missing.
 */
function withoutOwnUnitsList(snapshot: WorkbookSnapshot): WorkbookSnapshot {
  const key = matchKey(SHEET.units);
  const header = { name: SHEET.units, rows: [UNIT_COLUMNS.map((c) => ({ value: c.header }))] };
  return { ...snapshot, sheets: [...snapshot.sheets.filter((s) => matchKey(s.name) !== key), header] };
}

/**
 * Reads a unit's returned workbook snapshot into a Submission, or rejects it (`notTrackingWorkbook`,
 * `notUnitWorkbook`, `unitUnknown`). The period is not judged here: which period is being consolidated
 * is known only once every file is read.
 */
export function toSubmission(
  file: { name: string; lastModified: number },
  snapshot: WorkbookSnapshot,
  context: SubmissionContext,
): SubmissionOutcome {
  const { framework, units } = context;
  const { workbook, findings } = validateWorkbook(withoutOwnUnitsList(snapshot));
  if (!workbook.usable) {
    return reject(
      file,
      "notTrackingWorkbook",
      formatMessage(msg.rejectNotTrackingWorkbook, {
        file: file.name,
        activities: SHEET.activities,
        targets: SHEET.targets,
      }),
      null,
    );
  }
  const written = workbook.info.unit;
  if (written === null) {
    return reject(file, "notUnitWorkbook", formatMessage(msg.rejectNotUnitWorkbook, { file: file.name }), workbook);
  }
  const notes: SubmissionNote[] = [];
  const listed = findUnit(written, units);
  let level: Level;
  if (listed) {
    level = listed.level;
    if (workbook.info.level !== null && workbook.info.level !== listed.level) {
      notes.push({
        code: "levelMismatch",
        message: formatMessage(msg.noteLevelMismatch, {
          file: file.name,
          found: workbook.info.levelLabel ?? "",
          unit: listed.name,
          expected: LEVEL_LABELS[listed.level],
        }),
        sheet: workbook.info.cells.CapDonVi.sheet ?? workbook.sheets.info,
        cell: workbook.info.cells.CapDonVi.address,
      });
    }
  } else if (workbook.info.level !== null) {
    level = workbook.info.level;
    notes.push({
      code: "unitNotInList",
      message: formatMessage(msg.noteUnitNotInList, { file: file.name, unit: written, level: LEVEL_LABELS[level] }),
      sheet: workbook.info.cells.DonVi.sheet ?? workbook.sheets.info,
      cell: workbook.info.cells.DonVi.address,
    });
  } else {
    return reject(
      file,
      "unitUnknown",
      formatMessage(msg.rejectUnitUnknown, { file: file.name, unit: written, level: workbook.info.levelLabel ?? "" }),
      workbook,
      written,
      null,
    );
  }

  const fwNote = frameworkNote(file.name, workbook, framework);
  if (fwNote) notes.push(fwNote);
  const ids = frameworkIds(framework);
  const targetSheet = workbook.sheets.targets?.name ?? SHEET.targets;
  const activitySheet = workbook.sheets.activities?.name ?? SHEET.activities;
  notes.push(
    ...idNotes(
      file.name,
      targetSheet,
      workbook.targets.map((t) => t.id),
      ids.targetSet,
      ids.targets,
    ),
    ...idNotes(
      file.name,
      activitySheet,
      workbook.activities.map((a) => a.id),
      ids.activitySet,
      ids.activities,
    ),
  );

  const excluded: ExcludedEntry[] = [];
  const excludedIds = new Set<string>();
  for (const f of findings) {
    if (f.severity !== "error") continue;
    if (f.id !== null && ENTRY_ERROR_CODES.has(f.code)) {
      excluded.push({ id: f.id, sheet: f.sheet, cell: f.cell, code: f.code, message: f.message });
      excludedIds.add(f.id);
    } else {
      notes.push({ code: "workbookError", message: f.message, sheet: f.sheet, cell: f.cell });
    }
  }

  const targets = new Map<string, TargetEntry>();
  for (const row of workbook.targets) {
    if (targets.has(row.id) || !ids.targetSet.has(row.id)) continue;
    targets.set(row.id, {
      id: row.id,
      row: row.row,
      done: toCellValue(row.cells.done.value),
      total: toCellValue(row.cells.total.value),
      notApplicable: toCellValue(row.cells.notApplicable.value),
      note: cellText(row.cells.note),
      cell: row.cells.done.address,
    });
  }
  const activities = new Map<string, ActivityEntry>();
  for (const row of workbook.activities) {
    if (activities.has(row.id) || !ids.activitySet.has(row.id)) continue;
    activities.set(row.id, {
      id: row.id,
      row: row.row,
      state: toCellValue(row.cells.state.value),
      doneDate: toCellValue(row.cells.doneDate.value),
      evidence: cellText(row.cells.evidence),
      note: cellText(row.cells.note),
      cell: row.cells.state.address,
    });
  }
  for (const id of excludedIds) {
    targets.delete(id);
    activities.delete(id);
  }

  const digest = [
    file.name,
    String(file.lastModified),
    written,
    ...[...targets.values()].map((t) => `${t.id}${valueKey(t.done)}${valueKey(t.total)}${valueKey(t.notApplicable)}`),
    ...[...activities.values()].map((a) => `${a.id}${valueKey(a.state)}${valueKey(a.doneDate)}`),
  ].join("\u0001");
  return {
    ok: true,
    submission: {
      file: file.name,
      lastModified: file.lastModified,
      unit: listed?.name ?? written,
      unitAsWritten: written,
      level,
      inList: listed !== undefined,
      period: workbook.info.period,
      frameworkId: workbook.info.frameworkId,
      frameworkVersion: workbook.info.frameworkVersion,
      targets,
      activities,
      excluded,
      notes,
      fingerprint: fnv1a(digest),
    },
  };
}
