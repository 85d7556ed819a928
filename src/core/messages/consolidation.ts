/**
 * Messages of consolidation (src/core/consolidation) and the `par-tracker consolidate` command: why a
 * file was left out, what was noticed in a file that was used, and the texts of the output sheets. Each
 * message about a file names it; each about a cell names the sheet and cell.
 */
import type { Message } from "./message";
import type { RejectReason } from "../consolidation/submission";

// Why a file was left out (the reader's own reasons come with the reader's message).

export const rejectNotTrackingWorkbook: Message = {
  vi: "Tệp “{file}” không phải sổ theo dõi CCHC: không có trang “{activities}” hoặc “{targets}” với dòng tiêu đề “Mã”.",
  en: "“{file}” is not a PAR tracking workbook: it has no “{activities}” or “{targets}” sheet with a “Mã” header row.",
};
export const rejectNotUnitWorkbook: Message = {
  vi: "Tệp “{file}” là sổ toàn tỉnh (ô Đơn vị trên trang Thông tin để trống), không phải báo cáo của một đơn vị.",
  en: "“{file}” is a whole-plan workbook (Đơn vị on Thông tin is blank), not one unit's return.",
};
export const rejectUnitUnknown: Message = {
  vi: "Tệp “{file}”: đơn vị “{unit}” không có trong Danh mục đơn vị và ô Cấp (“{level}”) không đọc được, nên không biết đơn vị thuộc cấp nào.",
  en: "“{file}”: the unit “{unit}” is not in the units list and its level (“{level}”) cannot be read, so its level is unknown.",
};
export const rejectWrongPeriod: Message = {
  vi: "Tệp “{file}” báo cáo kỳ “{found}”, không phải kỳ đang tổng hợp ({expected}).",
  en: "“{file}” reports for the period “{found}”, not the period being consolidated ({expected}).",
};
export const rejectNoPeriod: Message = {
  vi: "Tệp “{file}” không ghi Kỳ báo cáo (KyBaoCao) hợp lệ; kỳ đang tổng hợp là {expected}.",
  en: "“{file}” gives no valid reporting period (KyBaoCao); the period being consolidated is {expected}.",
};
export const rejectReadFailed: Message = {
  vi: "Tệp “{file}” không đọc được ({detail}).",
  en: "“{file}” could not be read ({detail}).",
};

/** Short names of the reasons, for the log's and the report's reason column. */
export const rejectReasonLabels: Readonly<Record<RejectReason, Message>> = {
  notXlsx: { vi: "Không phải tệp .xlsx", en: "Not an .xlsx file" },
  encrypted: { vi: "Có mật khẩu mở tệp", en: "Password-protected" },
  corrupted: { vi: "Tệp bị hỏng", en: "Damaged file" },
  tooLarge: { vi: "Tệp quá lớn", en: "Too large" },
  notTrackingWorkbook: { vi: "Không phải sổ theo dõi", en: "Not a tracking workbook" },
  notUnitWorkbook: { vi: "Sổ toàn tỉnh, không phải của đơn vị", en: "Whole-plan workbook, not a unit's" },
  unitUnknown: { vi: "Không xác định được đơn vị", en: "Unknown unit" },
  wrongPeriod: { vi: "Sai kỳ báo cáo", en: "Wrong period" },
};

// Notes on files that were used

