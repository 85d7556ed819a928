/**
 * Messages of the summaries (issue 6): the texts written on the summary sheets and the printable report
 * (their Vietnamese is what the workbook shows), the task pane's Tổng hợp view, and the errors of the
 * `summary` use case and CLI command.
 */
import type { Message } from "./message";

// ---- Lead groups (the hidden `Nhóm chủ trì` column and the lead-agency summary) ----

/** Group names of the lead categories: the workbook writes the Vietnamese. */
export const leadCategoryGroups: Readonly<Record<"province" | "district" | "commune" | "all", Message>> = {
  province: { vi: "Các sở, ban, ngành", en: "Provincial departments and agencies" },
  district: { vi: "UBND cấp huyện", en: "District people's committees" },
  commune: { vi: "UBND cấp xã", en: "Commune people's committees" },
  all: { vi: "Các cơ quan, đơn vị, địa phương", en: "Every unit at every level" },
};
export const leadGroupNone: Message = { vi: "(Không ghi cơ quan chủ trì)", en: "(No lead named)" };

// ---- Sheet names and titles ----

export const sheetTitles = {
  section: { vi: "TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO LĨNH VỰC", en: "Results by section" },
  lead: { vi: "TỔNG HỢP KẾT QUẢ THỰC HIỆN THEO CƠ QUAN CHỦ TRÌ", en: "Results by lead agency" },
  deadline: { vi: "TỔNG HỢP HOẠT ĐỘNG THEO THỜI HẠN", en: "Activities by deadline" },
} as const satisfies Record<string, Message>;

export const wholePlanLine: Message = { vi: "Toàn tỉnh — tất cả đơn vị", en: "Whole plan — every unit" };
export const asOfLabel: Message = { vi: "Ngày chốt số liệu:", en: "Figures as of:" };
export const liveNote: Message = {
  vi: "Các bảng dưới đây là công thức (COUNTIFS) trên cột Đánh giá của trang Khung nhiệm vụ và Chỉ tiêu: số liệu tự cập nhật khi nhập. Tổng số chỉ tính các dòng được đánh giá (không tính “Không đánh giá”).",
  en: "The tables below are formulas (COUNTIFS) over the Đánh giá columns of Khung nhiệm vụ and Chỉ tiêu: they update as people type. Totals count judged rows only (not “Không đánh giá”).",
};
export const staticNote: Message = {
  vi: "Lưu ý: sổ thiếu cột {columns}, nên các ô đánh dấu * là số liệu tính lúc lập ({asOf}), không tự cập nhật — tạo lại sổ theo dõi (giữ nguyên số liệu) rồi lập lại tổng hợp.",
  en: "Note: the workbook lacks the column(s) {columns}, so cells marked * are figures computed when built ({asOf}) and do not update — rebuild the tracking workbook (entries are kept), then rebuild the summaries.",
};

export const tableTargets: Message = { vi: "I. CHỈ TIÊU THEO TRẠNG THÁI", en: "I. Targets by status" };
export const tableActivities: Message = { vi: "II. HOẠT ĐỘNG THEO TRẠNG THÁI", en: "II. Activities by status" };
export const tableLeadSources: Message = {
  vi: "III. ĐỐI CHIẾU TÊN CƠ QUAN CHỦ TRÌ (tên ghi trong kế hoạch khác tên nhóm, hoặc chưa chắc chắn)",
  en: "III. Lead names as written (where they differ from the group, or the grouping is unsure)",
};
export const leadSharedNote: Message = {
  vi: "Một dòng có nhiều cơ quan chủ trì được tính cho mỗi cơ quan, nên cộng các nhóm có thể lớn hơn dòng “Toàn bộ kế hoạch”.",
  en: "A row with several leads counts under each of them, so the groups may add up to more than the whole-plan line.",
};

