import { findHeader, headingRole } from "./findHeader";

describe("headingRole", () => {
  it.each([
    ["TT", "tt"],
    ["STT", "tt"],
    ["1- Mục tiêu/Chỉ tiêu/nội dung", "objective"],
    ["2- Nhiệm vụ", "task"],
    ["(3) HOẠT ĐỘNG", "activity"],
    ["4. Kết quả, sản phẩm", "output"],
    ["Chu tri", "lead"],
    ["Đơn vị phối hợp", "partners"],
    ["7- Thời gian hoàn thành", "deadline"],
    ["Thời hạn", "deadline"],
    ["8- Kinh phí", "funding"],
    ["Ghi chú", undefined],
    ["Tổ chức thực hiện có hiệu quả các nội dung, nhiệm vụ trong kế hoạch CCHC của tỉnh", undefined],
  ])("%j → %s", (heading, role) => {
    expect(headingRole(heading)).toBe(role);
  });
});

describe("findHeader", () => {
  it("finds the first row naming three or more columns, and maps columns by meaning", () => {
    const rows = [{ cells: ["KẾ HOẠCH"] }, { cells: ["x", "Hoạt động", "TT", "Mục tiêu", "Hoạt động"] }];
    expect(findHeader(rows)).toEqual({ rowIndex: 1, columns: { activity: 1, tt: 2, objective: 3 }, duplicates: [4] });
    expect(findHeader([{ cells: ["Mục tiêu", "Ghi chú"] }])).toBeUndefined();
  });
});
