/**
 * Messages of the Nhập liệu view (the entry form for the row under the cursor, its searchable list and
 * the "my work" filter) and of writing a row's entry cells from the pane.
 */
import type { Message } from "./message";

// The view and its states

export const unavailable: Message = {
  vi: "Nhập liệu chỉ chạy khi ngăn tác vụ mở trong Excel, trên sổ theo dõi của đơn vị.",
  en: "Entry works only when the pane is open in Excel, on the unit's tracking workbook.",
};
export const loading: Message = { vi: "Đang đọc sổ theo dõi…", en: "Reading the tracking workbook…" };
export const loadingRow: Message = { vi: "Đang đọc dòng…", en: "Reading the row…" };
export const reloadButton: Message = { vi: "Đọc lại sổ", en: "Read the workbook again" };
export const readFailedTitle: Message = { vi: "Không đọc được sổ", en: "Could not read the workbook" };
export const readFailedNext: Message = {
  vi: "Nhấn Esc nếu đang sửa một ô trong Excel, rồi bấm “Đọc lại sổ”.",
  en: "Press Esc if a cell is being edited in Excel, then click “Read the workbook again”.",
};
export const notTrackingTitle: Message = {
  vi: "Sổ đang mở không phải sổ theo dõi",
  en: "The open workbook is not a tracking workbook",
};
export const notTrackingBody: Message = {
  vi: "Không tìm thấy trang “Khung nhiệm vụ” hay “Chỉ tiêu” có dòng tiêu đề “Mã”. Hãy mở sổ theo dõi của đơn vị (hoặc tạo sổ ở thẻ Khung), rồi bấm “Đọc lại sổ”.",
  en: "No “Khung nhiệm vụ” or “Chỉ tiêu” sheet with a “Mã” header row was found. Open the unit's tracking workbook (or build one on the Plan tab), then click “Read the workbook again”.",
};

// Finding a row

export const pickerLabel: Message = { vi: "Tìm dòng theo mã hoặc nội dung", en: "Find a row by ID or text" };
export const pickerPlaceholder: Message = {
  vi: "VD: I:3.17, III.5, tuyên truyền",
  en: "e.g. I:3.17, III.5, tuyên truyền",
};
export const pickerCount: Message = { vi: "{shown} trên {total} dòng", en: "{shown} of {total} rows" };
export const pickerMore: Message = {
  vi: "Còn {count} dòng nữa: gõ thêm để thu hẹp.",
  en: "{count} more rows: type more to narrow the list.",
};
export const pickerNone: Message = { vi: "Không có dòng nào khớp.", en: "No row matches." };
export const kindActivity: Message = { vi: "Hoạt động", en: "Activity" };
export const kindTarget: Message = { vi: "Chỉ tiêu", en: "Target" };
export const myWorkLabel: Message = { vi: "Việc của đơn vị tôi", en: "My unit's work" };
export const myWorkHintUnit: Message = {
  vi: "Chỉ các dòng {unit} chủ trì hoặc phối hợp (cột Trách nhiệm).",
  en: "Only the rows {unit} leads or partners on (the Trách nhiệm column).",
};
export const myWorkHintPlan: Message = {
  vi: "Sổ toàn tỉnh: chọn đơn vị để xem các dòng đơn vị đó chủ trì hoặc phối hợp, kể cả các dòng giao cho cả nhóm như “UBND cấp huyện”.",
  en: "Whole-plan workbook: pick a unit to see the rows it leads or partners on, including rows given to a whole group such as “UBND cấp huyện”.",
};
export const unitFilterLabel: Message = { vi: "Đơn vị", en: "Unit" };
export const unitFilterPlaceholder: Message = { vi: "Gõ để tìm đơn vị", en: "Type to find a unit" };

// Following the selection

