import fc from "fast-check";
import { fileNameForUnit } from "./fileNameForUnit";

describe("fileNameForUnit", () => {
  it.each([
    ["Sở Nội vụ", "2024-Q1", "So-theo-doi_So-Noi-vu_2024-Q1.xlsx"],
    ["UBND huyện Đức Thọ", "2024", "So-theo-doi_UBND-huyen-Duc-Tho_2024.xlsx"],
    ["Sở KH&CN", "2024-H1", "So-theo-doi_So-KH-CN_2024-H1.xlsx"],
    ["???", "2024", "So-theo-doi_don-vi_2024.xlsx"],
  ])("%s → %s", (unit, period, expected) => expect(fileNameForUnit(unit, period, new Set())).toBe(expected));

  it("never repeats a name within one batch and keeps names file-system safe", () => {
    fc.assert(
      fc.property(fc.array(fc.string(), { maxLength: 30 }), (names) => {
        const used = new Set<string>();
        const files = names.map((n) => fileNameForUnit(n, "2024", used));
        expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
        for (const f of files) expect(f).toMatch(/^[A-Za-z0-9._-]+$/);
      }),
    );
  });
});
