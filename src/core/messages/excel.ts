/**
 * Messages of the workbook writers (the Excel API and .xlsx): why a workbook plan cannot be written as it is.
 * Each names the sheet, and where it applies the range or cell, so that the builder that made the plan
 * (or the coordinator who chose a sheet name) can find the cause.
 */
import type { Message } from "./message";

export const sheetNameEmpty: Message = {
  vi: "Tên trang tính để trống: Excel cần một tên.",
  en: "A sheet name is empty: Excel needs a name.",
};
export const sheetNameTooLong: Message = {
  vi: "Tên trang tính “{name}” dài {length} ký tự: Excel chỉ cho phép tối đa 31 ký tự.",
  en: "The sheet name “{name}” is {length} characters long: Excel allows at most 31.",
};
export const sheetNameBadCharacters: Message = {
  vi: "Tên trang tính “{name}” chứa ký tự {chars}: Excel không cho phép các ký tự [ ] : * ? / \\ trong tên trang tính.",
  en: "The sheet name “{name}” contains {chars}: Excel does not allow [ ] : * ? / \\ in sheet names.",
};
export const sheetNameApostrophe: Message = {
  vi: "Tên trang tính “{name}” bắt đầu hoặc kết thúc bằng dấu nháy đơn ('): Excel không cho phép.",
  en: "The sheet name “{name}” starts or ends with an apostrophe ('): Excel does not allow it.",
};
export const sheetNameReserved: Message = {
  vi: "“{name}” là tên dành riêng của Excel, không dùng làm tên trang tính được.",
  en: "“{name}” is reserved by Excel and cannot name a sheet.",
};
export const sheetNameDuplicate: Message = {
  vi: "Tên trang tính “{name}” xuất hiện hai lần (Excel không phân biệt chữ hoa, chữ thường).",
  en: "The sheet name “{name}” appears twice (Excel ignores letter case in sheet names).",
};
export const blockRagged: Message = {
  vi: "Trang “{sheet}”: khối ô bắt đầu tại {cell} có các dòng dài ngắn khác nhau; mỗi khối phải là một hình chữ nhật.",
  en: "Sheet “{sheet}”: the block of cells starting at {cell} has rows of different lengths; each block must be a rectangle.",
};
export const cellNumberNotFinite: Message = {
  vi: "Trang “{sheet}”, ô {cell}: giá trị số không hợp lệ ({value}); Excel chỉ lưu số hữu hạn.",
  en: "Sheet “{sheet}”, cell {cell}: invalid number ({value}); Excel stores finite numbers only.",
};
export const formulaWithoutEquals: Message = {
  vi: "Trang “{sheet}”, ô {cell}: công thức “{formula}” phải bắt đầu bằng dấu =.",
  en: "Sheet “{sheet}”, cell {cell}: the formula “{formula}” must start with =.",
};
export const rangeInvalid: Message = {
  vi: "Trang “{sheet}”: vùng “{range}” không phải địa chỉ A1 hợp lệ.",
  en: "Sheet “{sheet}”: “{range}” is not a valid A1 range.",
};
export const listItemComma: Message = {
  vi: "Trang “{sheet}”, vùng {range}: mục “{item}” của danh sách chọn chứa dấu phẩy, mà Excel dùng để ngăn cách các mục.",
  en: "Sheet “{sheet}”, range {range}: the drop-down item “{item}” contains a comma, which Excel uses to separate items.",
};
export const listSourceTooLong: Message = {
  vi: "Trang “{sheet}”, vùng {range}: danh sách chọn dài {length} ký tự; Excel chỉ cho phép tối đa 255 ký tự.",
  en: "Sheet “{sheet}”, range {range}: the drop-down list is {length} characters long; Excel allows at most 255.",
};
export const validationTitleTooLong: Message = {
  vi: "Trang “{sheet}”, vùng {range}: tiêu đề “{title}” dài {length} ký tự; Excel chỉ cho phép tối đa 32 ký tự.",
  en: "Sheet “{sheet}”, range {range}: the title “{title}” is {length} characters long; Excel allows at most 32.",
};
export const validationTextTooLong: Message = {
  vi: "Trang “{sheet}”, vùng {range}: nội dung thông báo dài {length} ký tự; Excel chỉ cho phép tối đa {max} ký tự.",
  en: "Sheet “{sheet}”, range {range}: the message text is {length} characters long; Excel allows at most {max}.",
};
export const writeFailed: Message = {
  vi: "Không ghi được sổ vào Excel: {detail}",
  en: "Could not write the workbook into Excel: {detail}",
};
export const readFailed: Message = {
  vi: "Không đọc được sổ từ Excel: {detail}",
  en: "Could not read the workbook from Excel: {detail}",
};
