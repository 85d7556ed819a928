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
export const deadlineMixed: Message = {
  vi: "Thời gian hoàn thành “{text}” vừa có hạn vừa là “thường xuyên” hoặc “theo điều kiện”: lấy hạn {due}.",
  en: "The deadline “{text}” gives a date and also says ongoing or conditional: the date {due} is used.",
};
export const deadlineSeveralDates: Message = {
  vi: "Thời gian hoàn thành “{text}” nêu nhiều mốc: lấy mốc muộn nhất {due}.",
  en: "The deadline “{text}” names several dates: the latest, {due}, is used.",
};
export const deadlineInvalidDate: Message = {
  vi: "Thời gian hoàn thành “{text}”: “{date}” không phải ngày có thật, bỏ qua.",
  en: "The deadline “{text}”: “{date}” is not a real date and was ignored.",
};
export const deadlineOutOfRange: Message = {
  vi: "Thời gian hoàn thành “{text}”: hạn {due} nằm ngoài khoảng năm {from}–{to}, có thể gõ nhầm năm; coi là “theo điều kiện”.",
  en: "The deadline “{text}”: {due} is outside the years {from}–{to}, perhaps a mistyped year; treated as conditional.",
};
export const deadlineRecurringYearly: Message = {
  vi: "Thời gian hoàn thành “{text}” lặp lại hằng năm: lấy hạn cuối năm kế hoạch {due}.",
  en: "The deadline “{text}” recurs every year: the end of the plan year, {due}, is used.",
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
export const reportersVague: Message = {
  vi: "“{text}” (trong ô chủ trì “{lead}”) không nêu rõ đơn vị nào: tạm hiểu là {categoryVi}, cần thu hẹp nếu không đúng.",
  en: "“{text}” (in the lead cell “{lead}”) does not say which units: read as {categoryEn}; narrow it if that is wrong.",
};
export const reportersQualifierIgnored: Message = {
  vi: "Phần ghi chú “{text}” (trong ô chủ trì “{lead}”) không phải tên đơn vị trong danh mục: đơn vị đứng trước được coi là đơn vị báo cáo.",
  en: "The remark “{text}” (in the lead cell “{lead}”) names no unit of the units list: the unit before it is taken as the reporter.",
};

/** How a category of reporting units is named in messages. */
export const categoryNames: Record<"province" | "district" | "commune" | "all", Message> = {
  province: { vi: "các sở, ban, ngành cấp tỉnh", en: "the provincial departments and agencies" },
  district: { vi: "UBND cấp huyện", en: "the district people's committees" },
  commune: { vi: "UBND cấp xã", en: "the commune people's committees" },
  all: { vi: "tất cả cơ quan, đơn vị, địa phương", en: "every unit at every level" },
};
