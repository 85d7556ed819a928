/**
 * The Hà Tĩnh 2024 framework, embedded so that the product works with no file at hand. The data is
 * generated from data/hatinh-2024-plan.txt (the plan, byte-identical to the source) and the reviewed
 * data/corrections-hatinh-2024.json by scripts/generate-framework.ts; a test regenerates it and
 * compares, so the JSON is exactly what the parser and the corrections produce.
 */
import type { Framework } from "./types";
import data from "./data/hatinh-2024.json";

const embedded: unknown = data;

/** The default framework: Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024. */
export const HA_TINH_2024_FRAMEWORK: Framework = embedded as Framework;