export const selectHint: Message = {
  vi: "Chọn một ô trên dòng hoạt động hoặc chỉ tiêu trong Excel, hoặc tìm dòng ở trên: biểu mẫu sẽ mở dòng đó.",
  en: "Select a cell on an activity or target row in Excel, or find a row above: the form opens that row.",
};
export const selectionNotEntry: Message = {
  vi: "Ô đang chọn ({sheet}, dòng {row}) không thuộc dòng hoạt động hay chỉ tiêu nào.",
  en: "The selected cell ({sheet}, row {row}) is not on an activity or target row.",
};
export const pendingSelection: Message = {
  vi: "Bạn đã chọn dòng {id} trong Excel, nhưng biểu mẫu còn thay đổi chưa lưu.",
  en: "You selected row {id} in Excel, but the form has unsaved changes.",
};
export const pendingOpen: Message = { vi: "Bỏ thay đổi và mở {id}", en: "Discard changes and open {id}" };

// The row's context

export const formHeading: Message = { vi: "{kind} {id}", en: "{kind} {id}" };
export const contextLabel: Message = { vi: "Thông tin dòng", en: "About this row" };
export const objectiveLabel: Message = { vi: "Mục tiêu", en: "Objective" };
export const taskLabel: Message = { vi: "Nhiệm vụ", en: "Task" };
export const outputLabel: Message = { vi: "Kết quả, sản phẩm", en: "Expected output" };
export const leadLabel: Message = { vi: "Chủ trì", en: "Lead" };
export const partnersLabel: Message = { vi: "Phối hợp", en: "Partners" };
export const dueLabel: Message = { vi: "Hạn hoàn thành", en: "Due" };
export const dueOngoing: Message = { vi: "Thường xuyên", en: "Ongoing" };
export const dueConditional: Message = { vi: "Không xác định thời hạn ({text})", en: "No fixed date ({text})" };
export const planValueLabel: Message = { vi: "Chỉ tiêu kế hoạch", en: "Target value" };
export const responsibilityLabel: Message = { vi: "Trách nhiệm", en: "Role" };
export const responsibilityNone: Message = { vi: "Chỉ theo dõi", en: "For information only" };
export const responsibilityAll: Message = {
  vi: "Sổ toàn tỉnh: mọi dòng được đánh giá",
  en: "Whole plan: every row is judged",
};
export const statusLabel: Message = { vi: "Đánh giá", en: "Status" };
export const statusAfterSave: Message = { vi: "Sau khi lưu", en: "After saving" };
export const statusUnknown: Message = { vi: "Chưa đánh giá được", en: "Cannot be judged yet" };

// The fields

