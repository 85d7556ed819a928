/**
 * Reads a date typed as text the way Vietnamese staff write it (`15/3/2024`, `15-03-2024`, `15.3.24`,
 * `ngày 15 tháng 3 năm 2024`, or ISO `2024-03-15`), so the validator can say which date a text cell
 * would be. Day first, always: `03/04/2024` is 3 April.
 */
import { dateToSerial } from "../dates/excelDate";

export interface DateReading {
  /** The Excel serial of the date. */
  serial: number;
  /** `YYYY-MM-DD`. */
  iso: string;
}

const DAY_FIRST = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/;
const WORDS = /^(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})$/iu;
const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;

function make(year: number, month: number, day: number): DateReading | null {
  try {
    const serial = dateToSerial(year, month, day);
    const iso = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    return { serial, iso };
  } catch {
    return null;
  }
}

/** The date a text means (day/month/year; a two-digit year is 20yy), or null when it is not a real date. */
export function parseViDate(text: string): DateReading | null {
  const s = text
    .normalize("NFC")
    .replace(/[\u00A0\u202F]/g, " ")
    .trim();
  const dayFirst = DAY_FIRST.exec(s);
  if (dayFirst) {
    const year = dayFirst[4].length === 2 ? 2000 + Number(dayFirst[4]) : Number(dayFirst[4]);
    return make(year, Number(dayFirst[3]), Number(dayFirst[1]));
  }
  const words = WORDS.exec(s);
  if (words) return make(Number(words[3]), Number(words[2]), Number(words[1]));
  const iso = ISO.exec(s);
  if (iso) return make(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  return null;
}
