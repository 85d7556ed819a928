/**
 * Messages of the plan's prose parsers (targets, deadlines, lead agencies). Each names the text it
 * concerns through `{text}` so that a coordinator can find and correct it.
 */
import type { Message } from "./message";

export const deadlineEmpty: Message = {
  vi: "Thời gian hoàn thành để trống: coi là “theo điều kiện” (không có hạn cố định).",
  en: "The deadline is empty: treated as conditional (no fixed due date).",
};
export const deadlineUnrecognised: Message = {
  vi: "Không hiểu thời gian hoàn thành “{text}”: coi là “theo điều kiện” (không có hạn cố định).",
  en: "Could not read the deadline “{text}”: treated as conditional (no fixed due date).",
};
export const reportersEmpty: Message = {
  vi: "Ô chủ trì để trống: chưa xác định đơn vị báo cáo.",
  en: "The lead cell is empty: no reporting unit could be determined.",
};
export const reportersUnmatched: Message = {
  vi: "Không tìm thấy “{text}” (trong ô chủ trì “{lead}”) trong danh mục đơn vị.",
  en: "“{text}” (in the lead cell “{lead}”) matches no unit of the units list.",
};
export const targetNumberIgnored: Message = {
  vi: "Không hiểu con số “{number}” trong “{text}”: không tạo chỉ tiêu từ số này.",
  en: "Could not interpret the figure “{number}” in “{text}”: no target was made from it.",
};
