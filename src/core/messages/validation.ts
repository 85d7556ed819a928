/**
 * Messages of the workbook validator (src/core/validation) and the `par-tracker validate` report. Every
 * finding names where it is: `{where}` is the sheet and cell with the item's ID, e.g. `Chỉ tiêu!I12 (I.4)`.
 * Figures are written the way each language reads them (`2,5` / `2.5`), hence the paired `{vi…}`/`{en…}`.
 */
import type { Message } from "./message";

// Figures on `Chỉ tiêu`

export const numberText: Message = {
  vi: "{where}: {column} “{text}” là chữ, không phải số; đã đọc là {viValue}. Hãy nhập lại thành số (bảng tính chỉ tính được khi ô chứa số).",
  en: "{where}: {column} “{text}” is text, not a number; read as {enValue}. Retype it as a number (the workbook computes only with numbers).",
};
export const numberTextEnglish: Message = {
  vi: "{where}: {column} “{text}” là chữ, không phải số; dấu chấm ở đây không thể là dấu phân cách hàng nghìn nên đã đọc là {viValue}. Hãy nhập lại thành số, dùng dấu phẩy cho phần thập phân.",
  en: "{where}: {column} “{text}” is text, not a number; the point cannot separate thousands here, so it was read as {enValue}. Retype it as a number.",
};
export const numberNotNumber: Message = {
  vi: "{where}: {column} “{text}” không phải là số. Hãy nhập một số (hoặc để trống).",
  en: "{where}: {column} “{text}” is not a number. Enter a number (or leave it blank).",
};
export const numberNegative: Message = {
  vi: "{where}: {column} là số âm ({viValue}); số liệu phải từ 0 trở lên.",
  en: "{where}: {column} is negative ({enValue}); figures must be 0 or more.",
};
export const percentOver100: Message = {
  vi: "{where}: tỷ lệ nhập trực tiếp là {viValue}%, vượt quá 100%. Nếu đây là số lượng, hãy nhập thêm Tổng số.",
  en: "{where}: the percentage typed is {enValue}%, over 100%. If it is a count, also enter Tổng số (the denominator).",
};
export const percentFraction: Message = {
  vi: "{where}: Thực hiện {viValue} được hiểu là {viPercent}% (tỷ lệ nhập dạng số thập phân). Nếu đúng, nên nhập {viPercent} cho rõ.",
  en: "{where}: Thực hiện {enValue} is read as {enPercent}% (a percentage typed as a fraction). If that is right, type {enPercent} to make it clear.",
};
export const percentFormatted: Message = {
  vi: "{where}: ô định dạng phần trăm hiển thị {viShown}% nhưng sổ đọc giá trị này là {viValue}%. Hãy nhập {viShown} vào ô định dạng số thường.",
  en: "{where}: the cell is formatted as a percentage and shows {enShown}%, but the workbook reads it as {enValue}%. Type {enShown} in a cell with a plain number format.",
};
export const ratioDoneOverTotal: Message = {
  vi: "{where}: Thực hiện ({viDone}) lớn hơn Tổng số ({viTotal}).",
  en: "{where}: Thực hiện ({enDone}) is greater than Tổng số ({enTotal}).",
};
export const ratioZeroTotal: Message = {
  vi: "{where}: Tổng số bằng 0 nhưng Thực hiện là {viDone}; không tính được tỷ lệ.",
  en: "{where}: Tổng số is 0 but Thực hiện is {enDone}; no rate can be computed.",
};
export const ratioTotalIgnored: Message = {
  vi: "{where}: chỉ tiêu này đếm số lượng, không phải tỷ lệ %, nên Tổng số ({text}) không được dùng; chỉ Thực hiện được đánh giá.",
  en: "{where}: this target is a count, not a percentage, so Tổng số ({text}) is not used; only Thực hiện is judged.",
};
export const targetNotApplicableMark: Message = {
  vi: "{where}: Không phát sinh ghi “{text}”; chỉ “x” mới đánh dấu không phát sinh, nên ô này không được tính.",
  en: "{where}: Không phát sinh reads “{text}”; only “x” marks a target as not applicable, so this cell is ignored.",
};
export const targetNotApplicableWithFigure: Message = {
  vi: "{where}: đã đánh dấu Không phát sinh nhưng vẫn nhập Thực hiện “{text}”; số liệu này không được tính. Hãy bỏ một trong hai.",
  en: "{where}: marked not applicable but Thực hiện holds “{text}”; the figure is ignored. Remove one of the two.",
};
export const targetKindInvalid: Message = {
  vi: "{where}: Cách tính “{text}” không phải “Lũy kế” hay “Mức đạt”; sổ tính như “Mức đạt”.",
  en: "{where}: Cách tính “{text}” is neither “Lũy kế” (cumulative) nor “Mức đạt” (level); the workbook treats it as a level.",
};