export const stateLabel: Message = { vi: "Tình trạng", en: "State (Tình trạng)" };
export const stateBlank: Message = { vi: "(Để trống)", en: "(Blank)" };
export const stateNotStarted: Message = { vi: "Chưa thực hiện", en: "Chưa thực hiện — not started" };
export const stateInProgress: Message = { vi: "Đang thực hiện", en: "Đang thực hiện — in progress" };
export const stateDone: Message = { vi: "Hoàn thành", en: "Hoàn thành — done" };
export const doneDateLabel: Message = { vi: "Ngày hoàn thành", en: "Date done (Ngày hoàn thành)" };
export const doneDateHint: Message = {
  vi: "Ngày/tháng/năm, ví dụ 15/03/2024. Mũi tên xuống mở lịch.",
  en: "Day/month/year, e.g. 15/03/2024. Down arrow opens the calendar.",
};
export const doneDateRejected: Message = {
  vi: "“{text}” không phải ngày (ngày/tháng/năm), nên ô vẫn giữ ngày trước đó.",
  en: "“{text}” is not a date (day/month/year), so the field keeps its previous date.",
};
export const evidenceLabel: Message = { vi: "Minh chứng", en: "Evidence (Minh chứng)" };
export const evidenceHint: Message = {
  vi: "Số, ký hiệu văn bản hoặc đường dẫn tài liệu kiểm chứng.",
  en: "The document's number or a link to the supporting evidence.",
};
export const noteLabel: Message = { vi: "Ghi chú", en: "Note (Ghi chú)" };
export const noteHint: Message = {
  vi: "Cần ghi lý do khi dòng chậm tiến độ hoặc quá hạn.",
  en: "Give the reason when the row is behind or overdue.",
};
export const doneLabel: Message = { vi: "Thực hiện", en: "Achieved (Thực hiện)" };
export const doneHintPercent: Message = {
  vi: "Số đạt được (tử số, kèm Tổng số), hoặc tỷ lệ % nhập trực tiếp. Dùng dấu phẩy cho phần thập phân: 2,5.",
  en: "The count achieved (numerator, with Tổng số), or the percentage itself. Decimal comma: 2,5.",
};
export const doneHintCount: Message = {
  vi: "Số lượng đạt được ({unit}). Dùng dấu phẩy cho phần thập phân: 2,5.",
  en: "The count achieved ({unit}). Decimal comma: 2,5.",
};
export const totalLabel: Message = { vi: "Tổng số", en: "Denominator (Tổng số)" };
export const totalHint: Message = {
  vi: "Mẫu số của tỷ lệ; để trống khi Thực hiện đã là tỷ lệ %.",
  en: "The rate's denominator; leave blank when Thực hiện is already the percentage.",
};
export const notApplicableLabel: Message = {
  vi: "Không phát sinh (đơn vị không có số liệu cho chỉ tiêu này)",
  en: "Not applicable (the unit has nothing to report for this target)",
};

// How typed text is read

export const readingNumber: Message = {
  vi: "Đọc là {value}; khi lưu sẽ ghi vào sổ dưới dạng số.",
  en: "Read as {value}; it is saved to the workbook as a number.",
};
export const readingNumberEnglish: Message = {
  vi: "Dấu chấm ở đây không thể ngăn cách hàng nghìn nên được đọc là dấu thập phân: {value}. Nên dùng dấu phẩy cho phần thập phân.",
  en: "The point cannot separate thousands here, so it is read as a decimal point: {value}. A decimal comma is the usual way.",
};
export const readingDate: Message = {
  vi: "Đọc là ngày {date} (ngày/tháng/năm); khi lưu sẽ ghi vào sổ dưới dạng ngày.",
  en: "Read as {date} (day/month/year); it is saved to the workbook as a date.",
};
export const rowNotes: Message = { vi: "Lưu ý về dòng này", en: "About this row" };

// Saving

export const saveButton: Message = { vi: "Lưu vào sổ", en: "Save to the workbook" };
export const discardButton: Message = { vi: "Bỏ thay đổi", en: "Discard changes" };
export const saving: Message = { vi: "Đang lưu…", en: "Saving…" };
export const savedTitle: Message = { vi: "Đã lưu dòng {id}", en: "Row {id} saved" };
export const savedBody: Message = {
  vi: "Đã đọc lại dòng từ sổ; Đánh giá hiện là “{status}”.",
  en: "The row was read back from the workbook; its status is now “{status}”.",
};
export const nothingToSave: Message = { vi: "Chưa có thay đổi nào để lưu.", en: "There are no changes to save." };
export const saveBlockedTitle: Message = { vi: "Chưa lưu", en: "Not saved" };
export const saveBlockedBody: Message = {
  vi: "Còn {count} lỗi ở các ô đánh dấu đỏ. Sửa rồi lưu lại.",
  en: "{count} error(s) remain in the fields marked red. Correct them, then save again.",
};
export const writeFailedTitle: Message = { vi: "Không lưu được", en: "Could not save" };
export const writeFailedNext: Message = {
  vi: "Nhấn Esc nếu đang sửa một ô trong Excel, kiểm tra trang tính không bị khóa bằng mật khẩu khác, rồi bấm “Lưu vào sổ” lần nữa. Số liệu trong biểu mẫu vẫn được giữ.",
  en: "Press Esc if a cell is being edited in Excel, check that the sheet is not locked with another password, then click “Save to the workbook” again. The form keeps what you typed.",
};

