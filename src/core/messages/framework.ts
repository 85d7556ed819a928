/**
 * Messages of the appendix reader and the framework assembly (issue 3). Placeholders: `{line}` a line
 * or row, `{column}` a column heading, `{id}` an item ID, `{number}` a source number.
 */
import type { Message } from "./message";

// ---- Unusable input: the reader stops with one of these. ----

export const appendixEmpty: Message = {
  vi: "Tệp trống: không có bảng phụ lục nào để đọc.",
  en: "The file is empty: there is no appendix table to read.",
};
export const appendixHeaderNotFound: Message = {
  vi: "Không tìm thấy dòng tiêu đề của bảng phụ lục (cần các cột TT, Mục tiêu/Chỉ tiêu/nội dung, Nhiệm vụ, Hoạt động, Kết quả, Chủ trì, Phối hợp, Thời gian hoàn thành, Kinh phí). Đây có phải phụ lục Khung nhiệm vụ CCHC không?",
  en: "No header row of the appendix table was found (expected the columns TT, Mục tiêu/Chỉ tiêu/nội dung, Nhiệm vụ, Hoạt động, Kết quả, Chủ trì, Phối hợp, Thời gian hoàn thành, Kinh phí). Is this the CCHC framework appendix?",
};
export const appendixRequiredColumnMissing: Message = {
  vi: "Dòng tiêu đề (dòng {line}) thiếu cột “{column}”: không thể đọc bảng.",
  en: "The header row (line {line}) lacks the column “{column}”: the table cannot be read.",
};
export const appendixNoObjectives: Message = {
  vi: "Bảng sau dòng tiêu đề (dòng {line}) không có mục tiêu nào (dòng có TT là số hoặc ô Mục tiêu bắt đầu bằng “1.x”).",
  en: "The table below its header (line {line}) holds no objective (a row whose TT is a number, or whose objective cell starts with “1.x”).",
};
export const appendixYearUnknown: Message = {
  vi: "Không xác định được năm của kế hoạch (không có trong tiêu đề hay thời gian hoàn thành).",
  en: "The plan's year could not be determined (neither the title nor the deadlines give it).",
};

// ---- Warnings: the reader went on, and says what it was unsure of. ----