export const headers = {
  sectionId: { vi: "Mã", en: "ID" },
  section: { vi: "Lĩnh vực", en: "Section" },
  number: { vi: "STT", en: "No." },
  lead: { vi: "Cơ quan chủ trì", en: "Lead agency" },
  judged: { vi: "Tổng số", en: "Total judged" },
  metShare: { vi: "Tỷ lệ đạt", en: "Share met" },
  due: { vi: "Đến hạn", en: "Due" },
  dueDone: { vi: "Đã hoàn thành (trong số đến hạn)", en: "Done (of those due)" },
  dueShare: { vi: "Tỷ lệ hoàn thành nhiệm vụ đến hạn", en: "Share of due activities done" },
  deadline: { vi: "Thời hạn", en: "Deadline" },
  from: { vi: "Từ ngày", en: "From" },
  to: { vi: "Đến ngày", en: "To" },
  marker: { vi: "Ghi chú", en: "Note" },
  group: { vi: "Nhóm", en: "Group" },
  written: { vi: "Tên ghi trong kế hoạch", en: "As written in the plan" },
  rows: { vi: "Số dòng", en: "Rows" },
  ids: { vi: "Mã các dòng", en: "Row IDs" },
  check: { vi: "Cần xem lại", en: "To check" },
} as const satisfies Record<string, Message>;

export const wholePlanRow: Message = { vi: "Toàn bộ kế hoạch", en: "Whole plan" };
export const deadlineBuckets = {
  before: { vi: "Trước năm {year}", en: "Before {year}" },
  q1: { vi: "Quý I/{year}", en: "Q1 {year}" },
  q2: { vi: "Quý II/{year}", en: "Q2 {year}" },
  q3: { vi: "Quý III/{year}", en: "Q3 {year}" },
  q4: { vi: "Quý IV/{year}", en: "Q4 {year}" },
  after: { vi: "Sau năm {year}", en: "After {year}" },
  ongoing: { vi: "Thường xuyên", en: "Ongoing" },
  conditional: { vi: "Không xác định thời hạn", en: "No fixed deadline" },
} as const satisfies Record<string, Message>;
export const totalRow: Message = { vi: "Tổng cộng", en: "Total" };
export const currentQuarter: Message = { vi: "Quý hiện tại", en: "This quarter" };
export const nextQuarter: Message = { vi: "Quý tới", en: "Next quarter" };
export const deadlineNote: Message = {
  vi: "Cột Quá hạn tô đỏ khi có hoạt động quá hạn; dòng “Quý tới” tô vàng: các hoạt động sắp đến hạn trong quý sau ngày chốt số liệu.",
  en: "The Quá hạn column turns red when anything is overdue; the “Quý tới” row is amber: what falls due in the quarter after the as-of date.",
};
export const leadSourceUnsure: Message = {
  vi: "Chưa chắc chắn: {reason}",
  en: "Unsure: {reason}",
};
export const leadSourceNotMatched: Message = {
  vi: "không khớp đơn vị nào trong Danh mục đơn vị",
  en: "matches no unit of the units list",
};
export const chartTargets: Message = { vi: "Chỉ tiêu theo trạng thái", en: "Targets by status" };
export const chartActivities: Message = { vi: "Hoạt động theo trạng thái", en: "Activities by status" };

// ---- The printable report (Báo cáo) ----

