/**
 * A unit's returned workbook as consolidation sees it: who sent it, for which period and framework, and
 * its entries by ID (raw cell values, so statuses can be recomputed with the consolidation's own as-of
 * date). Files come in as bytes, from a folder (CLI) or from files picked in the browser (task pane).
 */
import type { Level } from "../framework/types";
import type { Message } from "../messages/message";
import type { CellValue } from "../status/cellValue";
import type { FindingCode } from "../validation/finding";
import type { WorkbookSnapshot } from "../workbook/workbookSnapshot";

/** One input file: a File picked in the browser (`name`, `lastModified`, bytes) or a file on disk. */
export interface SubmissionFile {
  /** The name shown in the log: the file name, or the path relative to where the user started. */
  name: string;
  /** Last-modified time in milliseconds since 1970 (`File.lastModified`, `fs.Stats.mtimeMs`). */
  lastModified: number;
  /** The file's bytes, or a function that reads them when the file's turn comes (keeps memory flat). */
  bytes: Uint8Array | (() => Promise<Uint8Array>);
}

/** Why a file could not be read at all; the reader decides these from the bytes. */
export type ReadFailureReason = "notXlsx" | "encrypted" | "corrupted" | "tooLarge";

/**
 * Why a file is left out of the consolidation. Stable codes (JSON and the log): the reader's reasons,
 * then `notTrackingWorkbook` (no `Khung nhiệm vụ` / `Chỉ tiêu` table), `notUnitWorkbook` (no DonVi: a
 * whole-plan workbook), `unitUnknown` (a unit missing from the units list and with no readable level),
 * `wrongPeriod` (another or an unreadable reporting period).
 */
export type RejectReason =
  ReadFailureReason | "notTrackingWorkbook" | "notUnitWorkbook" | "unitUnknown" | "wrongPeriod";

export const REJECT_REASONS: readonly RejectReason[] = [
  "notXlsx",
  "encrypted",
  "corrupted",
  "tooLarge",
  "notTrackingWorkbook",
  "notUnitWorkbook",
  "unitUnknown",
  "wrongPeriod",
];

/** What a reader returns for one file: the entry sheets as a snapshot, or why the file cannot be read. */
export type SubmissionReading =
  { ok: true; snapshot: WorkbookSnapshot } | { ok: false; reason: ReadFailureReason; message: Message };

/**
 * Reads one file's bytes into a snapshot of its entry sheets (`Thông tin`, `Khung nhiệm vụ`, `Chỉ tiêu`,
 * `Danh mục đơn vị`) and defined names. Injected, so the core stays free of file formats: the CLI passes
 * src/xlsx/readSubmission, the task pane whatever reads bytes in the browser. Must not throw for a bad
 * file: a failure is a reading with a reason.
 */
export type SubmissionReader = (bytes: Uint8Array, fileName: string) => Promise<SubmissionReading>;

/** One `Chỉ tiêu` row of a submission: the entry cells as typed. */
export interface TargetEntry {
  id: string;
  /** 0-based row on the sheet. */
  row: number;
  /** Thực hiện, Tổng số and Không phát sinh, raw (text stays text: the rules call it invalid). */
  done: CellValue;
  total: CellValue;
  notApplicable: CellValue;
  note: string;
  /** A1 address of the Thực hiện cell (null when the column is missing). */
  cell: string | null;
}

/** One `Khung nhiệm vụ` row of a submission. */
export interface ActivityEntry {
  id: string;
  row: number;
  state: CellValue;
  doneDate: CellValue;
  evidence: string;
  note: string;
  /** A1 address of the Tình trạng cell. */
  cell: string | null;
}

/** An entry left out of the consolidation because the validator found an error in it. */
export interface ExcludedEntry {
  id: string;
  sheet: string | null;
  cell: string | null;
  code: FindingCode;
  message: Message;
}

/** Something about a file worth telling the coordinator, though the file was used. */
export type SubmissionNoteCode =
  | "frameworkVersion"
  | "frameworkOther"
  | "unknownIds"
  | "missingIds"
  | "unitNotInList"
  | "levelMismatch"
  | "workbookError";

export interface SubmissionNote {
  code: SubmissionNoteCode;
  message: Message;
  sheet: string | null;
  cell: string | null;
}

/** A readable unit workbook. */
export interface Submission {
  /** The file's name as given. */
  file: string;
  lastModified: number;
  /** The unit's name from the units list (or as written, when not in the list). */
  unit: string;
  /** DonVi exactly as written in the file. */
  unitAsWritten: string;
  level: Level;
  /** False when DonVi matches no unit of the units list (by name or short name). */
  inList: boolean;
  /** KyBaoCao as written; null when blank. */
  period: string | null;
  frameworkId: string | null;
  frameworkVersion: string | null;
  targets: Map<string, TargetEntry>;
  activities: Map<string, ActivityEntry>;
  /** IDs of entries left out (errors in them), with the findings. */
  excluded: ExcludedEntry[];
  notes: SubmissionNote[];
  /** A digest of the file's identity and entries: breaks ties between copies so results never depend on input order. */
  fingerprint: string;
}

/** A file left out of the consolidation, with why. */
export interface Rejection {
  file: string;
  lastModified: number;
  reason: RejectReason;
  message: Message;
  /** What could be read of the file before it was rejected (null when nothing). */
  unit: string | null;
  level: Level | null;
  period: string | null;
}
