import { splitOutputs } from "./splitOutputs";

describe("splitOutputs", () => {
  it.each<[string, number, string[] | undefined]>([
    ["- Kế hoạch - Báo cáo", 2, ["Kế hoạch", "Báo cáo"]],
    ["4.1. Kế hoạch 4.2. Báo cáo", 2, ["Kế hoạch", "Báo cáo"]],
    // Any other count shares the whole cell.
    ["- Báo cáo rà soát - Quyết định - Tích hợp", 2, undefined],
    ["Công văn Báo cáo", 2, undefined],
    ["- Kế hoạch - Báo cáo", 1, undefined],
    ["Kinh tế - xã hội", 2, undefined],
  ])("%j for %i activities", (output, count, expected) => {
    expect(splitOutputs(output, count)).toEqual(expected);
  });
});
