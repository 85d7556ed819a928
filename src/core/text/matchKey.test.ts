import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { matchKey } from "./matchKey";
import { normalizeText } from "./normalizeText";

describe("matchKey", () => {
  it.each([
    ["Sở Thông tin và Truyền thông", "so thong tin va truyen thong"],
    ["ĐẦU TƯ", "dau tu"],
    ["Thườn g  xuyên", "thuon g xuyen"],
    ["Quý I/2024", "quy i/2024"],
    ["Sở KH&CN", "so kh&cn"],
    ["Ủy ban", "uy ban"],
    ["Uỷ ban", "uy ban"],
    ["số hoá", "so hoa"],
    ["số hóa", "so hoa"],
  ])("folds %j to %j", (input, expected) => {
    expect(matchKey(input)).toBe(expected);
  });

  it("keeps the length of the normalised text, so positions found in the key hold in the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), fc.string({ unit: "binary" }), (a, b) => {
        expect(matchKey(a).length).toBe(normalizeText(a).length);
        expect(matchKey(b).length).toBe(normalizeText(b).length);
      }),
    );
  });

  it("does not depend on case, Unicode form or spacing", () => {
    const words = fc.constantFrom("Sở", "Nội", "vụ", "Đầu", "tư", "Quý", "Thường", "xuyên", "Ủy", "ban", "hoá", "ĐỒNG");
    fc.assert(
      fc.property(
        fc.array(words, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(" ", "  ", "\n", "\t", "\u00A0"),
        (parts, gap) => {
          const text = parts.join(" ");
          const variant = parts.join(gap).toUpperCase().normalize("NFD");
          expect(matchKey(variant)).toBe(matchKey(text));
        },
      ),
    );
  });
});