export const report = {
  country: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "SOCIALIST REPUBLIC OF VIET NAM" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  provinceCommittee: { vi: "UBND TỈNH {province}", en: "{province} PROVINCIAL PEOPLE'S COMMITTEE" },
  coordinator: { vi: "SỞ NỘI VỤ", en: "DEPARTMENT OF HOME AFFAIRS" },
  peoplesCommittee: { vi: "ỦY BAN NHÂN DÂN", en: "PEOPLE'S COMMITTEE" },
  documentNumber: { vi: "Số:          /BC-{code}", en: "No.:          /BC-{code}" },
  placeDate: {
    vi: "{place}, ngày        tháng        năm {year}",
    en: "{place}, day        month        year {year}",
  },
  title: {
    vi: "BÁO CÁO KẾT QUẢ THỰC HIỆN KẾ HOẠCH CCHC {period}",
    en: "REPORT ON THE PAR PLAN {period}",
  },
  asOf: { vi: "(Số liệu tính đến ngày {asOf})", en: "(Figures as of {asOf})" },
  partSummary: { vi: "I. TÓM TẮT KẾT QUẢ", en: "I. SUMMARY" },
  summaryTargets: {
    vi: "1. Chỉ tiêu: {judged} chỉ tiêu được đánh giá; đạt {met} ({metShare}); đúng tiến độ {onTrack}; có nguy cơ chậm {atRisk}; chậm tiến độ {lagging}; chưa có số liệu {noData}; không phát sinh {notApplicable}.",
    en: "1. Targets: {judged} judged; met {met} ({metShare}); on track {onTrack}; at risk {atRisk}; behind {lagging}; no data {noData}; not applicable {notApplicable}.",
  },
  summaryInvalid: {
    vi: "   Có {invalid} chỉ tiêu số liệu không hợp lệ, cần sửa trước khi gửi báo cáo.",
    en: "   {invalid} targets hold invalid figures, to correct before sending the report.",
  },
  summaryActivities: {
    vi: "2. Nhiệm vụ: {judged} hoạt động được đánh giá; {due} hoạt động đến hạn, đã hoàn thành {dueDone} ({dueShare}); quá hạn {overdue}; sắp đến hạn {dueSoon}; đang thực hiện trong hạn {inProgress}; chưa thực hiện {notStarted}; thường xuyên {ongoing}.",
    en: "2. Activities: {judged} judged; {due} due, of which {dueDone} done ({dueShare}); overdue {overdue}; due soon {dueSoon}; in progress {inProgress}; not started {notStarted}; ongoing {ongoing}.",
  },
  noShare: { vi: "chưa tính được", en: "n/a" },
  partDetail: { vi: "II. KẾT QUẢ CHI TIẾT", en: "II. DETAIL" },
  headerNumber: { vi: "STT", en: "No." },
  headerContent: { vi: "Chỉ tiêu, nhiệm vụ", en: "Target or activity" },
  headerPlan: { vi: "Kế hoạch", en: "Plan" },
  headerDone: { vi: "Thực hiện", en: "Achieved" },
  headerRate: { vi: "Tỷ lệ", en: "Rate" },
  headerStatus: { vi: "Đánh giá", en: "Assessment" },
  headerNote: { vi: "Ghi chú, lý do", en: "Note, reason" },
  groupTargets: { vi: "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU", en: "TARGETS" },
  groupLate: { vi: "NHIỆM VỤ QUÁ HẠN, CHỈ TIÊU CHẬM TIẾN ĐỘ", en: "OVERDUE ACTIVITIES AND TARGETS BEHIND" },
  groupNext: {
    vi: "NHIỆM VỤ ĐẾN HẠN TRONG QUÝ TỚI (từ {from} đến {to})",
    en: "DUE NEXT QUARTER ({from} to {to})",
  },
  noneTargets: { vi: "Không có chỉ tiêu thuộc trách nhiệm của đơn vị.", en: "No target is this unit's." },
  noneLate: {
    vi: "Không có nhiệm vụ quá hạn hoặc chỉ tiêu chậm tiến độ.",
    en: "Nothing is overdue or behind.",
  },
  noneNext: { vi: "Không có nhiệm vụ đến hạn trong quý tới.", en: "Nothing falls due next quarter." },
  leadLine: { vi: "Chủ trì: {lead}", en: "Lead: {lead}" },
  noReason: { vi: "Chưa nêu lý do", en: "No reason given" },
  notUpdated: { vi: "Chưa cập nhật", en: "Not updated" },
  maker: { vi: "NGƯỜI LẬP BIỂU", en: "PREPARED BY" },
  head: { vi: "THỦ TRƯỞNG ĐƠN VỊ", en: "HEAD OF UNIT" },
  makerHint: { vi: "(Ký, ghi rõ họ tên)", en: "(Signature, full name)" },
  headHint: { vi: "(Ký tên, đóng dấu)", en: "(Signature and seal)" },
  refreshNote: {
    vi: "Ghi chú: báo cáo lập tự động từ sổ theo dõi theo số liệu đến ngày {asOf}; các bảng không tự cập nhật — khi số liệu thay đổi, lập lại tổng hợp (ngăn tác vụ: Tổng hợp → Lập tổng hợp, hoặc lệnh par-tracker summary). Xóa dòng này trước khi in.",
    en: "Note: built from the tracking workbook with figures as of {asOf}; the tables do not update — when figures change, rebuild the summaries (task pane: Tổng hợp, or par-tracker summary). Delete this line before printing.",
  },
} as const satisfies Record<string, Message>;

