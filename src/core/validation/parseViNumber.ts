/**
 * Reads text that people type for a figure the way a Vietnamese reader means it: decimal comma and
 * thousands dot (`2,5`, `1.234`, `1.234,5`, `94%`). The validator uses it to say which number a text
 * cell would be, never to change the cell: the workbook's formulas treat text as not a number.
 */

export interface NumberReading {
  value: number;
  /** The text ended with `%`: `value` is the percentage itself (`94%` → 94). */
  percent: boolean;
  /**
   * How separators were read: `vi` (decimal comma / thousands dot, or plain digits), or `en` when only
   * the English reading makes sense (`2.5`, `1,234,567`, `1,234.5`), which messages point out.
   */
  style: "vi" | "en";
}

const SPACE_LIKE = /[\u00A0\u2007\u202F\u2009]/g;
const MINUS = /^[-\u2212\u2013]/;

function grouped(integer: string, separator: "." | ","): boolean {
  const pattern = separator === "." ? /^[1-9]\d{0,2}(\.\d{3})+$/ : /^[1-9]\d{0,2}(,\d{3})+$/;
  return pattern.test(integer);
}

/** The plain digits-and-point form of a body of digits and separators, and the style it was read in. */
function readBody(body: string): { plain: string; style: "vi" | "en" } | null {
  if (!/^\d[\d.,]*$/.test(body) || !/\d$/.test(body)) return null;
  const dots = body.split(".").length - 1;
  const commas = body.split(",").length - 1;
  if (dots === 0 && commas === 0) return { plain: body, style: "vi" };
  if (dots > 0 && commas > 0) {
    const lastDot = body.lastIndexOf(".");
    const lastComma = body.lastIndexOf(",");
    const decimal = lastComma > lastDot ? "," : ".";
    const thousands = decimal === "," ? "." : ",";
    const at = Math.max(lastDot, lastComma);
    const integer = body.slice(0, at);
    const fraction = body.slice(at + 1);
    if (body.split(decimal).length - 1 !== 1 || !grouped(integer, thousands) || !/^\d+$/.test(fraction)) return null;
    return { plain: `${integer.split(thousands).join("")}.${fraction}`, style: decimal === "," ? "vi" : "en" };
  }
  if (commas > 0) {
    if (commas === 1) return { plain: body.replace(",", "."), style: "vi" };
    return grouped(body, ",") ? { plain: body.split(",").join(""), style: "en" } : null;
  }
  if (grouped(body, ".")) return { plain: body.split(".").join(""), style: "vi" };
  return dots === 1 ? { plain: body, style: "en" } : null;
}

/**
 * The number a text means in Vietnamese usage, or null when it is not a number: an optional sign, digits
 * with thousands dots (or spaces) and a decimal comma, and an optional trailing `%`. A lone dot that cannot
 * be a thousands separator (`2.5`) is read as a decimal point, and said so through `style`.
 */
export function parseViNumber(text: string): NumberReading | null {
  let s = text.replace(SPACE_LIKE, " ").trim();
  let percent = false;
  if (s.endsWith("%")) {
    percent = true;
    s = s.slice(0, -1).trimEnd();
  }
  let sign = 1;
  if (MINUS.test(s) || s.startsWith("+")) {
    if (!s.startsWith("+")) sign = -1;
    s = s.slice(1).trimStart();
  }
  if (s.includes(" ")) {
    // Spaces group thousands only: `1 234 567` or `1 234,5`.
    if (!/^[1-9]\d{0,2}( \d{3})+([.,]\d+)?$/.test(s)) return null;
    s = s.split(" ").join("");
  }
  const body = readBody(s);
  if (!body) return null;
  const value = sign * Number(body.plain);
  if (!Number.isFinite(value)) return null;
  return { value: value === 0 ? 0 : value, percent, style: body.style };
}
