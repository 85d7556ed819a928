/**
 * Computes every row's status in TypeScript with the status engine, from the raw cells of a
 * TrackingWorkbook: the same rules the workbook's `Đánh giá` formulas are compiled from, so the CLI,
 * the pane and a workbook recalculated by Excel agree (also on files saved without calculated values).
 */
import { dateToSerial, isoToSerial } from "../dates/excelDate";
import { EXCEL_ERROR_CODES, cellError, type CellValue, type ExcelErrorCode } from "../status/cellValue";
import { activityStatus } from "../status/activityStatus";
import { parsePeriod, type Period } from "../status/periods";
import type { StatusContext } from "../status/statusContext";
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";
import { targetResult, targetStatus } from "../status/targetStatus";
import { isErrorValue, type SnapshotValue } from "../workbook/workbookSnapshot";
import type { TrackingInfo, TrackingWorkbook } from "./trackingWorkbook";

export interface EvaluatedTarget {
  id: string;
  /** 0-based row on `Chỉ tiêu`. */
  row: number;
  /** The `Đánh giá` cell (A1), or the `Mã` cell when that column is missing. */
  cell: string | null;
  /** Null only when the workbook gives neither a plan year nor an as-of date. */
  status: TargetStatus | null;
  /** v, the `Kết quả` figure; null when there is no usable entry. */
  value: number | null;
  /** T, the target for this workbook's level; null when not a number. */
  target: number | null;
}

export interface EvaluatedActivity {
  id: string;
  /** 0-based row on `Khung nhiệm vụ`. */
  row: number;
  cell: string | null;
  status: ActivityStatus | null;
  /** Hạn hoàn thành, `YYYY-MM-DD`, or null for ongoing and conditional deadlines. */
  due: string | null;
}

export interface WorkbookEvaluation {
  /** The context the rules ran with; null when neither a plan year nor an as-of date is known. */
  context: StatusContext | null;
  /** The as-of date used, `YYYY-MM-DD`: the override, else NgayBaoCao, else the period's cut-off. */
  asOf: string | null;
  /** The plan year used. */
  year: number | null;
  /** The period, when KyBaoCao is a valid code. */
  period: Period | null;
  targets: EvaluatedTarget[];
  activities: EvaluatedActivity[];
}

export interface EvaluateOptions {
  /** `YYYY-MM-DD`; overrides the workbook's NgayBaoCao. */
  asOf?: string;
}

const KNOWN_ERRORS = new Set<string>(EXCEL_ERROR_CODES);

/** A snapshot value as the engine takes it: error values normalised, impossible numbers as #NUM!. */
export function toCellValue(value: SnapshotValue | undefined): CellValue {
  if (value === undefined || value === null) return null;
  if (isErrorValue(value)) {
    return cellError(KNOWN_ERRORS.has(value.error) ? (value.error as ExcelErrorCode) : "#VALUE!");
  }
  if (typeof value === "number" && !Number.isFinite(value)) return cellError("#NUM!");
  return value;
}

function tryPeriod(code: string | null): Period | null {
  if (code === null) return null;
  try {
    return parsePeriod(code);
  } catch {
    return null;
  }
}

function validIso(iso: string | undefined | null): string | null {
  if (iso === undefined || iso === null) return null;
  try {
    isoToSerial(iso);
    return iso;
  } catch {
    return null;
  }
}

/**
 * The context a workbook is judged in: the plan year from NamKeHoach (else the period's, else the
 * as-of date's), the as-of date from the override, else NgayBaoCao, else the period's cut-off (when it is
 * in the plan year), else 31 December; every row judged when DonVi is blank.
 */
function resolveContext(
  info: TrackingInfo,
  override: string | null,
): { context: StatusContext | null; asOf: string | null; year: number | null; period: Period | null } {
  const period = tryPeriod(info.period);
  const yearOfIso = (iso: string | null) => (iso === null ? null : Number(iso.slice(0, 4)));
  const year = info.year ?? period?.year ?? yearOfIso(override ?? info.asOf);
  if (year === null) return { context: null, asOf: override ?? info.asOf, year: null, period };
  const asOf = override ?? info.asOf ?? (period && period.year === year ? period.cutOff : `${year}-12-31`);
  return {
    context: {
      asOf: isoToSerial(asOf),
      yearStart: dateToSerial(year, 1, 1),
      yearEnd: dateToSerial(year, 12, 31),
      judgeAll: info.judgeAll,
    },
    asOf,
    year,
    period,
  };
}

/**
 * Every target's and activity's status, figure and due date, computed with the status engine from the
 * workbook's raw cells (text in a number cell is `invalid`, as in the workbook's formulas). `asOf`
 * overrides the workbook's as-of date; an unreadable override is ignored.
 */
export function evaluateWorkbook(tracking: TrackingWorkbook, options: EvaluateOptions = {}): WorkbookEvaluation {
  const { context, asOf, year, period } = resolveContext(tracking.info, validIso(options.asOf));
  const targets = tracking.targets.map((row): EvaluatedTarget => {
    const c = row.cells;
    const inputs = {
      done: toCellValue(c.done.value),
      total: toCellValue(c.total.value),
      notApplicable: toCellValue(c.notApplicable.value),
      measure: toCellValue(c.measure.value),
      comparator: toCellValue(c.comparator.value),
      target: toCellValue(c.target.value),
      kind: toCellValue(c.kind.value),
      responsibility: toCellValue(c.responsibility.value),
      aggregate: toCellValue(c.aggregate.value),
    };
    return {
      id: row.id,
      row: row.row,
      cell: c.status.address ?? c.id.address,
      status: context ? targetStatus(inputs, context) : null,
      value: context ? targetResult(inputs, context) : null,
      target: row.target,
    };
  });
  const activities = tracking.activities.map((row): EvaluatedActivity => {
    const c = row.cells;
    const inputs = {
      state: toCellValue(c.state.value),
      doneDate: toCellValue(c.doneDate.value),
      due: toCellValue(c.due.value),
      deadlineKind: toCellValue(c.deadlineKind.value),
      responsibility: toCellValue(c.responsibility.value),
    };
    return {
      id: row.id,
      row: row.row,
      cell: c.status.address ?? c.id.address,
      status: context ? activityStatus(inputs, context) : null,
      due: row.due,
    };
  });
  return { context, asOf, year, period, targets, activities };
}
