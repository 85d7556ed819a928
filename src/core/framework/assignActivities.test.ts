import { assignActivities } from "./assignActivities";
import { textSimilarity } from "./textSimilarity";

describe("assignActivities", () => {
  it.each<[string[], string[], number[]]>([
    [["Tập huấn cho các đơn vị"], ["Tổ chức tập huấn", "Cho ý kiến"], [0, 0]],
    [
      [
        "Tiếp tục đẩy mạnh số hóa hồ sơ, trả kết quả giải quyết TTHC",
        "Đẩy mạnh chứng thực điện tử",
        "Kết nối chia sẻ các dữ liệu dùng chung",
      ],
      [
        "Triển khai chứng thực điện tử",
        "Kiểm tra danh tính số",
        "Thực hiện số hoá thành phần hồ sơ, kết quả giải quyết TTHC",
      ],
      [1, 2, 0],
    ],
    // Nothing tells the texts apart: the source order stands.
    [
      ["Việc một", "Việc hai"],
      ["Làm gì đó", "Làm khác"],
      [0, 1],
    ],
    // More activities than tasks: each goes to its closest task.
    [
      ["Tập huấn cán bộ", "Kiểm tra hồ sơ"],
      ["Mở lớp tập huấn", "Kiểm tra hồ sơ tại đơn vị", "Tổng hợp"],
      [0, 1, 1],
    ],
  ])("%j × %j → %j", (tasks, activities, expected) => {
    expect(assignActivities(tasks, activities)).toEqual(expected);
  });
});

describe("textSimilarity", () => {
  it("is 1 for the same text, 0 for texts with no content word in common, and symmetric", () => {
    expect(textSimilarity("Chứng thực điện tử", "chứng thực ĐIỆN TỬ")).toBe(1);
    expect(textSimilarity("Chứng thực điện tử", "Tập huấn cán bộ")).toBe(0);
    expect(textSimilarity("số hóa hồ sơ", "hồ sơ số")).toBe(textSimilarity("hồ sơ số", "số hóa hồ sơ"));
    expect(textSimilarity("", "x")).toBe(0);
  });
});