export const appendixOptionalColumnMissing: Message = {
  vi: "Bảng không có cột “{column}”: các ô của cột này để trống.",
  en: "The table has no “{column}” column: its cells are left empty.",
};
export const appendixDuplicateColumn: Message = {
  vi: "Cột “{heading}” lặp lại một cột đã có: bỏ qua cột lặp.",
  en: "The column “{heading}” repeats a column already found: the repeat is ignored.",
};
export const appendixNumberGenerated: Message = {
  vi: "Mục “{text}” không có số thứ tự: đánh số {number} theo thứ tự.",
  en: "The item “{text}” has no number: numbered {number} in order.",
};
export const appendixOffLevelNumber: Message = {
  vi: "Số “{number}” ở cột {column} không theo cách đánh số của cột này; vẫn dùng số này.",
  en: "The number “{number}” in the {column} column does not follow that column's numbering; it is kept.",
};
export const appendixDuplicateId: Message = {
  vi: "Mã {base} lặp lại (số {number} dùng hai lần): mục sau nhận mã {id}.",
  en: "The ID {base} repeats (the number {number} is used twice): the later item's ID becomes {id}.",
};
export const appendixRepeatedNumber: Message = {
  vi: "Số {number} được dùng nhiều lần trong phần {section} ({ids}); mã vẫn khác nhau vì thuộc các mục tiêu khác nhau.",
  en: "The number {number} is used more than once in section {section} ({ids}); the IDs stay distinct because the objectives differ.",
};
export const appendixTtMismatch: Message = {
  vi: "TT “{tt}” khác số của mục tiêu “{number}”: dùng số của mục tiêu.",
  en: "TT “{tt}” differs from the objective's number “{number}”: the objective's number is used.",
};
export const appendixUnknownTt: Message = {
  vi: "Không hiểu ô TT “{tt}”: bỏ qua ô này.",
  en: "The TT cell “{tt}” is not understood: the cell is ignored.",
};
export const appendixActivitiesBySimilarity: Message = {
  vi: "Một dòng có {tasks} nhiệm vụ và {activities} hoạt động: mỗi hoạt động được gán cho nhiệm vụ có nội dung gần nhất ({pairs}). Hãy kiểm tra.",
  en: "One row holds {tasks} tasks and {activities} activities: each activity was assigned to the task whose text is closest ({pairs}). Please check.",
};
export const appendixTaskWithoutActivity: Message = {
  vi: "Nhiệm vụ {id} không có hoạt động: tạo một hoạt động cùng nội dung để theo dõi được kết quả, chủ trì và thời hạn của dòng.",
  en: "Task {id} has no activity: an activity with the same text was made so that the row's output, lead and deadline can be tracked.",
};
export const appendixActivityWithoutTask: Message = {
  vi: "Hoạt động “{text}” không thuộc nhiệm vụ nào: tạo một nhiệm vụ không tên cho mục tiêu.",
  en: "The activity “{text}” belongs to no task: an unnamed task was made for the objective.",
};
export const appendixObjectiveWithoutTask: Message = {
  vi: "Mục tiêu {id} không có nhiệm vụ hay hoạt động nào.",
  en: "Objective {id} has no task or activity.",
};
export const appendixInheritedAcrossTask: Message = {
  vi: "Ô “{column}” của dòng nhiệm vụ {id} để trống (ô gộp): lấy “{text}” từ dòng trên.",
  en: "The “{column}” cell of task row {id} is empty (a merged cell): “{text}” was taken from the row above.",
};
export const appendixSubsectionOutsideSection: Message = {
  vi: "Phần “{code}” không nằm trong phần đánh số La Mã nào: coi là một phần riêng.",
  en: "Part “{code}” is not inside a Roman-numbered section: it is read as a section of its own.",
};
export const appendixSectionHasOwnObjectives: Message = {
  vi: "Phần {code} có mục tiêu riêng trước các phần con: các mục tiêu này được giữ trong phần {code}.",
  en: "Section {code} holds objectives of its own before its lettered parts: they stay in section {code}.",
};

export const appendixEmptyRows: Message = {
  vi: "Bỏ qua {count} {kind} trống trong bảng (không có nội dung): {lines}.",
  en: "Passed over {count} empty rows in the table (nothing in them): {lines}.",
};

// ---- Why a row or cell was skipped. ----

export const skippedAfterTable: Message = {
  vi: "Nằm sau dòng kẻ kết thúc bảng.",
  en: "After the line that ends the table.",
};
export const skippedRepeatedHeader: Message = {
  vi: "Dòng tiêu đề lặp lại (sang trang).",
  en: "A repeated header row (page break).",
};
export const skippedColumnNumbers: Message = {
  vi: "Dòng đánh số cột (1), (2), ….",
  en: "A column-numbering row (1), (2), ….",
};
export const skippedOutsideObjective: Message = {
  vi: "Nằm ngoài mọi mục tiêu (trước mục tiêu đầu tiên của phần).",
  en: "Outside any objective (before the section's first objective).",
};
export const skippedOutsideSection: Message = {
  vi: "Nằm trước phần đầu tiên của bảng (I, II, …).",
  en: "Before the table's first section (I, II, …).",
};
export const skippedSectionExtraCell: Message = {
  vi: "Ô thừa trên dòng tiêu đề phần.",
  en: "An extra cell on a section title row.",
};

// ---- Main targets (part II of the plan). ----

