/**
 * Reads a deadline cell of the plan (`Thời gian hoàn thành`). The plan writes deadlines in prose
 * (`Trước 25/12/2023`, `Quý II, III/2024`, `Năm 2024-2026`, `Thường xuyên`, `Sau khi … công bố …`),
 * and statuses such as overdue and due soon are computed from what is read here.
 */
import type { Deadline, ParseWarning } from "./types";
import { matchKey } from "../text/matchKey";
import { normalizeText } from "../text/normalizeText";
import { formatMessage } from "../messages/message";
import {
  deadlineEmpty,
  deadlineInvalidDate,
  deadlineMixed,
  deadlineOutOfRange,
  deadlineRecurringYearly,
  deadlineSeveralDates,
  deadlineUnrecognised,
} from "../messages/parsing";

interface Found {
  due: string;
  /** The words it was read from, for warnings. */
  words: string;
}

const QUARTER_END = ["03-31", "06-30", "09-30", "12-31"];
const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };
const QUARTER_NUMERAL = "(?:iv|i{1,3}|[1-4])(?![a-z0-9])";
const LIST_GAP = "\\s*(?:,|-|–|va|den|toi)\\s*";

// Words that open a deadline set by an event rather than a date: `Theo Kế hoạch của Bộ Nội vụ`,
// `Sau khi … công bố …`, `Khi có chỉ đạo của Trung ương`. Any year inside them is part of the event.
const CONDITIONAL_START =
  /^(?:theo|sau khi|sau|khi|tuy theo|tuy thuoc|tuy|phu thuoc|cho|neu|can cu|ngay sau)(?![a-z0-9])/;
const CONDITIONAL_ANYWHERE = /(?<![a-z0-9])(?:theo|sau khi|khi co|tuy theo|phu thuoc)(?![a-z0-9])/;
// Compared with spaces removed, so that words broken in the source (`Thườn g xuyên`) still count.
const ONGOING = /thuongxuyen|lientuc|dinhky|hangngay|hangtuan|hangthang|hangquy/;
const YEARLY = /(?<![a-z0-9])hang nam(?![a-z0-9])/;

/**
 * Returns what a deadline cell means: a due date (`kind: "date"`, the last day of the latest period
 * it names), an ongoing task (`Thường xuyên`: never overdue) or a conditional one (set by an event:
 * no fixed date). A period without a year (`Quý I`, `Tháng 6`) falls in `planYear`. Anything it
 * cannot read becomes conditional with a warning, so nothing is reported overdue by mistake; a due
 * date is always a real day between `planYear - 1` and `planYear + 10`. `text` is kept as given.
 */
export function parseDeadline(text: string, planYear: number): { deadline: Deadline; warnings: ParseWarning[] } {
  const shown = normalizeText(text);
  const key = matchKey(text).replace(/[.;,\s]+$/, "");
  const warnings: ParseWarning[] = [];
  const conditional = (): { deadline: Deadline; warnings: ParseWarning[] } => ({
    deadline: { text, due: null, kind: "conditional" },
    warnings,
  });
  if (key === "") {
    warnings.push({ code: "deadline.empty", message: deadlineEmpty });
    return conditional();
  }
  if (CONDITIONAL_START.test(key)) return conditional();

  const found = findDates(key, planYear, shown, warnings);
  const ongoing = ONGOING.test(key.replace(/\s+/g, ""));
  if (found.length === 0) {
    if (ongoing) return { deadline: { text, due: null, kind: "ongoing" }, warnings };
    warnings.push({ code: "deadline.unrecognised", message: formatMessage(deadlineUnrecognised, { text: shown }) });
    return conditional();
  }

  const latest = found.reduce((best, next) => (next.due > best.due ? next : best));
  if (new Set(found.map((date) => date.due)).size > 1) {
    warnings.push({
      code: "deadline.several-dates",
      message: formatMessage(deadlineSeveralDates, { text: shown, due: displayDate(latest.due) }),
    });
  }
  if (ongoing || CONDITIONAL_ANYWHERE.test(key)) {
    warnings.push({
      code: "deadline.mixed",
      message: formatMessage(deadlineMixed, { text: shown, due: displayDate(latest.due) }),
    });
  }
  const year = Number(latest.due.slice(0, 4));
  if (year < planYear - 1 || year > planYear + 10) {
    warnings.push({
      code: "deadline.out-of-range",
      message: formatMessage(deadlineOutOfRange, {
        text: shown,
        due: displayDate(latest.due),
        from: planYear - 1,
        to: planYear + 10,
      }),
    });
    return conditional();
  }
  return { deadline: { text, due: latest.due, kind: "date" }, warnings };
}

