/** Messages of the Kiểm tra view: validating the open workbook and listing its findings. */
import type { Message } from "./message";

export const unavailable: Message = {
  vi: "Kiểm tra chỉ chạy khi ngăn tác vụ mở trong Excel, trên sổ theo dõi của đơn vị.",
  en: "Checks work only when the pane is open in Excel, on the unit's tracking workbook.",
};
export const runButton: Message = { vi: "Kiểm tra sổ", en: "Check the workbook" };
export const rerunButton: Message = { vi: "Kiểm tra lại", en: "Check again" };
export const running: Message = { vi: "Đang kiểm tra sổ…", en: "Checking the workbook…" };
export const failedTitle: Message = { vi: "Không kiểm tra được sổ", en: "Could not check the workbook" };
export const failedNext: Message = {
  vi: "Nhấn Esc nếu đang sửa một ô trong Excel, rồi bấm “Kiểm tra lại”.",
  en: "Press Esc if a cell is being edited in Excel, then click “Check again”.",
};
export const notTrackingTitle: Message = {
  vi: "Sổ đang mở không phải sổ theo dõi",
  en: "The open workbook is not a tracking workbook",
};
export const notTrackingBody: Message = {
  vi: "Không tìm thấy trang “Khung nhiệm vụ” hay “Chỉ tiêu” có dòng tiêu đề “Mã”. Hãy mở sổ theo dõi của đơn vị (hoặc tạo sổ ở thẻ Khung), rồi kiểm tra lại.",
  en: "No “Khung nhiệm vụ” or “Chỉ tiêu” sheet with a “Mã” header row was found. Open the unit's tracking workbook (or build one on the Plan tab), then check again.",
};
export const cleanTitle: Message = { vi: "Không có lỗi hay cảnh báo", en: "No errors or warnings" };
export const cleanBody: Message = {
  vi: "Sổ đã sẵn sàng để gửi.",
  en: "The workbook is ready to send.",
};
export const summary: Message = {
  vi: "{errors} lỗi, {warnings} cảnh báo.",
  en: "{errors} error(s), {warnings} warning(s).",
};
export const summaryErrorsNext: Message = {
  vi: "Sửa các lỗi trước khi gửi sổ: bảng tính chưa tính đúng các dòng đó.",
  en: "Correct the errors before sending the workbook: those rows are not computed correctly yet.",
};
export const errorsHeading: Message = { vi: "Lỗi ({count})", en: "Errors ({count})" };
export const warningsHeading: Message = { vi: "Cảnh báo ({count})", en: "Warnings ({count})" };
export const sheetHeading: Message = { vi: "{sheet} ({count})", en: "{sheet} ({count})" };
export const wholeWorkbook: Message = { vi: "Toàn sổ", en: "Whole workbook" };
export const findingsHint: Message = {
  vi: "Bấm vào một dòng (hoặc nhấn Enter) để chọn ô đó trong Excel.",
  en: "Click an item (or press Enter on it) to select its cell in Excel.",
};
export const selectFailedTitle: Message = {
  vi: "Không chọn được ô {sheet}!{cell}",
  en: "Could not select cell {sheet}!{cell}",
};
export const selectFailedNext: Message = {
  vi: "Trang tính có thể đã được đổi tên hoặc xóa; bấm “Kiểm tra lại”.",
  en: "The sheet may have been renamed or deleted; click “Check again”.",
};
export const statusHeading: Message = { vi: "Tình hình thực hiện", en: "Progress" };
export const asOf: Message = { vi: "Tính đến ngày {date}", en: "As of {date}" };
export const activitiesLabel: Message = { vi: "Hoạt động", en: "Activities" };
export const targetsLabel: Message = { vi: "Chỉ tiêu", en: "Targets" };
export const noRows: Message = { vi: "không có dòng nào", en: "none" };
export const statusCount: Message = { vi: "{count} {label}", en: "{count} {label}" };