export const mainTargetNotMeasurable: Message = {
  vi: "Chỉ tiêu chủ yếu {id} không có con số nào đọc được: không tạo chỉ tiêu theo dõi.",
  en: "Main target {id} states no figure that could be read: no target was made from it.",
};
export const mainTargetWeakLink: Message = {
  vi: "Chỉ tiêu chủ yếu {id} không khớp rõ với mục tiêu nào của phụ lục: chưa gắn mục tiêu; các con số phụ lục thiếu được đặt vào mục tiêu gần nhất {objectiveId}. Hãy kiểm tra.",
  en: "Main target {id} matches no appendix objective clearly: it is left unlinked, and the figures the appendix lacks go to the closest objective, {objectiveId}. Please check.",
};
export const mainTargetAdded: Message = {
  vi: "Chỉ tiêu chủ yếu {id} có con số mà phụ lục không có (“{text}”): thêm chỉ tiêu {targetId} vào mục tiêu {objectiveId}.",
  en: "Main target {id} states a figure the appendix lacks (“{text}”): target {targetId} was added to objective {objectiveId}.",
};

// ---- Overrides and corrections. ----

export const overrideUnknownId: Message = {
  vi: "Điều chỉnh bị bỏ qua: không có mục nào mang mã “{id}”.",
  en: "Override ignored: no item has the ID “{id}”.",
};
export const overrideUnknownField: Message = {
  vi: "Điều chỉnh bị bỏ qua: mục {id} ({item}) không có trường “{field}” có thể điều chỉnh.",
  en: "Override ignored: item {id} ({item}) has no field “{field}” that can be overridden.",
};
export const overrideAmbiguous: Message = {
  vi: "Điều chỉnh bị bỏ qua: mã “{id}” chỉ nhiều mục ({items}) cùng có trường “{field}”; hãy ghi rõ “item”.",
  en: "Override ignored: the ID “{id}” names several items ({items}) that all have the field “{field}”; say which with “item”.",
};
export const overrideBadValue: Message = {
  vi: "Điều chỉnh bị bỏ qua: giá trị của {id}.{field} không hợp lệ ({expected}).",
  en: "Override ignored: the value for {id}.{field} is not valid ({expected}).",
};
export const overrideNoReason: Message = {
  vi: "Điều chỉnh {id}.{field} không ghi lý do (“reason”).",
  en: "The override of {id}.{field} gives no reason.",
};

// ---- Reading a worksheet (.xlsx). ----

export const gridXlsxUnreadable: Message = {
  vi: "Không đọc được tệp .xlsx “{file}”: tệp hỏng hoặc không phải sổ Excel ({detail}).",
  en: "The .xlsx file “{file}” cannot be read: it is damaged or not an Excel workbook ({detail}).",
};
export const gridSheetNotFound: Message = {
  vi: "Sổ không có trang tính “{sheet}” (các trang: {sheets}).",
  en: "The workbook has no sheet “{sheet}” (its sheets: {sheets}).",
};
export const gridNoSheets: Message = {
  vi: "Sổ Excel không có trang tính nào.",
  en: "The Excel workbook has no worksheet.",
};

// ---- The `par-tracker framework` command. ----

export const cliFileNotFound: Message = {
  vi: "Không tìm thấy tệp “{file}”.",
  en: "The file “{file}” does not exist.",
};
export const cliFileUnreadable: Message = {
  vi: "Không đọc được tệp “{file}” ({detail}).",
  en: "The file “{file}” cannot be read ({detail}).",
};
export const cliUnknownFileType: Message = {
  vi: "Không biết đọc tệp “{file}”: dùng tệp .txt (cả kế hoạch hoặc chỉ bảng), .tsv hoặc .xlsx.",
  en: "Cannot read “{file}”: use a .txt (the whole plan, or just the table), .tsv or .xlsx file.",
};
export const cliNotAnAppendix: Message = {
  vi: "Tệp “{file}”{where}: {problem}",
  en: "File “{file}”{where}: {problem}",
};
