import { describe, expect, it } from "@jest/globals";
import fc from "fast-check";
import type { Language } from "../core/messages/message";
import type { KeyValueStorage } from "./hostServices";
import { LANGUAGE_STORAGE_KEY, readLanguage, writeLanguage } from "./language";
import { memoryStorage } from "./memoryStorage";

const throwingStorage: KeyValueStorage = {
  getItem: () => {
    throw new DOMException("denied", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("full", "QuotaExceededError");
  },
};

describe("readLanguage", () => {
  it.each([
    ["nothing stored", {}, "vi", "vi"],
    ["English stored", { [LANGUAGE_STORAGE_KEY]: "en" }, "vi", "en"],
    ["Vietnamese stored, English fallback", { [LANGUAGE_STORAGE_KEY]: "vi" }, "en", "vi"],
    ["unknown value stored", { [LANGUAGE_STORAGE_KEY]: "fr" }, "vi", "vi"],
    ["value in another case", { [LANGUAGE_STORAGE_KEY]: "EN" }, "vi", "vi"],
    ["other keys only", { language: "en" }, "vi", "vi"],
  ] as const)("%s", (_name, stored, fallback, expected) => {
    expect(readLanguage(memoryStorage({ ...stored }), fallback)).toBe(expected);
  });

  it("falls back when storage throws", () => {
    expect(readLanguage(throwingStorage, "vi")).toBe("vi");
    expect(readLanguage(throwingStorage, "en")).toBe("en");
  });
});

describe("writeLanguage", () => {
  it("stores under the namespaced key", () => {
    const storage = memoryStorage();
    expect(writeLanguage(storage, "en")).toBe(true);
    expect(storage.snapshot()).toEqual({ [LANGUAGE_STORAGE_KEY]: "en" });
  });

  it("reports failure instead of throwing when storage refuses", () => {
    expect(writeLanguage(throwingStorage, "en")).toBe(false);
  });

  it("round-trips any sequence of choices: the last one written is read back", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom<Language>("vi", "en"), { minLength: 1 }),
        fc.constantFrom<Language>("vi", "en"),
        (choices, fallback) => {
          const storage = memoryStorage();
          for (const choice of choices) writeLanguage(storage, choice);
          expect(readLanguage(storage, fallback)).toBe(choices[choices.length - 1]);
        },
      ),
    );
  });
});
