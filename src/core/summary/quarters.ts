/** Quarters of the calendar, for "this quarter" and "next quarter" on the deadline sheet and in the report. */
import { dateToSerial, serialToIso } from "../dates/excelDate";
import { currentQuarter, nextQuarter } from "../messages/summary";

/** The first and last day (Excel serials) of the quarter after the one holding `asOfSerial`. */
export function nextQuarterRange(asOfSerial: number): { from: number; to: number } {
  const iso = serialToIso(Math.floor(asOfSerial));
  const year = Number(iso.slice(0, 4));
  const quarter = Math.ceil(Number(iso.slice(5, 7)) / 3);
  const nextYear = quarter === 4 ? year + 1 : year;
  const next = quarter === 4 ? 1 : quarter + 1;
  const from = dateToSerial(nextYear, next * 3 - 2, 1);
  const to = next === 4 ? dateToSerial(nextYear, 12, 31) : dateToSerial(nextYear, next * 3 + 1, 1) - 1;
  return { from, to };
}

/**
 * What the deadline sheet's Ghi chú shows for a quarter row (the same rule as its live formula): `Quý hiện tại`
 * when the as-of date falls in it, `Quý tới` when it is the quarter after, else nothing.
 */
export function quarterMarker(range: { from: number | null; to: number | null }, asOfSerial: number): string {
  if (range.from === null || range.to === null) return "";
  if (asOfSerial >= range.from && asOfSerial <= range.to) return currentQuarter.vi;
  return nextQuarterRange(asOfSerial).from === range.from ? nextQuarter.vi : "";
}
