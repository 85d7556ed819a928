import { planInfo } from "./planInfo";

describe("planInfo", () => {
  it.each([
    [
      ["Về việc ban hành Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024"],
      [],
      "hatinh-2024",
      "Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024",
      2024,
    ],
    [
      ["KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ ĐÀ NẴNG NĂM 2025"],
      [],
      "danang-2025",
      "KẾ HOẠCH CẢI CÁCH HÀNH CHÍNH THÀNH PHỐ ĐÀ NẴNG NĂM 2025",
      2025,
    ],
    [
      ["PHỤ LỤC", "KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024"],
      [],
      "khung-nhiem-vu-cai-cach-hanh-chinh-trong-tam-2024",
      "KHUNG NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH TRỌNG TÂM NĂM 2024",
      2024,
    ],
    [[], ["Quý I/2025", "Năm 2025", "Năm 2024"], "khung-nhiem-vu-cchc-2025", "Khung nhiệm vụ CCHC năm 2025", 2025],
  ])("%j", (preamble, deadlines, id, title, year) => {
    expect(planInfo(preamble, deadlines)).toEqual({ id, title, year });
  });

  it("lets the caller's options win, and leaves the year unknown when nothing tells it", () => {
    expect(planInfo(["Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024"], [], { id: "x", year: 2030 })).toMatchObject(
      { id: "x", year: 2030 },
    );
    expect(planInfo([], ["Thường xuyên"]).year).toBeUndefined();
    expect(planInfo([], ["Thường xuyên"], { defaultYear: 2026 }).year).toBe(2026);
  });
});
