/**
 * Messages of the status engine: the status labels staff see in the `Đánh giá` columns (Vietnamese,
 * exactly as the workbook formulas write them) with English for the pane and CLI, the colour legend,
 * the reporting periods' names, and the errors for bad period codes.
 */
import type { Message } from "./message";
import type { ActivityStatus, ColourGroup, PeriodKind, TargetStatus } from "../status/statusTypes";

/** Labels of target statuses. The Vietnamese text is what the formulas write: changing it is a format change. */
export const targetStatusLabels: Readonly<Record<TargetStatus, Message>> = {
  met: { vi: "Đạt", en: "Met" },
  on_track: { vi: "Đúng tiến độ", en: "On track" },
  at_risk: { vi: "Có nguy cơ chậm", en: "At risk" },
  lagging: { vi: "Chậm tiến độ", en: "Behind" },
  no_data: { vi: "Chưa có số liệu", en: "No data" },
  not_applicable: { vi: "Không phát sinh", en: "Not applicable" },
  invalid: { vi: "Số liệu không hợp lệ", en: "Invalid figure" },
  not_assessed: { vi: "Không đánh giá", en: "Not assessed" },
};

/** Labels of activity statuses, in the vocabulary staff already use (DOMAIN.md). */
export const activityStatusLabels: Readonly<Record<ActivityStatus, Message>> = {
  done: { vi: "Hoàn thành đúng hạn", en: "Done on time" },
  done_late: { vi: "Hoàn thành quá hạn", en: "Done late" },
  in_progress: { vi: "Đang thực hiện (trong hạn)", en: "In progress (within time)" },
  due_soon: { vi: "Sắp đến hạn", en: "Due soon" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  not_started: { vi: "Chưa thực hiện", en: "Not started" },
  ongoing: { vi: "Thường xuyên", en: "Ongoing" },
  conditional: { vi: "Không xác định thời hạn", en: "No fixed deadline" },
  not_assessed: { vi: "Không đánh giá", en: "Not assessed" },
};

/** What each colour means, for the legend on `Hướng dẫn` and in the pane. */
export const colourGroupLabels: Readonly<Record<ColourGroup, Message>> = {
  red: { vi: "Đỏ: chậm tiến độ hoặc quá hạn — cần xử lý ngay", en: "Red: behind or overdue — act now" },
  amber: {
    vi: "Vàng: có nguy cơ chậm, sắp đến hạn hoặc hoàn thành quá hạn",
    en: "Amber: at risk, due soon or done late",
  },
  green: { vi: "Xanh lá: đạt, đúng tiến độ hoặc hoàn thành đúng hạn", en: "Green: met, on track or done on time" },
  blue: {
    vi: "Xanh dương: đang thực hiện trong hạn, nhiệm vụ thường xuyên",
    en: "Blue: in progress within time, ongoing",
  },
  purple: { vi: "Tím: số liệu không hợp lệ — cần sửa số liệu", en: "Purple: invalid figure — correct the entry" },
  grey: {
    vi: "Xám: chưa có số liệu, không phát sinh, chưa thực hiện (còn hạn), không xác định thời hạn, không đánh giá",
    en: "Grey: no data, not applicable, not started (not yet due), no fixed deadline, not assessed",
  },
};

/** Names of the reporting periods; `{year}` is the plan year. */
export const periodLabels: Readonly<Record<PeriodKind, Message>> = {
  Q1: { vi: "Quý I năm {year}", en: "Q1 {year}" },
  H1: { vi: "6 tháng đầu năm {year}", en: "First half of {year}" },
  Q3: { vi: "Quý III năm {year}", en: "Q3 {year}" },
  Y: { vi: "Năm {year}", en: "Year {year}" },
};

export const periodCodeInvalid: Message = {
  vi: "Mã kỳ báo cáo “{code}” không hợp lệ: dùng dạng {year}-Q1 (Quý I), {year}-H1 (6 tháng), {year}-Q3 (Quý III) hoặc {year} (năm).",
  en: "Invalid period code “{code}”: use {year}-Q1 (Q1), {year}-H1 (first half), {year}-Q3 (Q3) or {year} (year).",
};
export const periodCodeNotReported: Message = {
  vi: "“{code}” không phải kỳ báo cáo CCHC: báo cáo quý II là báo cáo 6 tháng ({year}-H1), quý IV là báo cáo năm ({year}).",
  en: "“{code}” is not a PAR reporting period: Q2 is reported as the first half ({year}-H1), Q4 as the year ({year}).",
};
export const periodYearOutOfRange: Message = {
  vi: "Năm {year} trong mã kỳ báo cáo “{code}” nằm ngoài khoảng {min}–{max}.",
  en: "The year {year} in the period code “{code}” is outside {min}–{max}.",
};
