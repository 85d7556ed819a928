import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import { normalizeText } from "./normalizeText";

describe("normalizeText", () => {
  it.each([
    ["Quý\nI/2024", "Quý I/2024"],
    ["  Sở  Nội\tvụ \r\n", "Sở Nội vụ"],
    ["Thường\u00A0xuyên", "Thường xuyên"],
    ["Tr\u200Bước", "Trước"],
    ["Nội vụ".normalize("NFD"), "Nội vụ"],
    ["", ""],
    [" \n\t ", ""],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeText(input)).toBe(expected);
  });

  it("is idempotent, NFC, and leaves no double, leading or trailing space", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite" }), fc.string({ unit: "binary" }), (a, b) => {
        for (const text of [a, b, a + "\u200B\u0301" + b]) {
          const once = normalizeText(text);
          expect(normalizeText(once)).toBe(once);
          expect(once.normalize("NFC")).toBe(once);
          expect(once).not.toMatch(/\s\s|^\s|\s$|[\t\n\r\u00A0]/);
        }
      }),
    );
  });
});
