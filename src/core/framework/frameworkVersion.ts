import { canonicalJson } from "./canonicalJson";
import { sha256Hex } from "./hash";
import type { Framework } from "./types";

/** Length of the version string: 16 hex digits (64 bits) tell frameworks apart and stay short enough to show. */
const VERSION_LENGTH = 16;

/**
 * Returns the framework's content version: the SHA-256 of the canonical JSON of its sections and main
 * targets, shortened. Workbooks and consolidation compare it to know which framework a file was made from;
 * id, title and year are left out so that renaming a framework does not make old workbooks look foreign.
 */
export function frameworkVersion(framework: Pick<Framework, "sections" | "mainTargets">): string {
  return sha256Hex(canonicalJson({ sections: framework.sections, mainTargets: framework.mainTargets })).slice(
    0,
    VERSION_LENGTH,
  );
}
