/**
 * Messages of the plan's prose parsers (targets, deadlines, lead agencies). Each names the text it
 * concerns so that a coordinator can find it and, where needed, correct the framework.
 */
import type { Message } from "./message";

// Targets (parseTargets)

export const targetNumberIgnored: Message = {
  vi: "Không hiểu con số “{number}” trong “{text}”: không tạo chỉ tiêu từ số này.",
  en: "Could not interpret the figure “{number}” in “{text}”: no target was made from it.",
};
export const targetKindAssumedNoEvidence: Message = {
  vi: "Chỉ tiêu “{text}”: câu chữ không cho biết là tỷ lệ duy trì hay kết quả lũy kế trong năm; tạm coi là {kindVi}.",
  en: "Target “{text}”: the wording does not say whether it is a rate to hold or progress that builds up over the year; assumed {kindEn}.",
};
export const targetKindAssumedConflict: Message = {
  vi: "Chỉ tiêu “{text}”: có từ chỉ lũy kế ({cumulative}) lẫn từ chỉ tỷ lệ ({level}); tạm coi là {kindVi}.",
  en: "Target “{text}”: has words of accumulation ({cumulative}) and of a rate ({level}); assumed {kindEn}.",
};
export const targetUnitGuessed: Message = {
  vi: "Chỉ tiêu “{text}”: đối tượng đếm “{unit}” được đoán từ câu chữ, cần kiểm tra.",
  en: "Target “{text}”: the counted noun “{unit}” was guessed from the wording; please check it.",
};
export const targetUnitMissing: Message = {
  vi: "Chỉ tiêu “{text}”: không xác định được đối tượng đếm (cơ quan, hồ sơ, TTHC…).",
  en: "Target “{text}”: could not tell what is counted (units, applications, procedures…).",
};
export const targetDirectionAssumed: Message = {
  vi: "Chỉ tiêu “{text}”: câu có chữ “giảm” nhưng không ngay trước con số; tạm coi là chỉ tiêu giảm.",
  en: "Target “{text}”: the sentence says “giảm” (reduce) but not right before the figure; assumed a reduction.",
};

// Deadlines (parseDeadline)

export const deadlineEmpty: Message = {
  vi: "Thời gian hoàn thành để trống: coi là “theo điều kiện” (không có hạn cố định).",
  en: "The deadline is empty: treated as conditional (no fixed due date).",
};
export const deadlineUnrecognised: Message = {
  vi: "Không hiểu thời gian hoàn thành “{text}”: coi là “theo điều kiện” (không có hạn cố định).",
  en: "Could not read the deadline “{text}”: treated as conditional (no fixed due date).",
};

// Lead agencies (matchReporters)

export const reportersEmpty: Message = {
  vi: "Ô chủ trì để trống: chưa xác định đơn vị báo cáo.",
  en: "The lead cell is empty: no reporting unit could be determined.",
};
export const reportersUnmatched: Message = {
  vi: "Không tìm thấy “{text}” (trong ô chủ trì “{lead}”) trong danh mục đơn vị.",
  en: "“{text}” (in the lead cell “{lead}”) matches no unit of the units list.",
};
