/** Messages of the task pane's Hợp nhất view: picking the returned workbooks, progress, confirmation, problems. */
import type { Message } from "./message";

export const periodLabel: Message = { vi: "Kỳ báo cáo hợp nhất", en: "Period to consolidate" };
export const pickButton: Message = { vi: "Chọn các sổ đơn vị gửi về…", en: "Choose the units' workbooks…" };
/** The file input's accessible name (the button opens it). */
export const pickInputLabel: Message = {
  vi: "Sổ đơn vị gửi về (.xlsx, chọn được nhiều tệp)",
  en: "Units' returned workbooks (.xlsx, several at once)",
};
export const pickHint: Message = {
  vi: "Nên mở một sổ Excel trống trước: kết quả được ghi thành 5 trang mới vào sổ đang mở.",
  en: "Best open a blank workbook first: the result is written as 5 new sheets into the open workbook.",
};
export const unavailable: Message = {
  vi: "Chỉ hợp nhất được khi ngăn tác vụ chạy trong Excel.",
  en: "Consolidation works only when the pane runs in Excel.",
};

export const progressReading: Message = {
  vi: "Đã đọc {done}/{total} tệp — {file}",
  en: "Read {done} of {total} files — {file}",
};
export const progressStarting: Message = { vi: "Đang mở {total} tệp…", en: "Opening {total} files…" };
export const progressConsolidating: Message = {
  vi: "Đang hợp nhất {total} tệp và ghi vào sổ…",
  en: "Consolidating {total} files and writing to the workbook…",
};
export const cancel: Message = { vi: "Hủy", en: "Cancel" };
export const cancelledTitle: Message = { vi: "Đã hủy hợp nhất", en: "Consolidation cancelled" };
export const cancelledBody: Message = {
  vi: "Chưa ghi gì vào sổ. Chọn lại các tệp để hợp nhất.",
  en: "Nothing was written to the workbook. Choose the files again to consolidate.",
};

export const confirmTitle: Message = {
  vi: "Ghi vào sổ theo dõi đang mở?",
  en: "Write into the open tracking workbook?",
};
export const confirmBody: Message = {
  vi: "Sổ đang mở đã có trang Khung nhiệm vụ / Chỉ tiêu. Kết quả hợp nhất sẽ được thêm thành 5 trang (các trang hợp nhất cũ cùng tên bị thay); số liệu nhập của sổ không bị đổi. Nên dùng một sổ trống. Vẫn ghi {count} tệp vào sổ này?",
  en: "The open workbook already has Khung nhiệm vụ / Chỉ tiêu sheets. The result is added as 5 sheets (earlier consolidation sheets of the same name are replaced); the workbook's entries are not changed. A blank workbook is better. Write {count} files into this workbook anyway?",
};
export const confirmWrite: Message = { vi: "Vẫn ghi vào sổ này", en: "Write into this workbook" };
export const confirmCancel: Message = { vi: "Không ghi", en: "Don't write" };

export const failedTitle: Message = { vi: "Không hợp nhất được", en: "Could not consolidate" };
export const failedNext: Message = {
  vi: "Đóng các hộp thoại đang mở trong Excel rồi chọn lại các tệp.",
  en: "Close any dialog open in Excel, then choose the files again.",
};

export const doneTitle: Message = { vi: "Đã hợp nhất kỳ {period}", en: "Consolidated {period}" };
export const doneBody: Message = {
  vi: "{included} đơn vị được tính, {duplicates} bản trùng, {rejected} tệp bị loại, {missing} đơn vị chưa nộp.",
  en: "{included} units counted, {duplicates} duplicates, {rejected} files rejected, {missing} units missing.",
};
export const noPeriod: Message = { vi: "(không xác định)", en: "(unknown)" };

export const problemsTitle: Message = { vi: "Những điểm cần xem", en: "Problems to look at" };
export const noProblems: Message = {
  vi: "Không có vấn đề: mọi tệp đều dùng được và mọi đơn vị đã nộp.",
  en: "No problems: every file was usable and every unit submitted.",
};
export const rejectedHeading: Message = { vi: "Tệp bị loại ({count})", en: "Rejected files ({count})" };
export const duplicatesHeading: Message = { vi: "Bản nộp trùng ({count})", en: "Duplicate submissions ({count})" };
export const duplicateItem: Message = {
  vi: "{unit}: dùng “{kept}”, bỏ {dropped}",
  en: "{unit}: used “{kept}”, left out {dropped}",
};
export const missingHeading: Message = { vi: "Đơn vị chưa nộp ({count})", en: "Units that did not submit ({count})" };
export const invalidHeading: Message = {
  vi: "Số liệu không hợp lệ, không được tính ({count})",
  en: "Invalid entries, not counted ({count})",
};
export const invalidItem: Message = { vi: "{unit} — {id}: {message}", en: "{unit} — {id}: {message}" };
