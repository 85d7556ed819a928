/**
 * TrackingWorkbook: a filled tracking workbook as typed data, read from a WorkbookSnapshot by
 * readTrackingWorkbook. Validation, the task pane and consolidation all work from this one reading, so
 * they agree on where every row and cell is.
 */
import type { Level } from "../framework/types";
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";
import type { ActivityColumnKey, InfoName, TargetColumnKey, UnitColumnKey } from "../workbook/layout";
import type { SnapshotValue } from "../workbook/workbookSnapshot";
import type { Finding } from "./finding";

/** One cell as read: the raw value (a formula's cached result), its formula and number format, and where it is. */
export interface TrackingCell {
  value: SnapshotValue;
  /** Present when the cell holds a formula, with its leading `=`. */
  formula?: string;
  numberFormat?: string;
  /** A1 address on its sheet; null when the column (or the info row) is missing from the workbook. */
  address: string | null;
  /** Set on `Thông tin` cells only: the sheet the defined name points at (normally `Thông tin`). */
  sheet?: string;
}

/** Where a sheet's table was found: its actual name, header row and each known column (−1 when missing). */
export interface LocatedSheet<K extends string> {
  name: string;
  /** 0-based. */
  headerRow: number;
  columns: Record<K, number>;
}

/** The `Thông tin` values, read by defined name or, failing that, by label. */
export interface TrackingInfo {
  /** DonVi, trimmed; null when blank (the coordinator's whole-plan workbook). */
  unit: string | null;
  /** CapDonVi as written, trimmed; null when blank. */
  levelLabel: string | null;
  /** The level the label names (also accepts the codes `province`/`district`/`commune`); null otherwise. */
  level: Level | null;
  /** KyBaoCao as written, trimmed (may be an invalid code); null when blank. */
  period: string | null;
  /** NgayBaoCao as `YYYY-MM-DD`: a date serial, or text read day-first; null when absent or unreadable. */
  asOf: string | null;
  /** NamKeHoach: a whole number (also numeric text); null otherwise. */
  year: number | null;
  frameworkId: string | null;
  frameworkVersion: string | null;
  formatVersion: string | null;
  /** True when DonVi is blank: the workbook judges every row (DanhGiaMoiDong). */
  judgeAll: boolean;
  /** The raw cell of each item; `address` null when the item could not be found. */
  cells: Record<InfoName, TrackingCell>;
}

/** The columns of `Khung nhiệm vụ` that carry framework text. */
export type ActivityTextKey =
  "section" | "objective" | "task" | "activity" | "output" | "lead" | "partners" | "deadlineText" | "funding";

/** One activity row of `Khung nhiệm vụ`. */
export interface ActivityRow {
  id: string;
  /** 0-based row on the sheet (Excel row = row + 1). */
  row: number;
  /** Every column of the layout, located by header; `address` null for a missing column. */
  cells: Record<ActivityColumnKey, TrackingCell>;
  /** The framework columns' texts, as written in the workbook. */
  texts: Record<ActivityTextKey, string>;
  /** Trách nhiệm as written, trimmed. */
  responsibility: string;
  /** Hạn hoàn thành as `YYYY-MM-DD` when it holds a date serial. */
  due: string | null;
  /** Loại thời hạn as written, trimmed (`date` / `ongoing` / `conditional`). */
  deadlineKind: string;
  /** The status the `Đánh giá` cell showed when last calculated (its cached label), null when none or unknown. */
  shownStatus: ActivityStatus | null;
  /** The cached `Đánh giá` text itself, null when blank. */
  shownLabel: string | null;
}

/** The columns of `Chỉ tiêu` that carry framework text. */
export type TargetTextKey = "objective" | "text" | "unitLabel" | "comparatorText";

/** One target row of `Chỉ tiêu`. */
export interface TargetRow {
  id: string;
  /** 0-based row on the sheet. */
  row: number;
  cells: Record<TargetColumnKey, TrackingCell>;
  texts: Record<TargetTextKey, string>;
  responsibility: string;
  /** Loại số liệu, trimmed: `percent` / `count`. */
  measure: string;
  /** Mã so sánh, trimmed. */
  comparator: string;
  /** Tổng hợp, trimmed: `single` / `sum`. */
  aggregate: string;
  /** Cách tính, trimmed: `Lũy kế` / `Mức đạt`. */
  kind: string;
  /** Chỉ tiêu kế hoạch (T) when it is a number. */
  target: number | null;
  /** Giá trị tối đa when it is a number. */
  max: number | null;
  /** The cached `Kết quả` figure, when it is a number. */
  shownResult: number | null;
  shownStatus: TargetStatus | null;
  shownLabel: string | null;
}

/** A section heading row (`I`, `VII.A`) on an entry sheet. */
export interface SectionRow {
  id: string;
  row: number;
  title: string;
}

/** One row of `Danh mục đơn vị`. */
export interface UnitRow {
  row: number;
  name: string;
  levelLabel: string;
  level: Level | null;
  aliases: string[];
  cells: Record<UnitColumnKey, TrackingCell>;
}

export interface TrackingWorkbook {
  info: TrackingInfo;
  /** The sheets as found (null when missing, or when the header row could not be located). */
  sheets: {
    info: string | null;
    activities: LocatedSheet<ActivityColumnKey> | null;
    targets: LocatedSheet<TargetColumnKey> | null;
    units: LocatedSheet<UnitColumnKey> | null;
  };
  activities: ActivityRow[];
  targets: TargetRow[];
  sections: { activities: SectionRow[]; targets: SectionRow[] };
  units: UnitRow[];
  /**
   * False when neither entry sheet could be located: the file is not a tracking workbook and nothing
   * else in this reading means anything.
   */
  usable: boolean;
  /** Structural problems met while reading: missing sheets, headers and columns, rows without or with repeated IDs. */
  problems: Finding[];
}
