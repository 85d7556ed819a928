import type { Message } from "./message";

/** Messages of `npm start` / `npm stop` (scripts/start.js) and the dev server's certificate choice. */
export const sideloadMessages = {
  usage: {
    vi: "Cách dùng: node scripts/start.js start|stop (npm start, npm stop)",
    en: "Usage: node scripts/start.js start|stop (npm start, npm stop)",
  },
  desktopStart: {
    vi: "Đang nạp bổ trợ vào Excel trên máy tính (office-addin-debugging)…",
    en: "Sideloading the add-in into desktop Excel (office-addin-debugging)…",
  },
  desktopStop: {
    vi: "Đang gỡ bổ trợ khỏi Excel trên máy tính và dừng máy chủ phát triển…",
    en: "Removing the add-in from desktop Excel and stopping the dev server…",
  },
  desktopFailed: {
    vi: "{command} kết thúc với mã {code}. Nếu máy không có Excel, đặt PAR_TRACKER_NO_DESKTOP=1 rồi chạy lại npm start để dùng Excel trên web.",
    en: "{command} ended with code {code}. If this machine has no desktop Excel, set PAR_TRACKER_NO_DESKTOP=1 and run npm start again to use Excel on the web.",
  },
  noDesktop: {
    vi: "Không dùng Excel trên máy tính ({reason}): chạy máy chủ phát triển cho Excel trên web.",
    en: "Not using desktop Excel ({reason}): starting the dev server for Excel on the web.",
  },
  reasonEnv: { vi: "đã đặt PAR_TRACKER_NO_DESKTOP=1", en: "PAR_TRACKER_NO_DESKTOP=1 is set" },
  reasonPlatform: { vi: "hệ điều hành {platform}", en: "the {platform} operating system" },
  reasonNoExcelApp: {
    vi: "không tìm thấy /Applications/Microsoft Excel.app",
    en: "/Applications/Microsoft Excel.app was not found",
  },
  portBusy: {
    vi: "Cổng {port} đang được dùng. Nếu đó là máy chủ phát triển cũ, chạy npm stop; nếu không, hãy đóng chương trình đang dùng cổng này.",
    en: "Port {port} is in use. If it is an earlier dev server, run npm stop; otherwise close the program using that port.",
  },
  alreadyRunning: {
    vi: "Máy chủ phát triển đã chạy (tiến trình {pid}) tại {url}. Chạy npm stop để dừng.",
    en: "The dev server is already running (process {pid}) at {url}. Run npm stop to stop it.",
  },
  serverFailed: {
    vi: "Không khởi động được máy chủ phát triển: {detail}",
    en: "The dev server could not start: {detail}",
  },
  webInstructions: {
    vi: [
      "Máy chủ phát triển đang chạy tại {url}. Cách nạp bổ trợ vào Excel trên web:",
      "  1. Mở {page} một lần trong trình duyệt. Nếu trình duyệt cảnh báo chứng chỉ, chọn Nâng cao → Tiếp tục truy cập localhost (chỉ cần làm một lần).",
      "  2. Mở một sổ làm việc trong Excel trên web (https://www.office.com).",
      "  3. Trang đầu → Bổ trợ → Thêm bổ trợ khác → Tải lên bổ trợ của tôi → chọn tệp {manifest} → Tải lên.",
      "  4. Bấm nút Theo dõi kế hoạch trên thẻ Trang đầu để mở ngăn tác vụ.",
      "Nhấn Ctrl+C hoặc chạy npm stop để dừng.",
    ].join("\n"),
    en: [
      "The dev server is running at {url}. To load the add-in into Excel on the web:",
      "  1. Open {page} once in the browser. If the browser warns about the certificate, choose Advanced → Continue to localhost (needed only once).",
      "  2. Open a workbook in Excel on the web (https://www.office.com).",
      "  3. Home → Add-ins → More add-ins → Upload My Add-in → choose the file {manifest} → Upload.",
      "  4. Choose Plan tracker on the Home tab to open the task pane.",
      "Press Ctrl+C or run npm stop to stop.",
    ].join("\n"),
  },
  stopped: { vi: "Đã dừng máy chủ phát triển (tiến trình {pid}).", en: "Stopped the dev server (process {pid})." },
  nothingToStop: {
    vi: "Không có máy chủ phát triển nào đang chạy; không có gì để dừng.",
    en: "No dev server is running; there is nothing to stop.",
  },
  stopFailed: {
    vi: "Không dừng được tiến trình {pid}: {detail}",
    en: "Could not stop process {pid}: {detail}",
  },
  certOffice: {
    vi: "Dùng chứng chỉ phát triển của Office (office-addin-dev-certs) cho https://localhost.",
    en: "Using the Office dev certificate (office-addin-dev-certs) for https://localhost.",
  },
  certSelfSigned: {
    vi: "Không dùng được chứng chỉ phát triển của Office ({reason}); dùng chứng chỉ tự ký của webpack-dev-server. Mở {url} một lần trong trình duyệt và chấp nhận cảnh báo bảo mật.",
    en: "The Office dev certificate is not available ({reason}); using webpack-dev-server's self-signed certificate. Open {url} once in the browser and accept the security warning.",
  },
  certNotInstalledLinux: {
    vi: "chưa cài; có thể cài bằng npx office-addin-dev-certs install, lệnh này cần sudo",
    en: "not installed; install it with npx office-addin-dev-certs install, which needs sudo",
  },
} as const satisfies Record<string, Message>;
