/** Messages of the task pane's shared feedback: progress, errors and success toasts. */
import type { Message } from "./message";

export const dismiss: Message = { vi: "Đóng", en: "Dismiss" };
export const working: Message = { vi: "Đang xử lý…", en: "Working…" };
export const errorDetail: Message = { vi: "Chi tiết: {detail}", en: "Details: {detail}" };
