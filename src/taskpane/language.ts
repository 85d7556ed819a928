import type { Language } from "../core/messages/message";
import type { KeyValueStorage } from "./hostServices";

/** Where the pane remembers the user's language; namespaced because Office shares localStorage per origin. */
export const LANGUAGE_STORAGE_KEY = "par-tracker.language";

/**
 * Reads the remembered language, falling back when nothing valid is stored or storage throws
 * (Office can deny localStorage in private or locked-down sessions).
 */
export function readLanguage(storage: KeyValueStorage, fallback: Language): Language {
  try {
    const stored = storage.getItem(LANGUAGE_STORAGE_KEY);
    return stored === "vi" || stored === "en" ? stored : fallback;
  } catch {
    return fallback;
  }
}

/** Remembers the language; returns false when storage refused, so the choice lasts only this session. */
export function writeLanguage(storage: KeyValueStorage, language: Language): boolean {
  try {
    storage.setItem(LANGUAGE_STORAGE_KEY, language);
    return true;
  } catch {
    return false;
  }
}
