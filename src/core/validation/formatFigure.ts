/**
 * Writes a figure for a message the way each language's reader expects it: `1.234,5` in Vietnamese,
 * `1,234.5` in English. Done by hand rather than with Intl so that messages are identical on every
 * host (Office webviews, Node builds with small ICU data).
 */
import type { Language } from "../messages/message";

const MAX_DECIMALS = 6;

/** A number with thousands separators and at most six decimals, trailing zeros dropped. */
export function formatFigure(value: number, language: Language): string {
  if (!Number.isFinite(value)) return String(value);
  const [thousands, decimal] = language === "vi" ? [".", ","] : [",", "."];
  const negative = value < 0;
  const magnitude = Math.abs(value);
  if (magnitude >= 1e15) return `${negative ? "-" : ""}${String(magnitude)}`;
  const [integer, fraction = ""] = magnitude.toFixed(MAX_DECIMALS).split(".");
  const trimmed = fraction.replace(/0+$/, "");
  const groupedInteger = integer.replace(/\B(?=(\d{3})+$)/g, thousands);
  const text = trimmed === "" ? groupedInteger : `${groupedInteger}${decimal}${trimmed}`;
  return negative && text !== "0" ? `-${text}` : text;
}