/**
 * Reads every period the key names, longest forms first; each match is blanked out so that the
 * `2024` of `Quý I/2024` is not read again as `Năm 2024`.
 */
function findDates(key: string, planYear: number, shown: string, warnings: ParseWarning[]): Found[] {
  let rest = key;
  const found: Found[] = [];
  const take = (pattern: RegExp, read: (match: RegExpExecArray) => string | null): void => {
    for (const match of rest.matchAll(pattern)) {
      const due = read(match as RegExpExecArray);
      if (due) found.push({ due, words: match[0] });
    }
    rest = rest.replace(pattern, (whole) => " ".repeat(whole.length));
  };
  const invalid = (words: string): null => {
    warnings.push({
      code: "deadline.invalid-date",
      message: formatMessage(deadlineInvalidDate, { text: shown, date: words }),
    });
    return null;
  };
  const day = (d: string, m: string, y: string | undefined, words: string): string | null =>
    isoDate(Number(y ?? planYear), Number(m), Number(d)) ?? invalid(words);

  take(/(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/g, (m) => day(m[1], m[2], m[3], m[0]));
  take(/ngay\s*(\d{1,2})\s*thang\s*(\d{1,2})(?:\s*nam\s*(\d{4}))?/g, (m) => day(m[1], m[2], m[3], m[0]));
  take(
    /6 thang (dau|cuoi)(?:\s*nam)?(?:\s*(\d{4}))?/g,
    (m) => `${m[2] ?? planYear}-${m[1] === "dau" ? "06-30" : "12-31"}`,
  );
  take(
    new RegExp(
      `quy\\s*(${QUARTER_NUMERAL}(?:${LIST_GAP}(?:quy\\s*)?${QUARTER_NUMERAL})*)(?:\\s*(?:/|nam|-)\\s*(\\d{4}))?`,
      "g",
    ),
    (m) => {
      const quarters = m[1].split(/[^a-z0-9]+|va|den|toi/).filter((part) => part in ROMAN || /^[1-4]$/.test(part));
      const last = Math.max(...quarters.map((part) => ROMAN[part] ?? Number(part)));
      return `${m[2] ?? planYear}-${QUARTER_END[last - 1]}`;
    },
  );
  take(/thang\s*(\d{1,2}(?:\s*(?:,|-|–|va|den)\s*(?:thang\s*)?\d{1,2})*)(?:\s*(?:\/|nam|-)\s*(\d{4}))?/g, (m) => {
    const months = m[1].split(/\D+/).filter(Boolean).map(Number);
    return monthEnd(Number(m[2] ?? planYear), Math.max(...months)) ?? invalid(m[0]);
  });
  take(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{1,2})(?![\d/])/g, (m) => day(m[1], m[2], undefined, m[0]));
  take(/(?<![\d/])(\d{1,2})\s*\/\s*(\d{4})(?!\d)/g, (m) => monthEnd(Number(m[2]), Number(m[1])) ?? invalid(m[0]));
  take(/(?<!\d)(\d{4})\s*[-–]\s*(\d{4})(?!\d)/g, (m) => `${Math.max(Number(m[1]), Number(m[2]))}-12-31`);
  take(/(?<!\d)((?:19|20)\d{2})(?!\d)/g, (m) => `${m[1]}-12-31`);
  if (found.length === 0 && /(?<![a-z0-9])(?:trong|ca|cuoi) nam(?![a-z0-9])/.test(rest)) {
    found.push({ due: `${planYear}-12-31`, words: "trong năm" });
  }
  if (found.length === 0 && YEARLY.test(rest)) {
    const due = `${planYear}-12-31`;
    warnings.push({
      code: "deadline.recurring-yearly",
      message: formatMessage(deadlineRecurringYearly, { text: shown, due: displayDate(due) }),
    });
    found.push({ due, words: "hằng năm" });
  }
  return found;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

function monthEnd(year: number, month: number): string | null {
  if (month < 1 || month > 12) return null;
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

function displayDate(iso: string): string {
  const [year, month, day] = iso.split("-");
  return `${day}/${month}/${year}`;
}
