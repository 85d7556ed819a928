import { parseMainTargets } from "./parseMainTargets";

describe("parseMainTargets", () => {
  it("reads part II's numbered targets by group, joining paragraphs cut by page breaks and leaving footnotes out", () => {
    const lines = [
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1.1. Tiếp tục triển khai (not a target: part I)",
      "II. CÁC CHỈ TIÊU CHỦ YẾU",
      "",
      "1. Chỉ đạo điều hành CCHC",
      "1.1. Tối thiểu 35% cơ quan được kiểm tra.",
      "3. Cải cách thủ tục hành chính",
      "3.2. 100% TTHC được cập nhật lên cơ sở dữ liệu quốc gia về",
      "",
      "¹Nghị quyết số 76/NQ-CP",
      "TTHC và công khai; tỷ lệ nộp hồ sơ trực tuyến đạt 70%.",
      "III. NHIỆM VỤ, GIẢI PHÁP CHUNG",
      "1.1. Not a target either",
    ];
    expect(parseMainTargets(lines)).toEqual([
      {
        id: "CT1.1",
        group: 1,
        groupTitle: "Chỉ đạo điều hành CCHC",
        text: "Tối thiểu 35% cơ quan được kiểm tra.",
        location: { line: 6 },
      },
      {
        id: "CT3.2",
        group: 3,
        groupTitle: "Cải cách thủ tục hành chính",
        text: "100% TTHC được cập nhật lên cơ sở dữ liệu quốc gia về TTHC và công khai; tỷ lệ nộp hồ sơ trực tuyến đạt 70%.",
        location: { line: 8 },
      },
    ]);
  });

  it("finds nothing in a text without part II", () => {
    expect(parseMainTargets(["TT\tMục tiêu", "1\t1.1. Nâng cao"])).toEqual([]);
  });
});
