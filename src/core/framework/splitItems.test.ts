import fc from "fast-check";
import { splitItems } from "./splitItems";

describe("splitItems", () => {
  it.each([
    [
      "3.1. Xây dựng 3.2. Tổng hợp",
      3,
      "",
      [
        ["3.1", "Xây dựng"],
        ["3.2", "Tổng hợp"],
      ],
    ],
    [
      "3.17 Ban hành Kế hoạch 3.18. Thông báo",
      3,
      "",
      [
        ["3.17", "Ban hành Kế hoạch"],
        ["3.18", "Thông báo"],
      ],
    ],
    ["2.12: Tiếp tục triển khai", 2, "", [["2.12", "Tiếp tục triển khai"]]],
    ["2.10 Nghiên cứu, đề xuất", 2, "", [["2.10", "Nghiên cứu, đề xuất"]]],
    ["1.6. 100% Quyết định công bố", 1, "", [["1.6", "100% Quyết định công bố"]]],
    ["TTHC tại Bộ phận Một cửa 3.6. Theo dõi", 3, "TTHC tại Bộ phận Một cửa", [["3.6", "Theo dõi"]]],
    ["đạo khắc phục các tồn tại", 3, "đạo khắc phục các tồn tại", []],
    // Figures inside running text never start an item.
    ["đáp ứng TCVN ISO 9001:2015 trong năm", 1, "đáp ứng TCVN ISO 9001:2015 trong năm", []],
    ["tăng 1.5 lần so với năm trước", 1, "tăng 1.5 lần so với năm trước", []],
    ["Giảm 3.5 triệu đồng", 3, "Giảm 3.5 triệu đồng", []],
    ["", 3, "", []],
    // Cut by a page break right after the number: the text comes on the next line.
    ["1.1.", 1, "", [["1.1", ""]]],
    ["Xây dựng kế hoạch 3.2.", 3, "Xây dựng kế hoạch", [["3.2", ""]]],
    ["đạt 3.5", 3, "đạt 3.5", []],
  ])("%j (level %i)", (text, level, leading, items) => {
    const split = splitItems(text, level);
    expect(split.leading).toBe(leading);
    expect(split.items.map((item) => [item.number, item.text])).toEqual(items);
  });

  it("flags a number of another column's level at the start of a cell", () => {
    expect(splitItems("2.3. Xây dựng", 3).items).toEqual([{ number: "2.3", text: "Xây dựng", offLevel: true }]);
    expect(splitItems("3.3. Xây dựng", 3).items[0].offLevel).toBe(false);
  });

  it("loses no word of the cell: leading text and item texts are the cell minus the numbers", () => {
    const syllables = "quản lý văn bản sở nội vụ kiểm tra hồ sơ đơn vị thủ tục hành chính điện tử Đề án".split(" ");
    const word = fc.constantFrom(...syllables);
    const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);
    const item = fc.tuple(fc.integer({ min: 1, max: 30 }), fc.array(word, { minLength: 1, maxLength: 6 }));
    fc.assert(
      fc.property(fc.array(word, { maxLength: 3 }), fc.array(item, { maxLength: 4 }), (leading, items) => {
        const text = [
          ...leading,
          ...items.flatMap(([n, words]) => [`3.${n}.`, capital(words[0]), ...words.slice(1)]),
        ].join(" ");
        const split = splitItems(text, 3);
        const words = [split.leading, ...split.items.map((i) => i.text)].join(" ").split(" ").filter(Boolean);
        expect(words).toEqual(text.split(" ").filter((w) => !/^3\.\d+\.$/.test(w) && w !== ""));
        expect(split.items.map((i) => i.number)).toEqual(items.map(([n]) => `3.${n}`));
      }),
    );
  });
});
