import { matchKey } from "../text/matchKey";
import { normalizeText } from "../text/normalizeText";

export interface PlanInfoOptions {
  id?: string;
  title?: string;
  year?: number;
  /** The year to assume when neither the title nor the deadlines give one. */
  defaultYear?: number;
}

export interface PlanInfo {
  id: string;
  title: string;
  /** Undefined when nothing tells the plan's year. */
  year: number | undefined;
}

const PLAN_TITLE = /ke hoach cai cach hanh chinh\b.*?\bnam (\d{4})/;
const APPENDIX_TITLE = /khung nhiem vu\b.*?\bnam (\d{4})/;
const PROVINCE = /\b(?:tinh|thanh pho) ([a-z ]+?) nam \d{4}/;

/**
 * Works out a framework's identity from the text above the table (the plan's or the sheet's title)
 * and its deadlines: the title (`Kế hoạch cải cách hành chính tỉnh Hà Tĩnh năm 2024`), the year, and
 * an ID made of the province and the year (`hatinh-2024`). Options given by the caller win.
 */
export function planInfo(
  preamble: readonly string[],
  deadlines: readonly string[],
  options: PlanInfoOptions = {},
): PlanInfo {
  let title: string | undefined;
  let titleYear: number | undefined;
  for (const pattern of [PLAN_TITLE, APPENDIX_TITLE]) {
    for (const raw of preamble) {
      const line = normalizeText(raw);
      const match = pattern.exec(matchKey(line));
      if (match === null) continue;
      const found = line.slice(match.index, match.index + match[0].length);
      title = found.charAt(0).toUpperCase() + found.slice(1);
      titleYear = Number(match[1]);
      break;
    }
    if (title !== undefined) break;
  }
  const year = options.year ?? titleYear ?? commonYear(deadlines) ?? options.defaultYear;
  const finalTitle =
    options.title ?? title ?? (year === undefined ? "Khung nhiệm vụ CCHC" : `Khung nhiệm vụ CCHC năm ${year}`);
  return { id: options.id ?? deriveId(finalTitle, year), title: finalTitle, year };
}

function commonYear(texts: readonly string[]): number | undefined {
  const counts = new Map<number, number>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<!\d)(20\d\d)(?!\d)/g)) {
      const year = Number(match[1]);
      counts.set(year, (counts.get(year) ?? 0) + 1);
    }
  }
  let best: number | undefined;
  // Ties go to the later year: a plan's early tasks are due in the December before it, never after it.
  for (const [year, count] of counts) {
    const bestCount = best === undefined ? 0 : (counts.get(best) ?? 0);
    if (best === undefined || count > bestCount || (count === bestCount && year > best)) best = year;
  }
  return best;
}

function deriveId(title: string, year: number | undefined): string {
  const key = matchKey(title);
  const province = PROVINCE.exec(key);
  const base =
    province !== null
      ? province[1].replace(/[^a-z0-9]/g, "")
      : key
          .replace(/\bnam \d{4}\b/, "")
          .split(/[^a-z0-9]+/)
          .filter((word) => word !== "")
          .slice(0, 10)
          .join("-") || "framework";
  return year === undefined ? base : `${base}-${year}`;
}
