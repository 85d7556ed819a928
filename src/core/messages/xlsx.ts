/**
 * Messages of the .xlsx side (src/xlsx): opening files people send in, and what the .xlsx writer had to
 * change or refuse. Each names the file, sheet or cell it is about.
 */
import type { Message } from "./message";

export const notXlsx: Message = {
  vi: "Tệp “{file}” không phải tệp Excel .xlsx. Hãy mở tệp trong Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.",
  en: "“{file}” is not an Excel .xlsx file. Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
};
export const legacyXls: Message = {
  vi: "Tệp “{file}” là tệp Excel đời cũ (.xls). Hãy mở tệp trong Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.",
  en: "“{file}” is an old-style Excel file (.xls). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
};
export const binaryXlsb: Message = {
  vi: "Tệp “{file}” là sổ Excel nhị phân (.xlsb). Hãy mở tệp trong Excel và lưu lại dưới dạng “Sổ làm việc Excel (*.xlsx)”.",
  en: "“{file}” is an Excel binary workbook (.xlsb). Open it in Excel and save it as “Excel Workbook (*.xlsx)”.",
};
export const openDocument: Message = {
  vi: "Tệp “{file}” là bảng tính OpenDocument (.ods). Hãy lưu lại dưới dạng Excel 2007-365 (.xlsx).",
  en: "“{file}” is an OpenDocument spreadsheet (.ods). Save it as Excel 2007-365 (.xlsx).",
};
export const textFile: Message = {
  vi: "Tệp “{file}” là tệp văn bản (có thể là .csv đổi tên), không phải sổ Excel .xlsx. Hãy gửi lại đúng tệp .xlsx đã điền.",
  en: "“{file}” is a text file (perhaps a renamed .csv), not an Excel .xlsx workbook. Please send the filled-in .xlsx file.",
};
export const emptyFile: Message = {
  vi: "Tệp “{file}” rỗng (0 byte).",
  en: "“{file}” is empty (0 bytes).",
};
export const encrypted: Message = {
  vi: "Tệp “{file}” được đặt mật khẩu mở tệp, nên không đọc được. Hãy mở tệp trong Excel, bỏ mật khẩu (Tệp › Thông tin › Bảo vệ sổ làm việc › Mã hóa bằng mật khẩu) rồi gửi lại.",
  en: "“{file}” is protected with a password to open, so it cannot be read. Open it in Excel, remove the password (File › Info › Protect Workbook › Encrypt with Password) and send it again.",
};
export const corrupted: Message = {
  vi: "Tệp “{file}” bị hỏng hoặc không đầy đủ, không đọc được ({detail}). Hãy xin đơn vị gửi lại tệp.",
  en: "“{file}” is damaged or incomplete and cannot be read ({detail}). Please ask the unit to send it again.",
};
export const tooLargeBytes: Message = {
  vi: "Tệp “{file}” nặng {sizeMb} MB, vượt giới hạn {limitMb} MB của sổ theo dõi.",
  en: "“{file}” is {sizeMb} MB, over the tracker's {limitMb} MB limit.",
};
export const tooLargeCells: Message = {
  vi: "Tệp “{file}” có hơn {limit} ô dữ liệu (trang “{sheet}”), vượt giới hạn của sổ theo dõi.",
  en: "“{file}” has more than {limit} cells (sheet “{sheet}”), over the tracker's limit.",
};
export const tooLargeUnpacked: Message = {
  vi: "Tệp “{file}” khi giải nén quá lớn (phần “{part}”), vượt giới hạn của sổ theo dõi.",
  en: "“{file}” is too large once unpacked (part “{part}”), over the tracker's limit.",
};
export const textTruncated: Message = {
  vi: "Trang “{sheet}”, ô {cell}: nội dung dài {length} ký tự, Excel chỉ chứa được 32.767 ký tự một ô nên phần thừa đã bị cắt.",
  en: "Sheet “{sheet}”, cell {cell}: the text is {length} characters long; an Excel cell holds at most 32,767, so the rest was cut.",
};
export const textControlCharacters: Message = {
  vi: "Trang “{sheet}”, ô {cell}: đã bỏ các ký tự điều khiển không in được mà tệp .xlsx không lưu được.",
  en: "Sheet “{sheet}”, cell {cell}: removed non-printing control characters that an .xlsx file cannot store.",
};
export const tableRangeTooSmall: Message = {
  vi: "Trang “{sheet}”: bảng “{table}” ({range}) cần ít nhất một dòng tiêu đề và một dòng dữ liệu.",
  en: "Sheet “{sheet}”: table “{table}” ({range}) needs a header row and at least one data row.",
};
export const tableHeaderEmpty: Message = {
  vi: "Trang “{sheet}”: bảng “{table}” có ô tiêu đề {cell} trống; mỗi cột của bảng cần một tiêu đề.",
  en: "Sheet “{sheet}”: table “{table}” has an empty header cell {cell}; every table column needs a header.",
};
export const tableHeaderDuplicate: Message = {
  vi: "Trang “{sheet}”: bảng “{table}” có hai cột cùng tiêu đề “{header}” (Excel không phân biệt chữ hoa, chữ thường).",
  en: "Sheet “{sheet}”: table “{table}” has two columns headed “{header}” (Excel ignores letter case).",
};
export const tableNameInvalid: Message = {
  vi: "Trang “{sheet}”: “{table}” không dùng làm tên bảng được (tên bảng bắt đầu bằng chữ cái hoặc _, không có dấu cách, không trùng địa chỉ ô).",
  en: "Sheet “{sheet}”: “{table}” cannot name a table (a table name starts with a letter or _, has no spaces and is not a cell address).",
};
export const tableNameDuplicate: Message = {
  vi: "Tên bảng “{table}” được dùng hai lần trong sổ.",
  en: "The table name “{table}” is used twice in the workbook.",
};
export const tableOverlapsFilter: Message = {
  vi: "Trang “{sheet}”: bộ lọc {filter} chồng lên bảng “{table}” ({range}); Excel không cho phép bộ lọc trang chồng lên bảng.",
  en: "Sheet “{sheet}”: the filter {filter} overlaps table “{table}” ({range}); Excel does not allow a sheet filter over a table.",
};
