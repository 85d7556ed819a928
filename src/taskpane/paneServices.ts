import { createContext, useContext } from "react";
import type { Framework, Level, Unit } from "../core/framework/types";
import type { CreateWorkbookResult } from "../core/workbook/createTrackingWorkbook";
import type { EntryValues, SheetRow } from "../core/entry/entryTypes";
import type { Finding } from "../core/validation/finding";
import type { WorkbookEvaluation } from "../core/validation/evaluateWorkbook";
import type { SnapshotCell, WorkbookSnapshot } from "../core/workbook/workbookSnapshot";
import type { BuildSummariesOptions, SummaryResult } from "../core/summary/buildSummaries";
import type { ConsolidationProgress } from "../core/consolidation/consolidate";
import type { ConsolidationResult } from "../core/consolidation/consolidationResult";
import type { SubmissionFile } from "../core/consolidation/submission";

/** What the Hợp nhất view passes along with the files it consolidates. */
export interface ConsolidateRequest {
  /** A period code such as `2024-H1`; absent: the period most files report. */
  period?: string;
  /** Called after every file read, then when consolidating and when done. */
  onProgress?: (progress: ConsolidationProgress) => void;
  /** Cancels between files (the promise rejects with ConsolidationCancelledError); nothing is written then. */
  signal?: AbortSignal;
}

/** What the Khung view asks for when it builds the tracking workbook. */
export interface CreateWorkbookRequest {
  /** Absent: the whole-plan workbook. */
  unit?: { name: string; level: Level };
  /** A period code such as `2024-Q1`. */
  period: string;
  /** Optional sheet-protection password. */
  password?: string;
}

/**
 * The adapter functions the views call to reach the workbook, injected by index.tsx (real Excel),
 * by tests (fakes) or by nothing at all (outside Excel). Views never call Office or Excel directly.
 *
 * Every member is optional: a view whose adapter is absent disables the action that needs it
 * instead of failing. Later issues add members here as their views need them (reading and writing
 * the tracking workbook, for example); each member is an async function returning plain data from
 * src/core, so that a view stays testable with a fake.
 */
export interface PaneServices {
  /** Activates `sheet` and selects `address` (A1 notation), e.g. to show the cell a finding names. */
  selectCell?: (sheet: string, address: string) => Promise<void>;
  /** The framework the pane works with and the units list (Danh mục đơn vị) it offers. */
  plan?: { framework: Framework; units: Unit[] };
  /** Builds (or rebuilds, keeping entries) the tracking workbook in the open workbook. */
  createWorkbook?: (request: CreateWorkbookRequest) => Promise<CreateWorkbookResult>;
  /** Nhập liệu: reads the open workbook (every sheet's cells and the defined names) for the form and its list. */
  readEntryWorkbook?: () => Promise<WorkbookSnapshot>;
  /** Nhập liệu: reads one row again, cells from column A, e.g. when the selection moves to it or after a write. */
  readEntryRow?: (sheet: string, row: number) => Promise<SnapshotCell[]>;
  /**
   * Nhập liệu: writes entry cells of one row (0-based `row`): numbers and date serials as numbers, text
   * always as text. Refuses any column that is not an entry column of that sheet.
   */
  writeEntry?: (sheet: string, row: number, values: EntryValues) => Promise<void>;
  /**
   * Nhập liệu: calls `listener` with the sheet and 0-based row of the selection's top-left cell each time the
   * selection changes in Excel; returns the function that stops it.
   */
  onSelectionChange?: (listener: (selection: SheetRow) => void) => () => void;
  /** Kiểm tra: validates the whole workbook against the embedded framework and units. */
  validate?: () => Promise<{ findings: Finding[]; evaluation: WorkbookEvaluation }>;
  /**
   * Tổng hợp: builds or rebuilds the chosen summary sheets (replacing only those) and returns the headline
   * figures; with `previewOnly`, reads and counts without writing.
   */
  buildSummaries?: (options: BuildSummariesOptions) => Promise<SummaryResult>;
  /**
   * Hợp nhất: reads and consolidates the units' returned workbooks, then writes the five consolidation sheets
   * into the open workbook (replacing sheets of the same name); returns the result for the problems list.
   */
  consolidate?: (files: SubmissionFile[], request: ConsolidateRequest) => Promise<ConsolidationResult>;
  /** Hợp nhất: whether the open workbook already has tracking sheets (Khung nhiệm vụ / Chỉ tiêu), to ask first. */
  hasTrackingSheets?: () => Promise<boolean>;
}

/** Supplies PaneServices to the views; empty (no adapters) unless App is given some. */
export const PaneServicesContext = createContext<PaneServices>({});

/** Gives a view the injected adapters. */
export function usePaneServices(): PaneServices {
  return useContext(PaneServicesContext);
}