export const noteFrameworkVersion: Message = {
  vi: "Tệp “{file}” lập theo phiên bản khung khác ({found}, đang dùng {expected}); số liệu được ghép theo Mã.",
  en: "“{file}” was made from another framework version ({found}, using {expected}); entries were matched by ID.",
};
export const noteFrameworkOther: Message = {
  vi: "Tệp “{file}” lập theo khung “{found}”, không phải “{expected}”; số liệu được ghép theo Mã.",
  en: "“{file}” was made from the framework “{found}”, not “{expected}”; entries were matched by ID.",
};
export const noteUnknownIds: Message = {
  vi: "Tệp “{file}”, trang “{sheet}”: {count} mã không có trong khung đang dùng, đã bỏ qua: {ids}.",
  en: "“{file}”, sheet “{sheet}”: {count} IDs not in the framework in use were ignored: {ids}.",
};
export const noteMissingIds: Message = {
  vi: "Tệp “{file}”, trang “{sheet}”: thiếu {count} mục của khung đang dùng (coi như chưa có số liệu): {ids}.",
  en: "“{file}”, sheet “{sheet}”: {count} items of the framework in use are missing (taken as no data): {ids}.",
};
export const noteUnitNotInList: Message = {
  vi: "Tệp “{file}”: đơn vị “{unit}” không có trong Danh mục đơn vị; vẫn tổng hợp theo cấp ghi trong tệp ({level}).",
  en: "“{file}”: the unit “{unit}” is not in the units list; consolidated at the level the file gives ({level}).",
};
export const noteLevelMismatch: Message = {
  vi: "Tệp “{file}”: ô Cấp ghi “{found}” nhưng Danh mục đơn vị xếp “{unit}” vào {expected}; dùng cấp theo danh mục.",
  en: "“{file}”: Cấp reads “{found}” but the units list puts “{unit}” at {expected}; the list's level is used.",
};
export const noteExcluded: Message = {
  vi: "Tệp “{file}”: {message} — mục {id} không được tổng hợp.",
  en: "“{file}”: {message} — item {id} was left out.",
};

// Duplicates and missing units

export const duplicateDropped: Message = {
  vi: "Trùng với tệp “{kept}” của cùng đơn vị và kỳ; giữ tệp sửa sau cùng.",
  en: "A duplicate of “{kept}” (same unit and period); the file modified last is kept.",
};
export const missingNoFile: Message = {
  vi: "Chưa nộp",
  en: "Not submitted",
};
export const missingRejectedFile: Message = {
  vi: "Tệp “{file}” bị từ chối: {reason}",
  en: "“{file}” was rejected: {reason}",
};

// How a figure was aggregated

export const methodLabels = {
  ratio: { vi: "Σ Thực hiện ÷ Σ Tổng số", en: "Σ achieved ÷ Σ denominator" },
  mean: { vi: "Trung bình tỷ lệ các đơn vị", en: "Mean of the units' rates" },
  mixed: {
    vi: "Σ Thực hiện ÷ Σ Tổng số (đơn vị có Tổng số); có đơn vị chỉ nhập tỷ lệ",
    en: "Σ achieved ÷ Σ denominator (units with a denominator); some units typed a rate only",
  },
  sum: { vi: "Tổng cộng", en: "Sum" },
  single: { vi: "Số liệu của đơn vị chủ trì", en: "The lead unit's figure" },
  none: { vi: "Chưa có số liệu", en: "No figures" },
} as const satisfies Record<string, Message>;

export const scopeLabels = {
  all: { vi: "Toàn tỉnh", en: "Whole province" },
  province: { vi: "Sở, ban, ngành", en: "Departments and agencies" },
  district: { vi: "UBND cấp huyện", en: "District level" },
  commune: { vi: "UBND cấp xã", en: "Commune level" },
} as const satisfies Record<string, Message>;

export const holderMissing: Message = {
  vi: "Đơn vị chủ trì {unit} chưa nộp báo cáo.",
  en: "The lead unit {unit} has not submitted.",
};
export const meanNote: Message = {
  vi: "Trung bình của {count} đơn vị.",
  en: "Mean over {count} units.",
};
export const ratioNote: Message = {
  vi: "Tổng hợp từ {count} đơn vị.",
  en: "Consolidated from {count} units.",
};
export const activityRollupNote: Message = {
  vi: "{done}/{leading} đơn vị chủ trì đã hoàn thành; quá hạn: {overdue}.",
  en: "{done}/{leading} lead units done; overdue: {overdue}.",
};

// Progress and cancellation

export const cancelled: Message = {
  vi: "Đã dừng tổng hợp theo yêu cầu.",
  en: "Consolidation was cancelled.",
};

// The units list (`--units`)

export const unitsSheetMissing: Message = {
  vi: "Tệp “{file}” không có trang “{sheet}” với dòng tiêu đề “Tên đơn vị”, “Cấp”, nên không đọc được danh mục đơn vị.",
  en: "“{file}” has no “{sheet}” sheet with a “Tên đơn vị”, “Cấp” header row, so the units list cannot be read.",
};
export const unitsEmpty: Message = {
  vi: "Trang “{sheet}” của tệp “{file}” không có đơn vị nào.",
  en: "The “{sheet}” sheet of “{file}” lists no units.",
};
export const unitLevelInvalid: Message = {
  vi: "“{file}”, trang “{sheet}”, ô {cell}: cấp “{level}” của đơn vị “{unit}” không hợp lệ (dùng {labels}); đơn vị này bị bỏ qua.",
  en: "“{file}”, sheet “{sheet}”, cell {cell}: the level “{level}” of “{unit}” is not valid (use {labels}); the unit is skipped.",
};

