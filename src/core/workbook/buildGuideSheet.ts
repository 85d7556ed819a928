import type { Framework } from "../framework/types";
import { activityStatusLabels, targetStatusLabels } from "../messages/status";
import { activityStatusColour, targetStatusColour } from "../status/statusLabels";
import { statusColours } from "../status/statusColours";
import { ACTIVITY_STATUSES, TARGET_STATUSES } from "../status/statusTypes";
import { rangeAddress } from "./a1";
import { SHEET } from "./layout";
import { STYLE } from "./sheetStyles";
import type { PlanCell, SheetPlan } from "./workbookPlan";
import { emptySheet } from "./workbookPlan";

const v = (value: string): PlanCell => ({ value });

/** The steps of filling a workbook in, Vietnamese first with English. */
const STEPS: [string, string][] = [
  [
    "1. Kiểm tra trang Thông tin: tên đơn vị, cấp, kỳ báo cáo và ngày chốt số liệu.",
    "Check the Thông tin sheet: unit, level, reporting period and cut-off date.",
  ],
  [
    "2. Trang Khung nhiệm vụ: với mỗi hoạt động, chọn Tình trạng; khi Hoàn thành, nhập Ngày hoàn thành và Minh chứng (số văn bản hoặc đường dẫn).",
    "Khung nhiệm vụ: pick each activity's state; when done, enter the date done and the evidence (document number or link).",
  ],
  [
    "3. Trang Chỉ tiêu: nhập Thực hiện; với chỉ tiêu tỷ lệ, nhập tử số vào Thực hiện và mẫu số vào Tổng số, hoặc nhập trực tiếp tỷ lệ % và để trống Tổng số. Nhập x vào Không phát sinh nếu chỉ tiêu không phát sinh ở đơn vị.",
    "Chỉ tiêu: enter the figure; for a rate, the numerator in Thực hiện and the denominator in Tổng số, or the percentage itself with Tổng số blank. Type x in Không phát sinh when the target does not apply.",
  ],
  [
    "4. Dòng chậm tiến độ hoặc quá hạn cần ghi rõ lý do ở cột Ghi chú.",
    "A lagging or overdue row needs its reason in Ghi chú.",
  ],
  [
    "5. Chỉ nhập vào các ô nền vàng nhạt; các cột khác được khóa. Cột Đánh giá và màu dòng tự cập nhật, kể cả khi mở bằng LibreOffice hoặc WPS.",
    "Type only in the pale-yellow cells; other columns are locked. Đánh giá and the row colours update by themselves, in LibreOffice and WPS too.",
  ],
  [
    "6. Số: dùng dấu phẩy thập phân theo cài đặt máy (2,5); ngày dạng dd/mm/yyyy. Không gộp ô, không đổi tên trang tính hay tiêu đề cột.",
    "Numbers use your system's decimal separator; dates dd/mm/yyyy. Do not merge cells or rename sheets or headers.",
  ],
  [
    "7. Dòng có Trách nhiệm = Chủ trì là nhiệm vụ của đơn vị và được đánh giá; dòng Phối hợp hoặc để trống chỉ để tham khảo.",
    "Rows whose Trách nhiệm is Chủ trì are the unit's own and are judged; Phối hợp or blank rows are for information.",
  ],
];

/**
 * Builds `Hướng dẫn`: how to fill the workbook in and the status legend, each status on its own
 * colours, so the legend can never disagree with the conditional formats.
 */
export function buildGuideSheet(framework: Framework): SheetPlan {
  const sheet = emptySheet(SHEET.guide);
  sheet.tabColor = "#C00000";
  const rows: PlanCell[][] = [
    [v(`HƯỚNG DẪN SỬ DỤNG SỔ THEO DÕI KẾ HOẠCH CCHC NĂM ${framework.year}`), v("")],
    [v(framework.title), v("How to use this PAR plan tracking workbook")],
    [v(""), v("")],
    [v("Các bước / Steps"), v("")],
    ...STEPS.map(([vi, en]) => [v(vi), v(en)]),
    [v(""), v("")],
    [v("Chú giải Đánh giá — Chỉ tiêu / Status legend — targets"), v("")],
  ];
  const legendStyles: { row: number; fill: string; font: string }[] = [];
  for (const status of TARGET_STATUSES) {
    const colour = statusColours[targetStatusColour[status]];
    legendStyles.push({ row: rows.length, ...colour });
    rows.push([v(targetStatusLabels[status].vi), v(targetStatusLabels[status].en)]);
  }
  rows.push([v(""), v("")], [v("Chú giải Đánh giá — Hoạt động / Status legend — activities"), v("")]);
  for (const status of ACTIVITY_STATUSES) {
    const colour = statusColours[activityStatusColour[status]];
    legendStyles.push({ row: rows.length, ...colour });
    rows.push([v(activityStatusLabels[status].vi), v(activityStatusLabels[status].en)]);
  }
  sheet.blocks.push({ row: 0, col: 0, cells: rows });
  sheet.styles.push({ range: rangeAddress(0, 0, rows.length, 2), style: STYLE.base });
  sheet.styles.push({ range: "A1:B1", style: STYLE.title });
  sheet.styles.push({ range: "A2:B2", style: { italic: true } });
  rows.forEach((row, index) => {
    const first = row[0].value;
    if (typeof first === "string" && (first.startsWith("Các bước") || first.startsWith("Chú giải"))) {
      sheet.styles.push({ range: rangeAddress(index, 0, 1, 2), style: STYLE.header });
    }
  });
  for (const legend of legendStyles) {
    sheet.styles.push({
      range: rangeAddress(legend.row, 0, 1, 2),
      style: { fill: legend.fill, fontColor: legend.font, bold: true, border: "thin" },
    });
  }
  sheet.columns = [{ width: 80 }, { width: 70 }];
  sheet.print = { orientation: "landscape", paperSize: "A4", fitToWidth: true };
  return sheet;
}
