/**
 * The PAR reporting cycle (Ministry of Home Affairs guidance): Quý I, 6 tháng, Quý III and Năm,
 * each counting data from 15/12 of the previous year to its cut-off, and due by the 20th of the
 * period's last month. Codes are `YYYY-Q1`, `YYYY-H1`, `YYYY-Q3` and `YYYY`.
 */
import { bilingual, formatMessage, type Message } from "../messages/message";
import { periodCodeInvalid, periodCodeNotReported, periodLabels, periodYearOutOfRange } from "../messages/status";
import type { PeriodKind } from "./statusTypes";

export interface PeriodDefinition {
  kind: PeriodKind;
  /** What follows the year in the code: `-Q1`, `-H1`, `-Q3`, or nothing for the year. */
  suffix: "-Q1" | "-H1" | "-Q3" | "";
  /** The period's last month (1–12): the cut-off is the 14th of it and the report is due by the 20th. */
  lastMonth: 3 | 6 | 9 | 12;
}

/** The four reporting periods of every year, in order. */
export const periods: readonly PeriodDefinition[] = [
  { kind: "Q1", suffix: "-Q1", lastMonth: 3 },
  { kind: "H1", suffix: "-H1", lastMonth: 6 },
  { kind: "Q3", suffix: "-Q3", lastMonth: 9 },
  { kind: "Y", suffix: "", lastMonth: 12 },
];

/** Day of the last month on which data is cut off (14/03, 14/06, 14/09, 14/12). */
export const CUT_OFF_DAY = 14;
/** Day of the last month by which the report is due. */
export const REPORT_DUE_DAY = 20;
/** Data is counted from 15/12 of the previous year. */
export const DATA_START = { month: 12, day: 15 } as const;
export const MIN_PERIOD_YEAR = 1901;
export const MAX_PERIOD_YEAR = 9999;

/** A reporting period of a given year; dates are ISO `YYYY-MM-DD`. */
export interface Period {
  code: string;
  year: number;
  kind: PeriodKind;
  /** `Quý I năm 2024` / `Q1 2024`. */
  label: Message;
  /** 15/12 of the previous year: the first day whose data counts. */
  dataStart: string;
  /** The last day whose data counts, and the default as-of date of a workbook for the period. */
  cutOff: string;
  /** The report is due by this day. */
  reportDue: string;
}

/** A period code that cannot be read; `userMessage` says why, in both languages. */
export class PeriodCodeError extends Error {
  constructor(readonly userMessage: Message) {
    super(bilingual(userMessage));
    this.name = "PeriodCodeError";
  }
}

const iso = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

/** The period of one kind in one year. */
export function periodOf(year: number, kind: PeriodKind): Period {
  if (!Number.isInteger(year) || year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new RangeError(`Period year outside ${MIN_PERIOD_YEAR}–${MAX_PERIOD_YEAR}: ${year}`);
  }
  const definition = periods.find((p) => p.kind === kind);
  if (!definition) throw new RangeError(`Unknown period kind: ${kind}`);
  return {
    code: `${year}${definition.suffix}`,
    year,
    kind,
    label: formatMessage(periodLabels[kind], { year }),
    dataStart: iso(year - 1, DATA_START.month, DATA_START.day),
    cutOff: iso(year, definition.lastMonth, CUT_OFF_DAY),
    reportDue: iso(year, definition.lastMonth, REPORT_DUE_DAY),
  };
}

/** The four periods of a year, in order. */
export function periodsOfYear(year: number): Period[] {
  return periods.map((p) => periodOf(year, p.kind));
}

/**
 * Reads a period code (`2024-Q1`, `2024-H1`, `2024-Q3`, `2024`; spaces and letter case are forgiven).
 * Throws a PeriodCodeError with a bilingual message naming the code for anything else.
 */
export function parsePeriod(code: string): Period {
  const text = code.trim().toUpperCase();
  const match = /^(\d{4})(?:-(Q1|H1|Q3))?$/.exec(text);
  const yearText = /^\d{4}/.exec(text)?.[0] ?? "YYYY";
  if (!match) {
    const offCycle = /^\d{4}-(Q2|Q4|H2)$/.test(text);
    throw new PeriodCodeError(
      formatMessage(offCycle ? periodCodeNotReported : periodCodeInvalid, { code, year: yearText }),
    );
  }
  const year = Number(match[1]);
  if (year < MIN_PERIOD_YEAR || year > MAX_PERIOD_YEAR) {
    throw new PeriodCodeError(
      formatMessage(periodYearOutOfRange, { code, year, min: MIN_PERIOD_YEAR, max: MAX_PERIOD_YEAR }),
    );
  }
  const kind = (match[2] ?? "Y") as PeriodKind;
  return periodOf(year, kind);
}
