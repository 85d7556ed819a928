/**
 * The tracking workbook's layout: sheet names, header rows, columns and defined names. These are the
 * workbook-format contract (docs/workbook-format.md): other tools locate sheets by name and columns by
 * header text, so changing any of them is a format change and bumps WORKBOOK_FORMAT_VERSION.
 */

/** Bumped whenever a sheet name, header, defined name or the meaning of a column changes. */
export const WORKBOOK_FORMAT_VERSION = "1.0";

export const SHEET = {
  guide: "Hướng dẫn",
  info: "Thông tin",
  activities: "Khung nhiệm vụ",
  targets: "Chỉ tiêu",
  units: "Danh mục đơn vị",
  dropped: "Mục đã bỏ",
} as const;

/** What a column is to the person filling the workbook in. */
export type ColumnRole = "framework" | "entry" | "computed" | "technical";

export interface ColumnDef<K extends string = string> {
  key: K;
  /** The header text: the contract other tools match. */
  header: string;
  /** English gloss, shown in the guide and docs. */
  english: string;
  role: ColumnRole;
  /** Width in characters. */
  width: number;
  hidden?: boolean;
}

/**
 * The lead group(s) of a row, `;`-delimited with a `;` at both ends (`;Sở Nội vụ;UBND cấp huyện;`), so the
 * summaries count a group with one COUNTIFS wildcard (`*;Sở Nội vụ;*`). Appended last on both entry sheets.
 */
const LEAD_GROUP_COLUMN = {
  key: "leadGroup",
  header: "Nhóm chủ trì",
  english: "Lead group(s)",
  role: "technical",
  width: 20,
  hidden: true,
} as const;

/** 0-based index of the header row on the entry sheets (row 3 in Excel): rows 1–2 hold the title band. */
export const HEADER_ROW = 2;
/** 0-based index of the first data row. */
export const FIRST_DATA_ROW = HEADER_ROW + 1;

export type ActivityColumnKey =
  | "id"
  | "section"
  | "objective"
  | "task"
  | "activity"
  | "output"
  | "lead"
  | "partners"
  | "deadlineText"
  | "due"
  | "funding"
  | "responsibility"
  | "state"
  | "doneDate"
  | "evidence"
  | "note"
  | "status"
  | "deadlineKind"
  | "sectionId"
  | "leadGroup";

export const ACTIVITY_COLUMNS: ColumnDef<ActivityColumnKey>[] = [
  { key: "id", header: "Mã", english: "ID", role: "framework", width: 10 },
  { key: "section", header: "Lĩnh vực", english: "Section", role: "framework", width: 16 },
  { key: "objective", header: "Mục tiêu", english: "Objective", role: "framework", width: 30 },
  { key: "task", header: "Nhiệm vụ", english: "Task", role: "framework", width: 30 },
  { key: "activity", header: "Hoạt động", english: "Activity", role: "framework", width: 36 },
  { key: "output", header: "Kết quả, sản phẩm", english: "Expected output", role: "framework", width: 24 },
  { key: "lead", header: "Chủ trì", english: "Lead", role: "framework", width: 18 },
  { key: "partners", header: "Phối hợp", english: "Partners", role: "framework", width: 18 },
  {
    key: "deadlineText",
    header: "Thời gian hoàn thành",
    english: "Deadline (as written)",
    role: "framework",
    width: 14,
  },
  { key: "due", header: "Hạn hoàn thành", english: "Due date", role: "framework", width: 12 },
  { key: "funding", header: "Kinh phí", english: "Funding", role: "framework", width: 14 },
  { key: "responsibility", header: "Trách nhiệm", english: "Role of this unit", role: "framework", width: 11 },
  { key: "state", header: "Tình trạng", english: "State", role: "entry", width: 15 },
  { key: "doneDate", header: "Ngày hoàn thành", english: "Date done", role: "entry", width: 12 },
  { key: "evidence", header: "Minh chứng", english: "Evidence", role: "entry", width: 24 },
  { key: "note", header: "Ghi chú", english: "Note", role: "entry", width: 24 },
  { key: "status", header: "Đánh giá", english: "Assessment", role: "computed", width: 18 },
  {
    key: "deadlineKind",
    header: "Loại thời hạn",
    english: "Deadline kind",
    role: "technical",
    width: 10,
    hidden: true,
  },
  { key: "sectionId", header: "Mã lĩnh vực", english: "Section ID", role: "technical", width: 8, hidden: true },
  LEAD_GROUP_COLUMN,
];

export type TargetColumnKey =
  | "id"
  | "objective"
  | "text"
  | "unitLabel"
  | "target"
  | "comparatorText"
  | "kind"
  | "responsibility"
  | "done"
  | "total"
  | "notApplicable"
  | "note"
  | "result"
  | "status"
  | "comparator"
  | "max"
  | "measure"
  | "aggregate"
  | "sectionId"
  | "leadGroup";

