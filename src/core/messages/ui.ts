/**
 * Messages of the task-pane shell: header, navigation, the five views' introductions, and the
 * explanations shown when the pane cannot work (opened outside Excel, or an Excel that is too old).
 */
import type { Message } from "./message";

export const appTitle: Message = { vi: "Kế hoạch CCHC", en: "PAR plan" };
export const appSubtitle: Message = { vi: "Sổ theo dõi thực hiện", en: "Plan tracker" };

export const languageMenuLabel: Message = { vi: "Ngôn ngữ: Tiếng Việt", en: "Language: English" };
// Each language is named in itself, so that a user who cannot read the current one still finds theirs.
export const languageVietnamese: Message = { vi: "Tiếng Việt", en: "Tiếng Việt" };
export const languageEnglish: Message = { vi: "English", en: "English" };

export const navigationLabel: Message = { vi: "Các chức năng", en: "Sections" };

export const frameworkTab: Message = { vi: "Khung", en: "Plan" };
export const frameworkTitle: Message = { vi: "Khung nhiệm vụ", en: "Task framework" };
export const frameworkDescription: Message = {
  vi: "Nạp Khung nhiệm vụ CCHC trọng tâm của kế hoạch năm (mục tiêu, nhiệm vụ, hoạt động, chỉ tiêu, cơ quan chủ trì và thời hạn) rồi tạo sổ theo dõi cho đơn vị, đánh dấu các dòng đơn vị chủ trì, phối hợp hoặc chỉ để theo dõi.",
  en: "Loads the year's framework of key PAR tasks (objectives, tasks, activities, targets, lead agencies and deadlines) and builds the unit's tracking workbook, marking the rows the unit leads, partners on, or only follows.",
};

export const entryTab: Message = { vi: "Nhập liệu", en: "Entry" };
export const entryTitle: Message = { vi: "Nhập kết quả thực hiện", en: "Progress entry" };
export const entryDescription: Message = {
  vi: "Ghi tình trạng từng hoạt động và số liệu từng chỉ tiêu cho kỳ báo cáo (Quý I, 6 tháng, Quý III, Năm), kèm tài liệu kiểm chứng; đơn vị không có số liệu cho một chỉ tiêu thì ghi “Không phát sinh”.",
  en: "Records each activity's status and each target's figures for the reporting period (Q1, 6 months, Q3, year), with supporting evidence; a unit with nothing to report on a target marks it “not applicable”.",
};

export const validationTab: Message = { vi: "Kiểm tra", en: "Checks" };
export const validationTitle: Message = { vi: "Kiểm tra số liệu", en: "Data checks" };
export const validationDescription: Message = {
  vi: "Rà soát sổ trước khi gửi: ô bắt buộc còn trống, số lưu dạng văn bản, tử số lớn hơn mẫu số, hoàn thành mà thiếu minh chứng. Mỗi lỗi nêu rõ trang tính và ô để sửa ngay.",
  en: "Reviews the workbook before it is sent: required cells left empty, numbers stored as text, numerators larger than denominators, completions without evidence. Each finding names the sheet and cell to fix.",
};

export const summaryTab: Message = { vi: "Tổng hợp", en: "Summary" };
export const summaryTitle: Message = { vi: "Tổng hợp tình hình", en: "Progress summary" };
export const summaryDescription: Message = {
  vi: "Tổng hợp kết quả của đơn vị trong kỳ: số nhiệm vụ hoàn thành đúng hạn, hoàn thành quá hạn, đang thực hiện, sắp đến hạn, quá hạn, chưa thực hiện, và các chỉ tiêu đạt hay không đạt.",
  en: "Summarises the unit's results for the period: tasks done on time, done late, in progress, due soon, overdue and not started, and which targets are met or not met.",
};

export const consolidationTab: Message = { vi: "Hợp nhất", en: "Merge" };
export const consolidationTitle: Message = { vi: "Hợp nhất báo cáo", en: "Consolidation" };
export const consolidationDescription: Message = {
  vi: "Dành cho Sở Nội vụ: gộp các sổ do đơn vị gửi về thành số liệu toàn tỉnh. Tỷ lệ tỉnh tính bằng tổng tử số chia tổng mẫu số, bỏ qua các ô “Không phát sinh” và báo các bản nộp trùng.",
  en: "For the Department of Home Affairs: merges the workbooks units send back into province-wide figures. A provincial rate is the sum of numerators over the sum of denominators, leaving out “not applicable” entries and flagging duplicate submissions.",
};

export const viewNotReady: Message = {
  vi: "Chức năng này chưa có trong phiên bản hiện tại.",
  en: "This feature is not in the current version yet.",
};

export const outsideTitle: Message = { vi: "Hãy mở ngăn này từ Excel", en: "Open this pane from Excel" };
export const outsideNoOffice: Message = {
  vi: "Không tải được thư viện Office (office.js), nên ngăn này không làm việc được với sổ tính. Có thể trang đang được mở trong trình duyệt, hoặc máy đang mất kết nối Internet.",
  en: "The Office library (office.js) did not load, so this pane cannot work with a workbook. The page may have been opened in a web browser, or the computer may be offline.",
};
export const outsideNoResponse: Message = {
  vi: "Office không phản hồi, nên ngăn này không làm việc được với sổ tính. Có thể trang đang được mở trong trình duyệt thay vì trong Excel.",
  en: "Office did not respond, so this pane cannot work with a workbook. The page may have been opened in a web browser instead of in Excel.",
};
export const outsideBrowser: Message = {
  vi: "Trang đang được mở trong trình duyệt, ngoài Excel, nên không đọc hay ghi được sổ tính.",
  en: "The page is open in a web browser, outside Excel, so it cannot read or write a workbook.",
};
export const outsideOtherApp: Message = {
  vi: "Ngăn này đang chạy trong {app}; phần bổ trợ chỉ làm việc trong Excel.",
  en: "This pane is running in {app}; the add-in works only in Excel.",
};
export const outsideNextStep: Message = {
  vi: "Mở sổ theo dõi bằng Excel (Excel 2021 trở lên, Microsoft 365 hoặc Excel trên web), rồi bấm nút của phần bổ trợ Kế hoạch CCHC trên dải băng.",
  en: "Open the tracking workbook in Excel (Excel 2021 or later, Microsoft 365, or Excel on the web), then click the PAR plan add-in's button on the ribbon.",
};

export const unsupportedTitle: Message = {
  vi: "Phiên bản Excel này quá cũ",
  en: "This version of Excel is too old",
};
export const unsupportedBody: Message = {
  vi: "Phần bổ trợ cần bộ API {name} {version}, nhưng Excel đang dùng chưa hỗ trợ.",
  en: "The add-in needs the {name} {version} API set, which this Excel does not support.",
};
export const unsupportedNextStep: Message = {
  vi: "Hãy cập nhật Office (Tệp › Tài khoản › Tùy chọn cập nhật), hoặc dùng Excel 2021 trở lên, Microsoft 365 hay Excel trên web. Excel 2016 và Excel 2019 bản cấp phép số lượng lớn không có bộ API này.",
  en: "Update Office (File › Account › Update Options), or use Excel 2021 or later, Microsoft 365, or Excel on the web. Excel 2016 and volume-licensed Excel 2019 lack this API set.",
};