// Any entry cell

export const cellErrorValue: Message = {
  vi: "{where}: {column} chứa giá trị lỗi {error}. Hãy nhập lại giá trị.",
  en: "{where}: {column} holds the error value {error}. Enter the value again.",
};
export const entryFormula: Message = {
  vi: "{where}: {column} chứa công thức “{formula}”; ô nhập liệu nên chứa giá trị (công thức có thể hỏng khi gửi tệp đi). Hãy nhập giá trị.",
  en: "{where}: {column} holds the formula “{formula}”; entry cells should hold values (formulas can break once the file is sent). Enter the value instead.",
};

// Activities and dates on `Khung nhiệm vụ`

export const activityStateInvalid: Message = {
  vi: "{where}: Tình trạng “{text}” không có trong danh sách (Chưa thực hiện / Đang thực hiện / Hoàn thành); sổ coi là chưa thực hiện. Hãy chọn lại từ danh sách.",
  en: "{where}: Tình trạng “{text}” is not in the list (Chưa thực hiện / Đang thực hiện / Hoàn thành); the workbook treats it as not started. Pick a value from the list.",
};
export const activityDoneWithoutDate: Message = {
  vi: "{where}: đã Hoàn thành nhưng chưa nhập Ngày hoàn thành.",
  en: "{where}: marked Hoàn thành (done) but Ngày hoàn thành (date done) is empty.",
};
export const activityDoneWithoutEvidence: Message = {
  vi: "{where}: đã Hoàn thành nhưng chưa có Minh chứng (số văn bản hoặc đường dẫn).",
  en: "{where}: marked Hoàn thành (done) but Minh chứng (evidence: a document number or a link) is empty.",
};
export const activityDateAfterAsOf: Message = {
  vi: "{where}: Ngày hoàn thành {date} sau ngày chốt số liệu {asOf}; hoạt động này thuộc kỳ báo cáo sau.",
  en: "{where}: Ngày hoàn thành {date} is after the as-of date {asOf}; the activity belongs to a later report.",
};
export const activityDateBeforeYear: Message = {
  vi: "{where}: Ngày hoàn thành {date} trước kỳ số liệu của năm kế hoạch (từ {start}). Hãy kiểm tra lại năm.",
  en: "{where}: Ngày hoàn thành {date} is before the plan year's reporting span (from {start}). Check the year.",
};
export const activityDateWithoutDone: Message = {
  vi: "{where}: có Ngày hoàn thành {date} nhưng Tình trạng không phải Hoàn thành, nên hoạt động chưa được tính là hoàn thành.",
  en: "{where}: Ngày hoàn thành is {date} but Tình trạng is not Hoàn thành, so the activity does not count as done.",
};
export const dateText: Message = {
  vi: "{where}: {column} “{text}” là chữ, không phải ngày; đã đọc là ngày {date} (ngày/tháng/năm). Hãy nhập lại thành ngày để sổ tính được.",
  en: "{where}: {column} “{text}” is text, not a date; read as {isoDate} (day/month/year). Retype it as a date so the workbook can use it.",
};
export const dateNotDate: Message = {
  vi: "{where}: {column} “{text}” không phải là ngày. Hãy nhập ngày dạng dd/mm/yyyy.",
  en: "{where}: {column} “{text}” is not a date. Enter a date as dd/mm/yyyy.",
};
export const rowLagNoNote: Message = {
  vi: "{where}: đang ở tình trạng “{statusVi}” nhưng chưa có Ghi chú giải thích lý do.",
  en: "{where}: the status is “{statusEn}” but there is no Ghi chú (note) explaining why.",
};

