/**
 * Excel serial dates (1900 date system), the form every workbook stores dates in.
 *
 * Serial 1 is 1900-01-01. Excel (and, for compatibility, LibreOffice and WPS when reading .xlsx) keeps
 * Lotus 1-2-3's bug of treating 1900 as a leap year: serial 60 is the fictitious 1900-02-29. Serials
 * from 61 (1900-03-01) on therefore count days since 1899-12-30, serials 1–59 days since 1899-12-31,
 * and serial 60 has no real date. Plans and reports are all far after March 1900, so only the normal
 * branch matters in practice; the early branch exists so the mapping is exact wherever it is defined.
 */

const MS_PER_DAY = 86_400_000;
/** Day 0 of the serials from 61 on. */
const EPOCH_UTC = Date.UTC(1899, 11, 30);
/** 1900-03-01, the first serial after the fictitious leap day. */
const FIRST_NORMAL_SERIAL = 61;
/** 9999-12-31, the last date Excel can show. */
export const MAX_EXCEL_SERIAL = 2_958_465;

/** The Excel serial of a calendar date; throws a RangeError for a date that does not exist or Excel cannot store. */
export function dateToSerial(year: number, month: number, day: number): number {
  if (![year, month, day].every(Number.isInteger)) throw new RangeError(`Not a date: ${year}-${month}-${day}`);
  const utc = Date.UTC(year, month - 1, day);
  const check = new Date(utc);
  // Date.UTC maps years 0–99 to 1900–1999, and rolls 31/02 over into March: both mean "not this date".
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw new RangeError(`Not a date: ${year}-${month}-${day}`);
  }
  const days = Math.round((utc - EPOCH_UTC) / MS_PER_DAY);
  const serial = days >= FIRST_NORMAL_SERIAL ? days : days - 1;
  if (serial < 1 || serial > MAX_EXCEL_SERIAL) {
    throw new RangeError(`Date outside Excel's range (1900-01-01 … 9999-12-31): ${year}-${month}-${day}`);
  }
  return serial;
}

/** The Excel serial of an ISO date `YYYY-MM-DD`, for writing dates as real dates into workbooks. */
export function isoToSerial(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`Not an ISO date (YYYY-MM-DD): "${iso}"`);
  return dateToSerial(Number(match[1]), Number(match[2]), Number(match[3]));
}

/**
 * The ISO date `YYYY-MM-DD` of an Excel serial, for reading dates back from workbooks. A time of
 * day (the fraction) is dropped. Throws a RangeError for serial 60 (Excel's fictitious 1900-02-29)
 * and for serials outside 1 … 2958465.
 */
export function serialToIso(serial: number): string {
  if (!Number.isFinite(serial)) throw new RangeError(`Not an Excel date serial: ${serial}`);
  const whole = Math.floor(serial);
  if (whole < 1 || whole > MAX_EXCEL_SERIAL) throw new RangeError(`Excel date serial out of range: ${serial}`);
  if (whole === 60) throw new RangeError("Excel date serial 60 is the fictitious 1900-02-29");
  const days = whole >= FIRST_NORMAL_SERIAL ? whole : whole + 1;
  return new Date(EPOCH_UTC + days * MS_PER_DAY).toISOString().slice(0, 10);
}
