import fc from "fast-check";
import { joinFragments } from "./joinFragments";

describe("joinFragments", () => {
  it.each([
    ["Quý", "I/2024", "Quý I/2024"],
    ["Theo dự", "toán được cấp", "Theo dự toán được cấp"],
    ["Các cơ quan, đơn vị, địa", "phương", "Các cơ quan, đơn vị, địa phương"],
    ["Quyết định số 2088/", "QĐ-UBND", "Quyết định số 2088/QĐ-UBND"],
    ["COVID-", "19", "COVID-19"],
    ["kinh tế -", "xã hội", "kinh tế - xã hội"],
    ["(", "nếu có)", "(nếu có)"],
    ["địa phương", ", Văn bản", "địa phương, Văn bản"],
    ["", "Năm 2024", "Năm 2024"],
    ["Năm 2024", "", "Năm 2024"],
  ])("%j + %j → %j", (before, after, joined) => {
    expect(joinFragments(before, after)).toBe(joined);
  });

  const word = fc.constantFrom(..."quý theo dự toán được cấp các cơ quan đơn vị địa phương hồ sơ".split(" "));
  const phrase = fc.array(word, { minLength: 1, maxLength: 5 }).map((words) => words.join(" "));

  it("keeps every word, adds no doubled space, and joins words with one space", () => {
    fc.assert(
      fc.property(phrase, phrase, (before, after) => {
        const joined = joinFragments(before, after);
        expect(joined).not.toMatch(/ {2}/);
        expect(joined.split(" ")).toEqual([...before.split(" "), ...after.split(" ")]);
      }),
    );
  });
});