// Workbook structure

export const structureSheetMissing: Message = {
  vi: "Không có trang “{sheet}” trong sổ.",
  en: "The workbook has no “{sheet}” sheet.",
};
export const structureHeaderMissing: Message = {
  vi: "Trang “{sheet}”: không tìm thấy dòng tiêu đề (ô “{header}” ở cột A trong 10 dòng đầu).",
  en: "Sheet “{sheet}”: the header row was not found (a “{header}” cell in column A within the first 10 rows).",
};
export const structureColumnMissing: Message = {
  vi: "{where}: dòng tiêu đề {row} không có cột “{header}”.",
  en: "{where}: the header row {row} has no “{header}” column ({english}).",
};
export const structureIdEmpty: Message = {
  vi: "{where}: dòng có nội dung nhưng ô Mã trống (mã đã bị xóa).",
  en: "{where}: the row has content but its Mã (ID) cell is empty (the ID was deleted).",
};
export const structureIdMissing: Message = {
  vi: "Trang “{sheet}”: không có dòng mã {id} của khung (dòng hoặc mã đã bị xóa).",
  en: "Sheet “{sheet}”: the framework's item {id} has no row (the row or its ID was deleted).",
};
export const structureIdDuplicate: Message = {
  vi: "{where}: mã {id} trùng với dòng {firstRow}.",
  en: "{where}: the ID {id} repeats row {firstRow}.",
};
export const structureIdUnknown: Message = {
  vi: "{where}: mã {id} không có trong khung {frameworkId}.",
  en: "{where}: the ID {id} is not in the framework {frameworkId}.",
};
export const structureFrameworkEdited: Message = {
  vi: "{where}: cột {column} khác với khung: khung ghi “{expected}”, sổ ghi “{actual}”.",
  en: "{where}: the {column} column differs from the framework: the framework has “{expected}”, the workbook “{actual}”.",
};
export const structureFrameworkValueEdited: Message = {
  vi: "{where}: cột {column} khác với khung (“{expected}” thành “{actual}”); trạng thái được tính từ cột này nên có thể sai.",
  en: "{where}: the {column} column differs from the framework (“{expected}” became “{actual}”); statuses are computed from it and may be wrong.",
};
export const structureFormulaRemoved: Message = {
  vi: "{where}: {column} phải là công thức nhưng công thức đã bị thay bằng giá trị “{text}”. Hãy tải lại khung để khôi phục.",
  en: "{where}: {column} must be a formula, but the formula was replaced by the value “{text}”. Reload the framework to restore it.",
};

// `Thông tin`

