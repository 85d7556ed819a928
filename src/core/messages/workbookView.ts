/** Messages of the Khung view: building the tracking workbook from the task pane. */
import type { Message } from "./message";

export const unitLabel: Message = { vi: "Đơn vị", en: "Unit" };
export const unitHint: Message = {
  vi: "Để trống để tạo sổ toàn tỉnh (mọi dòng đều được đánh giá).",
  en: "Leave blank for the whole-plan workbook (every row is judged).",
};
export const levelLabel: Message = { vi: "Cấp", en: "Level" };
export const levelProvince: Message = { vi: "Sở, ban, ngành", en: "Department or agency" };
export const levelDistrict: Message = { vi: "UBND cấp huyện", en: "District" };
export const levelCommune: Message = { vi: "UBND cấp xã", en: "Commune" };
export const levelRequired: Message = {
  vi: "Chọn cấp của đơn vị.",
  en: "Pick the unit's level.",
};
export const periodLabel: Message = { vi: "Kỳ báo cáo", en: "Reporting period" };
export const passwordLabel: Message = {
  vi: "Mật khẩu bảo vệ trang tính (tùy chọn)",
  en: "Sheet protection password (optional)",
};
export const passwordHint: Message = {
  vi: "Không đặt mật khẩu: nhân viên vẫn chỉ nhập được vào các ô nhập liệu, nhưng có thể bỏ bảo vệ khi cần.",
  en: "Without a password, staff still type only in entry cells but can unprotect the sheets when needed.",
};
export const createButton: Message = { vi: "Tạo sổ theo dõi", en: "Create tracking workbook" };
export const creating: Message = { vi: "Đang tạo sổ theo dõi…", en: "Building the workbook…" };
export const createdTitle: Message = { vi: "Đã tạo sổ theo dõi", en: "Workbook created" };
export const createdBody: Message = {
  vi: "{activities} hoạt động, {targets} chỉ tiêu.",
  en: "{activities} activities, {targets} targets.",
};
export const reloadedTitle: Message = {
  vi: "Đã cập nhật khung, giữ nguyên số liệu",
  en: "Framework updated, entries kept",
};
export const reloadedBody: Message = {
  vi: "Thêm {added} dòng, giữ {kept} dòng có số liệu, chuyển {removed} dòng sang trang “Mục đã bỏ”.",
  en: "{added} rows added, {kept} rows with entries kept, {removed} rows moved to “Mục đã bỏ”.",
};
export const createFailedTitle: Message = { vi: "Không tạo được sổ theo dõi", en: "Could not build the workbook" };
export const createFailedNext: Message = {
  vi: "Kiểm tra sổ không ở chế độ chỉnh sửa ô (nhấn Esc) và các trang tính không bị khóa bằng mật khẩu khác, rồi thử lại.",
  en: "Make sure no cell is being edited (press Esc) and no sheet is protected with another password, then try again.",
};
export const unavailable: Message = {
  vi: "Chức năng này chỉ chạy khi ngăn tác vụ mở trong Excel.",
  en: "This works only when the pane is open in Excel.",
};
export const frameworkSummary: Message = {
  vi: "Khung: {title} — {sections} lĩnh vực, {objectives} mục tiêu, {activities} hoạt động, {targets} chỉ tiêu.",
  en: "Framework: {title} — {sections} sections, {objectives} objectives, {activities} activities, {targets} targets.",
};
