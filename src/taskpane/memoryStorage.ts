import type { KeyValueStorage } from "./hostServices";

/** A storage kept in memory: the fallback when localStorage is unavailable, and the tests' storage. */
export function memoryStorage(
  initial: Record<string, string> = {},
): KeyValueStorage & { snapshot(): Record<string, string> } {
  const values = new Map(Object.entries(initial));
  return {
    getItem: (key) => values.get(key) ?? null,
    setItem: (key, value) => {
      values.set(key, value);
    },
    snapshot: () => Object.fromEntries(values),
  };
}