// ---- The use case and the CLI ----

export const notTrackingWorkbook: Message = {
  vi: "Sổ này không phải sổ theo dõi Kế hoạch CCHC: không tìm thấy trang “Khung nhiệm vụ” và “Chỉ tiêu” với dòng tiêu đề. Hãy tạo sổ theo dõi (thẻ Khung hoặc lệnh par-tracker workbook) rồi lập tổng hợp.",
  en: "This is not a PAR tracking workbook: the “Khung nhiệm vụ” and “Chỉ tiêu” sheets with their header rows were not found. Create the tracking workbook first (Khung tab, or par-tracker workbook), then build the summaries.",
};
export const noDates: Message = {
  vi: "Không xác định được năm kế hoạch và ngày chốt số liệu: trang “Thông tin” thiếu Năm kế hoạch (NamKeHoach) và Ngày chốt số liệu (NgayBaoCao). Hãy nhập lại hai ô này.",
  en: "The plan year and the as-of date are unknown: “Thông tin” lacks Năm kế hoạch (NamKeHoach) and Ngày chốt số liệu (NgayBaoCao). Fill those two cells in.",
};
export const asOfDiffers: Message = {
  vi: "Lưu ý: --as-of {asOf} khác Ngày chốt số liệu trong sổ ({workbookAsOf}). Trang Báo cáo tính theo {asOf}; các trang tổng hợp bằng công thức và cột Đánh giá tính theo Ngày chốt số liệu trong trang Thông tin.",
  en: "Note: --as-of {asOf} differs from the workbook's as-of date ({workbookAsOf}). Báo cáo is computed as of {asOf}; the formula summaries and the Đánh giá columns follow the as-of date on Thông tin.",
};
export const staticCells: Message = {
  vi: "Trang “{sheet}”: sổ thiếu cột {columns}, nên một số ô là số liệu tĩnh (không tự cập nhật). Tạo lại sổ theo dõi để có cột này.",
  en: "Sheet “{sheet}”: the workbook lacks the column(s) {columns}, so some cells are fixed figures (they do not update). Rebuild the tracking workbook to get them.",
};

