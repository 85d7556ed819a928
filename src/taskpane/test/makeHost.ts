import type { HostServices } from "../hostServices";
import { memoryStorage } from "../memoryStorage";

/** A host for render tests: a supported Excel in the light theme, with in-memory storage, unless overridden. */
export function makeHost(overrides: Partial<HostServices> = {}): HostServices {
  return { kind: "excel", theme: "light", storage: memoryStorage(), defaultLanguage: "vi", ...overrides };
}