// The `consolidate` command

export const cliNoInputs: Message = {
  vi: "Không có tệp .xlsx nào để hợp nhất trong: {inputs}.",
  en: "No .xlsx files to consolidate in: {inputs}.",
};
export const cliInputMissing: Message = {
  vi: "Không tìm thấy tệp hoặc thư mục: {input}",
  en: "File or folder not found: {input}",
};
export const cliOutExists: Message = {
  vi: "Tệp đã tồn tại: {file} (dùng --force để ghi đè).",
  en: "File exists: {file} (use --force to overwrite).",
};
export const cliOutNotXlsx: Message = {
  vi: "Tệp ra phải có đuôi .xlsx: {file}",
  en: "The output must be an .xlsx file: {file}",
};
export const cliWriteFailed: Message = {
  vi: "Không ghi được tệp {file}: {detail}",
  en: "Cannot write {file}: {detail}",
};
export const cliUnitsUnreadable: Message = {
  vi: "Không đọc được danh mục đơn vị từ “{file}”: {detail}",
  en: "Cannot read the units list from “{file}”: {detail}",
};
export const cliNothingUsable: Message = {
  vi: "Không có tệp nào dùng được để hợp nhất; không ghi tệp kết quả.",
  en: "No usable file to consolidate; no output was written.",
};
export const cliWritten: Message = {
  vi: "Đã ghi {file}: {included} đơn vị đưa vào tổng hợp, {duplicates} bản trùng, {rejected} tệp bị từ chối, {missing} đơn vị chưa nộp.",
  en: "Wrote {file}: {included} units consolidated, {duplicates} duplicates, {rejected} files rejected, {missing} units missing.",
};
export const cliProgress: Message = {
  vi: "Đã đọc {done}/{total} tệp",
  en: "Read {done}/{total} files",
};
export const cliConsolidating: Message = {
  vi: "Đang tổng hợp và ghi tệp kết quả…",
  en: "Consolidating and writing the output…",
};

export const reportTitle: Message = { vi: "HỢP NHẤT BÁO CÁO CCHC", en: "PAR CONSOLIDATION" };
export const reportPeriod: Message = { vi: "Kỳ báo cáo", en: "Period" };
export const reportAsOf: Message = { vi: "Số liệu đến ngày", en: "As of" };
export const reportFiles: Message = {
  vi: "Tệp: {files} — đưa vào {included}, trùng {duplicates}, bị từ chối {rejected}",
  en: "Files: {files} — included {included}, duplicates {duplicates}, rejected {rejected}",
};
export const reportUnits: Message = {
  vi: "Đơn vị đã nộp: {included}/{expected}; chưa nộp: {missing}",
  en: "Units submitted: {included}/{expected}; missing: {missing}",
};
export const reportRejected: Message = { vi: "Tệp bị từ chối", en: "Rejected files" };
export const reportDuplicates: Message = {
  vi: "Bản trùng (giữ tệp sửa sau cùng)",
  en: "Duplicates (the latest is kept)",
};
export const reportDuplicateLine: Message = {
  vi: "{unit}: giữ “{kept}”; bỏ {dropped}",
  en: "{unit}: kept “{kept}”; dropped {dropped}",
};
export const reportMissing: Message = { vi: "Đơn vị chưa nộp", en: "Units that did not submit" };
export const reportExcluded: Message = {
  vi: "Mục bị loại vì số liệu lỗi: {count} (xem trang Nhật ký hợp nhất)",
  en: "Entries left out for errors: {count} (see the Nhật ký hợp nhất sheet)",
};
export const reportTargets: Message = { vi: "Chỉ tiêu toàn tỉnh", en: "Provincial targets" };
export const reportTargetLine: Message = {
  vi: "{reported}/{expected} đơn vị báo cáo, {met} đạt, {lagging} chậm",
  en: "{reported}/{expected} units reported, {met} met, {lagging} behind",
};
export const reportNone: Message = { vi: "(không có)", en: "(none)" };