export const infoMissing: Message = {
  vi: "{where}: thiếu {label}.",
  en: "{where}: {english} is missing.",
};
export const infoPeriodInvalid: Message = {
  vi: "{where}: {detailVi}",
  en: "{where}: {detailEn}",
};
export const infoLevelInvalid: Message = {
  vi: "{where}: Cấp “{text}” không hợp lệ; dùng một trong: {labels}.",
  en: "{where}: the level “{text}” is not valid; use one of: {labels}.",
};
export const infoAsOfNotDate: Message = {
  vi: "{where}: Ngày chốt số liệu “{text}” không phải là ngày.",
  en: "{where}: the as-of date “{text}” is not a date.",
};
export const infoAsOfText: Message = {
  vi: "{where}: Ngày chốt số liệu “{text}” là chữ; đã đọc là {date} nhưng công thức của sổ không dùng được chữ. Hãy nhập lại thành ngày.",
  en: "{where}: the as-of date “{text}” is text; read as {isoDate}, but the workbook's formulas cannot use text. Retype it as a date.",
};
export const infoAsOfOutsideYear: Message = {
  vi: "{where}: Ngày chốt số liệu {date} nằm ngoài năm kế hoạch {year}.",
  en: "{where}: the as-of date {isoDate} is outside the plan year {year}.",
};
export const infoYearInvalid: Message = {
  vi: "{where}: Năm kế hoạch “{text}” không phải là năm hợp lệ.",
  en: "{where}: the plan year “{text}” is not a valid year.",
};
export const infoYearPeriodMismatch: Message = {
  vi: "{where}: Năm kế hoạch {year} khác năm của kỳ báo cáo {period}.",
  en: "{where}: the plan year {year} differs from the year of the period {period}.",
};
export const infoFrameworkVersion: Message = {
  vi: "{where}: sổ được tạo từ phiên bản khung {actual}, khác phiên bản hiện hành {expected}; không so được các cột của khung. Nên tải lại khung.",
  en: "{where}: the workbook was made from framework version {actual}, not the current {expected}; framework columns were not compared. Consider reloading the framework.",
};
export const infoFrameworkUnknown: Message = {
  vi: "{where}: sổ dùng khung “{actual}”, không phải khung đang có “{expected}”; không so được các cột của khung.",
  en: "{where}: the workbook uses the framework “{actual}”, not the known “{expected}”; framework columns were not compared.",
};
export const infoFormatVersion: Message = {
  vi: "{where}: phiên bản định dạng sổ là “{actual}”, công cụ này đọc phiên bản {expected}; một số kiểm tra có thể không chính xác.",
  en: "{where}: the workbook format version is “{actual}”; this tool reads version {expected}, so some checks may not apply.",
};

export const internalError: Message = {
  vi: "Lỗi nội bộ khi kiểm tra sổ ({detail}). Hãy báo lỗi này cho người quản trị, kèm tệp.",
  en: "Internal error while validating the workbook ({detail}). Please report it with the file.",
};

// The `par-tracker validate` report

export const reportTitle: Message = { vi: "Kiểm tra sổ theo dõi", en: "Workbook validation" };
export const reportFile: Message = { vi: "Tệp", en: "File" };
export const reportUnit: Message = { vi: "Đơn vị", en: "Unit" };
export const reportWholePlan: Message = {
  vi: "Toàn tỉnh (mọi dòng được đánh giá)",
  en: "Whole plan (every row judged)",
};
export const reportPeriod: Message = { vi: "Kỳ báo cáo", en: "Period" };
export const reportAsOf: Message = { vi: "Ngày chốt số liệu", en: "As of" };
export const reportAsOfOverridden: Message = {
  vi: "theo --as-of; sổ ghi {date}",
  en: "from --as-of; the workbook says {date}",
};
export const reportUnknown: Message = { vi: "(không rõ)", en: "(unknown)" };
export const reportTargets: Message = { vi: "Chỉ tiêu", en: "Targets" };
export const reportActivities: Message = { vi: "Hoạt động", en: "Activities" };
export const reportErrors: Message = { vi: "Lỗi", en: "Errors" };
export const reportWarnings: Message = { vi: "Cảnh báo", en: "Warnings" };
export const reportWholeFile: Message = { vi: "Toàn sổ", en: "Whole file" };
export const reportNoFindings: Message = { vi: "Không phát hiện vấn đề nào.", en: "No problems found." };
export const reportSummary: Message = {
  vi: "Kết quả: {errors} lỗi, {warnings} cảnh báo.",
  en: "Result: {errors} errors, {warnings} warnings.",
};
export const notTrackingWorkbook: Message = {
  vi: "Tệp “{file}” không phải sổ theo dõi CCHC: không có trang “{activities}” hay “{targets}” với dòng tiêu đề “Mã”.",
  en: "“{file}” is not a PAR tracking workbook: it has no “{activities}” or “{targets}” sheet with a “Mã” header row.",
};
export const fileNotFound: Message = {
  vi: "Không đọc được tệp “{file}”.",
  en: "Cannot read the file “{file}”.",
};
export const asOfInvalid: Message = {
  vi: "Ngày --as-of không hợp lệ: “{text}” (dạng YYYY-MM-DD).",
  en: "Invalid --as-of date “{text}” (use YYYY-MM-DD).",
};
