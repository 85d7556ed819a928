/**
 * The nine columns of the appendix (Khung nhiệm vụ), by meaning. A pasted table may have them in
 * another order, under slightly different headings, or without some of them.
 */
import type { Message } from "../messages/message";

export type ColumnRole =
  "tt" | "objective" | "task" | "activity" | "output" | "lead" | "partners" | "deadline" | "funding";

export interface ColumnSpec {
  role: ColumnRole;
  /** The heading as the 2024 plan writes it. */
  label: Message;
  /**
   * Match keys (lower case, no diacritics) any of which a heading must contain; earlier roles are
   * tried first, so `thoi gian hoan thanh` is taken by deadline before anything looks for `hoan thanh`.
   */
  keys: string[];
  /** Whether a table without it cannot be read as an appendix. */
  required: boolean;
}

export const COLUMN_SPECS: readonly ColumnSpec[] = [
  { role: "tt", label: { vi: "TT", en: "No." }, keys: ["tt", "stt", "so tt", "so thu tu"], required: false },
  {
    role: "objective",
    label: { vi: "Mục tiêu/Chỉ tiêu/nội dung", en: "Objective/target" },
    keys: ["muc tieu", "chi tieu", "noi dung"],
    required: true,
  },
  { role: "task", label: { vi: "Nhiệm vụ", en: "Task" }, keys: ["nhiem vu"], required: false },
  { role: "activity", label: { vi: "Hoạt động", en: "Activity" }, keys: ["hoat dong"], required: true },
  { role: "output", label: { vi: "Kết quả, sản phẩm", en: "Output" }, keys: ["ket qua", "san pham"], required: false },
  { role: "lead", label: { vi: "Chủ trì", en: "Lead" }, keys: ["chu tri"], required: false },
  { role: "partners", label: { vi: "Phối hợp", en: "Partners" }, keys: ["phoi hop"], required: false },
  {
    role: "deadline",
    label: { vi: "Thời gian hoàn thành", en: "Deadline" },
    keys: ["thoi gian", "thoi han", "hoan thanh"],
    required: false,
  },
  { role: "funding", label: { vi: "Kinh phí", en: "Funding" }, keys: ["kinh phi"], required: false },
];