export const cli = {
  title: { vi: "Tổng hợp", en: "Summary" },
  file: { vi: "Tệp", en: "File" },
  unit: { vi: "Đơn vị", en: "Unit" },
  wholePlan: { vi: "Toàn tỉnh (mọi dòng được đánh giá)", en: "Whole plan (every row judged)" },
  period: { vi: "Kỳ báo cáo", en: "Period" },
  asOf: { vi: "Số liệu đến ngày", en: "As of" },
  targetsMet: { vi: "Chỉ tiêu đạt", en: "Targets met" },
  dueDone: { vi: "Nhiệm vụ đến hạn đã hoàn thành", en: "Due activities done" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  lagging: { vi: "Chỉ tiêu chậm tiến độ", en: "Targets behind" },
  dueSoon: { vi: "Sắp đến hạn", en: "Due soon" },
  wrote: { vi: "Đã ghi {file}: {sheets}.", en: "Wrote {file}: {sheets}." },
  fileNotFound: { vi: "Không tìm thấy tệp: {file}", en: "File not found: {file}" },
  inputMissing: { vi: "Cần đúng một tệp sổ theo dõi .xlsx.", en: "Give exactly one tracking workbook (.xlsx)." },
  outMissing: {
    vi: "Thiếu --out FILE.xlsx: tổng hợp được ghi ra tệp mới, tệp gốc giữ nguyên.",
    en: "Missing --out FILE.xlsx: the summaries go to a new file and the input stays as it is.",
  },
  outNotXlsx: { vi: "Tệp ra phải có đuôi .xlsx: {file}", en: "The output must be an .xlsx file: {file}" },
  outIsInput: {
    vi: "Tệp ra trùng tệp vào ({file}): hãy ghi ra tệp khác, tệp gốc không bao giờ bị sửa.",
    en: "The output is the input ({file}): write to another file; the input is never modified.",
  },
  outExists: {
    vi: "Tệp đã tồn tại: {file} (dùng --force để ghi đè).",
    en: "File exists: {file} (use --force to overwrite).",
  },
  asOfInvalid: {
    vi: "Ngày không hợp lệ: “{text}” (dạng YYYY-MM-DD, ví dụ 2024-06-14).",
    en: "Invalid date “{text}” (use YYYY-MM-DD, e.g. 2024-06-14).",
  },
  onlyInvalid: {
    vi: "--only không hợp lệ: “{text}” (dùng section, lead, deadline, report, cách nhau bằng dấu phẩy).",
    en: "Invalid --only “{text}” (use section, lead, deadline, report, comma-separated).",
  },
} as const satisfies Record<string, Message>;

// ---- The task pane's Tổng hợp view ----

export const view = {
  kindsLabel: { vi: "Lập các trang", en: "Sheets to build" },
  kindSection: { vi: "Tổng hợp theo lĩnh vực", en: "By section" },
  kindLead: { vi: "Tổng hợp theo cơ quan chủ trì", en: "By lead agency" },
  kindDeadline: { vi: "Tổng hợp theo thời hạn", en: "By deadline" },
  kindReport: { vi: "Báo cáo (bản in)", en: "Printable report" },
  build: { vi: "Lập tổng hợp", en: "Build summaries" },
  rebuild: { vi: "Lập lại tổng hợp", en: "Rebuild summaries" },
  preview: { vi: "Xem số liệu", en: "Preview figures" },
  building: { vi: "Đang đọc sổ và lập tổng hợp…", en: "Reading the workbook and building the summaries…" },
  previewing: { vi: "Đang đọc sổ…", en: "Reading the workbook…" },
  noKinds: { vi: "Chọn ít nhất một trang.", en: "Pick at least one sheet." },
  builtTitle: { vi: "Đã lập tổng hợp", en: "Summaries built" },
  builtBody: { vi: "Đã ghi: {sheets}.", en: "Written: {sheets}." },
  builtToast: {
    vi: "{sheets} trang tổng hợp; {targets} chỉ tiêu và {activities} hoạt động được đánh giá.",
    en: "{sheets} summary sheets; {targets} targets and {activities} activities judged.",
  },
  previewTitle: { vi: "Số liệu chính", en: "Headline figures" },
  asOf: { vi: "Số liệu đến ngày {asOf}", en: "Figures as of {asOf}" },
  targetsMet: { vi: "Chỉ tiêu đạt", en: "Targets met" },
  dueDone: { vi: "Nhiệm vụ đến hạn đã hoàn thành", en: "Due activities done" },
  overdue: { vi: "Quá hạn", en: "Overdue" },
  lagging: { vi: "Chỉ tiêu chậm tiến độ", en: "Targets behind" },
  dueSoon: { vi: "Sắp đến hạn", en: "Due soon" },
  noData: { vi: "Chỉ tiêu chưa có số liệu", en: "Targets without data" },
  ofTotal: { vi: "{count}/{total}", en: "{count} of {total}" },
  failedTitle: { vi: "Không lập được tổng hợp", en: "Could not build the summaries" },
  failedNext: {
    vi: "Kiểm tra không có ô nào đang được sửa (nhấn Esc), rồi thử lại. Nếu sổ chưa có trang Khung nhiệm vụ, hãy tạo sổ ở thẻ Khung.",
    en: "Make sure no cell is being edited (press Esc), then try again. If the workbook has no Khung nhiệm vụ sheet, create it on the Khung tab.",
  },
  unavailable: {
    vi: "Chức năng này chỉ chạy khi ngăn tác vụ mở trong Excel.",
    en: "This works only when the pane is open in Excel.",
  },
  staticWarning: { vi: "Lưu ý", en: "Note" },
} as const satisfies Record<string, Message>;
