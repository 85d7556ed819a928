/**
 * The consolidation sheets' names and columns: part of the workbook format (docs/workbook-format.md,
 * "Consolidation sheets"). Tools read them by sheet name and header text, as with the entry sheets.
 */

export const CONSOLIDATION_SHEET = {
  targets: "Tổng hợp chỉ tiêu",
  matrix: "Chi tiết theo đơn vị",
  activities: "Tiến độ nhiệm vụ",
  missing: "Đơn vị chưa nộp",
  log: "Nhật ký hợp nhất",
} as const;

export interface ConsolidationColumn<K extends string> {
  key: K;
  header: string;
  width: number;
}

/** 0-based header row of every consolidation sheet (rows 1–2 hold the title band, as on the entry sheets). */
export const CONSOLIDATION_HEADER_ROW = 2;
export const CONSOLIDATION_FIRST_ROW = CONSOLIDATION_HEADER_ROW + 1;

export type TargetSummaryKey =
  | "id"
  | "text"
  | "scope"
  | "unitLabel"
  | "comparator"
  | "target"
  | "numerator"
  | "denominator"
  | "value"
  | "status"
  | "method"
  | "expected"
  | "reported"
  | "met"
  | "lagging"
  | "notApplicable"
  | "min"
  | "minUnits"
  | "max"
  | "maxUnits"
  | "note";

export const TARGET_SUMMARY_COLUMNS: ConsolidationColumn<TargetSummaryKey>[] = [
  { key: "id", header: "Mã", width: 9 },
  { key: "text", header: "Chỉ tiêu", width: 40 },
  { key: "scope", header: "Phạm vi", width: 16 },
  { key: "unitLabel", header: "Đơn vị tính", width: 10 },
  { key: "comparator", header: "So sánh", width: 8 },
  { key: "target", header: "Chỉ tiêu kế hoạch", width: 10 },
  { key: "numerator", header: "Thực hiện (Σ)", width: 11 },
  { key: "denominator", header: "Tổng số (Σ)", width: 11 },
  { key: "value", header: "Kết quả", width: 9 },
  { key: "status", header: "Đánh giá", width: 16 },
  { key: "method", header: "Cách tổng hợp", width: 20 },
  { key: "expected", header: "Đơn vị chủ trì", width: 9 },
  { key: "reported", header: "Đã báo cáo", width: 9 },
  { key: "met", header: "Đạt", width: 7 },
  { key: "lagging", header: "Chậm tiến độ", width: 9 },
  { key: "notApplicable", header: "Không phát sinh", width: 9 },
  { key: "min", header: "Thấp nhất", width: 9 },
  { key: "minUnits", header: "Đơn vị thấp nhất", width: 22 },
  { key: "max", header: "Cao nhất", width: 9 },
  { key: "maxUnits", header: "Đơn vị cao nhất", width: 22 },
  { key: "note", header: "Ghi chú", width: 40 },
];

export type MatrixKey = "unit" | "level" | "file";

/** The fixed columns of `Chi tiết theo đơn vị`; one column per target follows, headed by the target's ID. */
export const MATRIX_COLUMNS: ConsolidationColumn<MatrixKey>[] = [
  { key: "unit", header: "Đơn vị", width: 34 },
  { key: "level", header: "Cấp", width: 15 },
  { key: "file", header: "Tệp", width: 24 },
];
export const MATRIX_TARGET_WIDTH = 9;

export type ActivityProgressKey =
  | "id"
  | "activity"
  | "lead"
  | "deadline"
  | "due"
  | "expected"
  | "leading"
  | "done"
  | "done_late"
  | "in_progress"
  | "due_soon"
  | "overdue"
  | "not_started"
  | "ongoing"
  | "conditional"
  | "invalid"
  | "overall"
  | "leadStatus"
  | "evidence"
  | "note"
  | "overdueUnits";

export const ACTIVITY_PROGRESS_COLUMNS: ConsolidationColumn<ActivityProgressKey>[] = [
  { key: "id", header: "Mã", width: 10 },
  { key: "activity", header: "Hoạt động", width: 40 },
  { key: "lead", header: "Chủ trì", width: 18 },
  { key: "deadline", header: "Thời gian hoàn thành", width: 13 },
  { key: "due", header: "Hạn hoàn thành", width: 11 },
  { key: "expected", header: "Đơn vị chủ trì", width: 9 },
  { key: "leading", header: "Đã báo cáo", width: 9 },
  { key: "done", header: "Hoàn thành đúng hạn", width: 10 },
  { key: "done_late", header: "Hoàn thành quá hạn", width: 10 },
  { key: "in_progress", header: "Đang thực hiện (trong hạn)", width: 10 },
  { key: "due_soon", header: "Sắp đến hạn", width: 9 },
  { key: "overdue", header: "Quá hạn", width: 9 },
  { key: "not_started", header: "Chưa thực hiện", width: 9 },
  { key: "ongoing", header: "Thường xuyên", width: 9 },
  { key: "conditional", header: "Không xác định thời hạn", width: 10 },
  { key: "invalid", header: "Số liệu lỗi", width: 8 },
  { key: "overall", header: "Đánh giá chung", width: 16 },
  { key: "leadStatus", header: "Đánh giá của đơn vị chủ trì", width: 16 },
  { key: "evidence", header: "Minh chứng", width: 22 },
  { key: "note", header: "Ghi chú", width: 24 },
  { key: "overdueUnits", header: "Đơn vị quá hạn", width: 30 },
];

export type MissingKey = "name" | "level" | "note";

export const MISSING_COLUMNS: ConsolidationColumn<MissingKey>[] = [
  { key: "name", header: "Tên đơn vị", width: 40 },
  { key: "level", header: "Cấp", width: 18 },
  { key: "note", header: "Ghi chú", width: 70 },
];

export type LogKey =
  "file" | "unit" | "level" | "period" | "modified" | "outcome" | "reason" | "sheet" | "cell" | "item" | "detail";

export const LOG_COLUMNS: ConsolidationColumn<LogKey>[] = [
  { key: "file", header: "Tệp", width: 30 },
  { key: "unit", header: "Đơn vị", width: 28 },
  { key: "level", header: "Cấp", width: 14 },
  { key: "period", header: "Kỳ báo cáo", width: 9 },
  { key: "modified", header: "Sửa lần cuối", width: 15 },
  { key: "outcome", header: "Kết quả", width: 16 },
  { key: "reason", header: "Mã lý do", width: 16 },
  { key: "sheet", header: "Trang", width: 14 },
  { key: "cell", header: "Ô", width: 7 },
  { key: "item", header: "Mã mục", width: 9 },
  { key: "detail", header: "Chi tiết", width: 70 },
];

/** What the log says a row is: a file's outcome, or a note about it. */
export const LOG_OUTCOME_LABELS = {
  included: "Đưa vào tổng hợp",
  duplicate: "Bản trùng, không dùng",
  rejected: "Bị từ chối",
  note: "Lưu ý",
  excluded: "Mục bị loại",
} as const;

/** Cell texts of the matrix for figures that are not numbers. */
export const MATRIX_MARKS = { notApplicable: "KPS", invalid: "Lỗi" } as const;

export function columnIndexOf<K extends string>(columns: ConsolidationColumn<K>[], key: K): number {
  const index = columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`Unknown column ${key}`);
  return index;
}
