/**
 * The plan's words for alignments, alert styles and dates next to Office.js's, in both directions, so
 * the writer and the describer cannot drift apart. String literals only: the `Excel.*` enum objects
 * exist at run time in Office only, never in Node tests.
 */
import type { HorizontalAlignment, ValidationPlan, VerticalAlignment } from "../core/workbook/workbookPlan";

type ExcelHorizontal = "General" | "Left" | "Center" | "Right" | "CenterAcrossSelection";
type ExcelVertical = "Top" | "Center" | "Bottom";
type ExcelAlertStyle = "Stop" | "Warning" | "Information";

export const HORIZONTAL_TO_EXCEL: Record<HorizontalAlignment, ExcelHorizontal> = {
  general: "General",
  left: "Left",
  center: "Center",
  right: "Right",
  centerAcrossSelection: "CenterAcrossSelection",
};

export const VERTICAL_TO_EXCEL: Record<VerticalAlignment, ExcelVertical> = {
  top: "Top",
  middle: "Center",
  bottom: "Bottom",
};

export const ALERT_TO_EXCEL: Record<ValidationPlan["error"]["style"], ExcelAlertStyle> = {
  stop: "Stop",
  warning: "Warning",
  information: "Information",
};

/** Reverses one of the maps above; unknown Excel words (e.g. "Justify") give undefined. */
export function fromExcel<K extends string>(map: Record<K, string>, excel: string | undefined): K | undefined {
  const entry = Object.entries(map).find(([, value]) => value === excel);
  return entry ? (entry[0] as K) : undefined;
}

/** Points per inch: the plan keeps margins in inches (as .xlsx files do), Office.js in points. */
export const POINTS_PER_INCH = 72;

const MS_PER_DAY = 86_400_000;
/** Day 0 of Excel's 1900 date system, as Excel counts from 1 March 1900 on (after its phantom 29 Feb 1900). */
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/**
 * An Excel date serial as the ISO 8601 text Office.js accepts for date validation bounds: a date, or a
 * date and time when the serial has a fraction.
 */
export function serialToIso(serial: number): string {
  const days = serial < 61 ? serial + 1 : serial;
  const iso = new Date(EPOCH_1900 + Math.round(days * MS_PER_DAY)).toISOString();
  return Number.isInteger(serial) ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** The Excel date serial of an ISO 8601 date or date-time; NaN when the text is not one. */
export function isoToSerial(iso: string): number {
  const time = Date.parse(/T/.test(iso) ? `${iso.replace(/Z$/, "")}Z` : `${iso}T00:00:00Z`);
  if (Number.isNaN(time)) return NaN;
  const days = (time - EPOCH_1900) / MS_PER_DAY;
  return days < 61 ? days - 1 : days;
}
