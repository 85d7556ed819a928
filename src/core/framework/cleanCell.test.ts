import { cleanCell } from "./cleanCell";

describe("cleanCell", () => {
  it.each([
    ["<p>3.11. Nâng cao</p> <p>3.12. Triển khai</p>", "3.11. Nâng cao 3.12. Triển khai"],
    ["<P class='x'>Báo cáo</P>", "Báo cáo"],
    ["a<br/>b", "a b"],
    ["Thườn g xuyên", "Thườn g xuyên"],
    ["  Sở  Nội\u00A0vụ \n", "Sở Nội vụ"],
    ["KH&amp;CN", "KH&CN"],
    ["tỷ lệ < 5% và > 2%", "tỷ lệ < 5% và > 2%"],
    ["Phân đầu", "Phân đầu"],
    ["", ""],
  ])("%j → %j", (raw, clean) => {
    expect(cleanCell(raw)).toBe(clean);
  });
});