export const TARGET_COLUMNS: ColumnDef<TargetColumnKey>[] = [
  { key: "id", header: "Mã", english: "ID", role: "framework", width: 10 },
  { key: "objective", header: "Mục tiêu", english: "Objective", role: "framework", width: 34 },
  { key: "text", header: "Chỉ tiêu", english: "Target (as written)", role: "framework", width: 34 },
  { key: "unitLabel", header: "Đơn vị tính", english: "Unit of measure", role: "framework", width: 12 },
  { key: "target", header: "Chỉ tiêu kế hoạch", english: "Target value for this level", role: "framework", width: 11 },
  { key: "comparatorText", header: "So sánh", english: "Comparator", role: "framework", width: 10 },
  { key: "kind", header: "Cách tính", english: "How measured (cumulative / level)", role: "framework", width: 11 },
  { key: "responsibility", header: "Trách nhiệm", english: "Role of this unit", role: "framework", width: 11 },
  { key: "done", header: "Thực hiện", english: "Achieved (count, numerator or %)", role: "entry", width: 11 },
  { key: "total", header: "Tổng số", english: "Denominator", role: "entry", width: 11 },
  { key: "notApplicable", header: "Không phát sinh", english: "Not applicable (x)", role: "entry", width: 10 },
  { key: "note", header: "Ghi chú", english: "Note", role: "entry", width: 24 },
  { key: "result", header: "Kết quả", english: "Result", role: "computed", width: 10 },
  { key: "status", header: "Đánh giá", english: "Assessment", role: "computed", width: 18 },
  { key: "comparator", header: "Mã so sánh", english: "Comparator code", role: "technical", width: 10, hidden: true },
  {
    key: "max",
    header: "Giá trị tối đa",
    english: "Upper bound (between)",
    role: "technical",
    width: 10,
    hidden: true,
  },
  {
    key: "measure",
    header: "Loại số liệu",
    english: "Measure (percent/count)",
    role: "technical",
    width: 10,
    hidden: true,
  },
  {
    key: "aggregate",
    header: "Tổng hợp",
    english: "Aggregate (single/sum)",
    role: "technical",
    width: 10,
    hidden: true,
  },
  { key: "sectionId", header: "Mã lĩnh vực", english: "Section ID", role: "technical", width: 8, hidden: true },
  LEAD_GROUP_COLUMN,
];

export type UnitColumnKey = "name" | "level" | "aliases";

export const UNIT_COLUMNS: ColumnDef<UnitColumnKey>[] = [
  { key: "name", header: "Tên đơn vị", english: "Unit", role: "entry", width: 40 },
  { key: "level", header: "Cấp", english: "Level", role: "entry", width: 18 },
  { key: "aliases", header: "Tên gọi khác", english: "Short names (separated by ;)", role: "entry", width: 50 },
];

/** Defined names on `Thông tin`, in row order: each value sits in column B of that row. */
export const INFO_NAMES = [
  { name: "DonVi", label: "Đơn vị", english: "Unit" },
  { name: "CapDonVi", label: "Cấp", english: "Level" },
  { name: "KyBaoCao", label: "Kỳ báo cáo", english: "Reporting period (code)" },
  { name: "NgayBaoCao", label: "Ngày chốt số liệu", english: "Data cut-off (as-of) date" },
  { name: "NamKeHoach", label: "Năm kế hoạch", english: "Plan year" },
  { name: "MaKhung", label: "Mã khung", english: "Framework ID" },
  { name: "PhienBanKhung", label: "Phiên bản khung", english: "Framework version" },
  { name: "PhienBanDinhDang", label: "Phiên bản định dạng", english: "Workbook-format version" },
  { name: "NgayDauNam", label: "Ngày đầu năm", english: "First day of the plan year" },
  { name: "NgayCuoiNam", label: "Ngày cuối năm", english: "Last day of the plan year" },
  { name: "DanhGiaMoiDong", label: "Đánh giá mọi dòng", english: "Judge every row (no unit: whole plan)" },
] as const;

export type InfoName = (typeof INFO_NAMES)[number]["name"];

/** 0-based row of the first info entry on `Thông tin` (row 3 in Excel, under the title and header). */
export const INFO_FIRST_ROW = 2;

/** The level labels written in `Thông tin` and `Danh mục đơn vị`. */
export const LEVEL_LABELS = {
  province: "Sở, ban, ngành",
  district: "UBND cấp huyện",
  commune: "UBND cấp xã",
} as const;

/** Entry list values. */
export const ACTIVITY_STATES = ["Chưa thực hiện", "Đang thực hiện", "Hoàn thành"] as const;
export const RESPONSIBILITY = { lead: "Chủ trì", partner: "Phối hợp" } as const;
export const KIND_LABELS = { cumulative: "Lũy kế", level: "Mức đạt" } as const;
export const NOT_APPLICABLE_MARK = "x";

/** 0-based column index of a key in a column list. */
export function columnOf<K extends string>(columns: ColumnDef<K>[], key: K): number {
  const index = columns.findIndex((c) => c.key === key);
  if (index < 0) throw new Error(`Unknown column ${key}`);
  return index;
}