// Writing entry cells (src/excel)

export const writeFailed: Message = {
  vi: "Không ghi được vào Excel: {detail}",
  en: "Could not write into Excel: {detail}",
};
export const writeNotEntryColumn: Message = {
  vi: "Trang “{sheet}”: cột “{column}” không phải cột nhập liệu, nên không được ghi từ ngăn tác vụ.",
  en: "Sheet “{sheet}”: the “{column}” column is not an entry column, so the pane does not write it.",
};
export const writeColumnMissing: Message = {
  vi: "Trang “{sheet}”: không tìm thấy cột “{column}” theo tiêu đề. Hãy khôi phục tiêu đề cột, rồi thử lại.",
  en: "Sheet “{sheet}”: no “{column}” column was found by its header. Restore the header, then try again.",
};
export const writeNumberInvalid: Message = {
  vi: "Trang “{sheet}”, cột “{column}”: số không hợp lệ; Excel chỉ lưu số hữu hạn.",
  en: "Sheet “{sheet}”, column “{column}”: invalid number; Excel stores finite numbers only.",
};
export const writeNotEntrySheet: Message = {
  vi: "Trang “{sheet}” không phải trang nhập liệu (Khung nhiệm vụ hoặc Chỉ tiêu) có dòng tiêu đề “Mã”.",
  en: "Sheet “{sheet}” is not an entry sheet (Khung nhiệm vụ or Chỉ tiêu) with a “Mã” header row.",
};
export const writeRowNotData: Message = {
  vi: "Trang “{sheet}”, dòng {row}: không phải dòng số liệu (dòng tiêu đề ở dòng {header}).",
  en: "Sheet “{sheet}”, row {row}: not a data row (the header row is row {header}).",
};

// The calendar of the date picker

export const calendarMonths: readonly Message[] = Array.from({ length: 12 }, (_, i) => ({
  vi: `Tháng ${i + 1}`,
  en: [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
  ][i],
}));
export const calendarShortMonths: readonly Message[] = Array.from({ length: 12 }, (_, i) => ({
  vi: `Th${i + 1}`,
  en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][i],
}));
/** Sunday first, as the calendar expects; the week is shown from Monday. */
export const calendarDays: readonly Message[] = [
  { vi: "Chủ nhật", en: "Sunday" },
  { vi: "Thứ hai", en: "Monday" },
  { vi: "Thứ ba", en: "Tuesday" },
  { vi: "Thứ tư", en: "Wednesday" },
  { vi: "Thứ năm", en: "Thursday" },
  { vi: "Thứ sáu", en: "Friday" },
  { vi: "Thứ bảy", en: "Saturday" },
];
export const calendarShortDays: readonly Message[] = [
  { vi: "CN", en: "S" },
  { vi: "T2", en: "M" },
  { vi: "T3", en: "T" },
  { vi: "T4", en: "W" },
  { vi: "T5", en: "T" },
  { vi: "T6", en: "F" },
  { vi: "T7", en: "S" },
];
export const calendarGoToToday: Message = { vi: "Hôm nay", en: "Go to today" };
export const calendarPrevMonth: Message = { vi: "Tháng trước", en: "Previous month" };
export const calendarNextMonth: Message = { vi: "Tháng sau", en: "Next month" };
export const calendarPrevYear: Message = { vi: "Năm trước", en: "Previous year" };
export const calendarNextYear: Message = { vi: "Năm sau", en: "Next year" };
export const calendarClose: Message = { vi: "Đóng lịch", en: "Close the calendar" };
export const calendarOpen: Message = { vi: "Mở lịch chọn ngày hoàn thành", en: "Open the calendar for the date done" };
