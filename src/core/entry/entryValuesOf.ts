/**
 * What a save writes for the form's text: figures and dates read the Vietnamese way (parseViNumber,
 * parseViDate) and written as real numbers and date serials, text as text, blanks as empty cells.
 */
import { matchKey } from "../text/matchKey";
import { parseViDate } from "../validation/parseViDate";
import { parseViNumber } from "../validation/parseViNumber";
import { NOT_APPLICABLE_MARK } from "../workbook/layout";
import { entryKeys } from "./entryKeys";
import type { EntryForm, EntryKey, EntryKind, EntryValue, EntryValues } from "./entryTypes";

/** What the workbook's rules take as the Không phát sinh mark (besides TRUE): `x` and `có`. */
const MARKS = new Set(["x", "co"]);

/** True when the text marks a target as not applicable, as the workbook's rules read it. */
export function isNotApplicableMark(text: string): boolean {
  const key = matchKey(text).trim();
  return MARKS.has(key) || key === "true";
}

export interface EntryValuesReading {
  /** The value each field would write. */
  values: EntryValues;
  /** Fields holding text that is no number (Thực hiện, Tổng số) or no date (Ngày hoàn thành). */
  unreadable: EntryKey[];
}

function valueOf(key: EntryKey, text: string): { value: EntryValue; readable: boolean } {
  if (text.trim() === "") return { value: null, readable: true };
  switch (key) {
    case "done":
    case "total": {
      const reading = parseViNumber(text);
      return reading ? { value: reading.value, readable: true } : { value: text, readable: false };
    }
    case "doneDate": {
      const reading = parseViDate(text);
      return reading ? { value: reading.serial, readable: true } : { value: text, readable: false };
    }
    case "notApplicable":
      return { value: isNotApplicableMark(text) ? NOT_APPLICABLE_MARK : text, readable: true };
    default:
      return { value: text, readable: true };
  }
}

/** Reads the given fields of a form (all the kind's entry fields when `keys` is absent). */
export function entryValuesOf(kind: EntryKind, form: EntryForm, keys?: Iterable<EntryKey>): EntryValuesReading {
  const values: EntryValues = {};
  const unreadable: EntryKey[] = [];
  const wanted = new Set(keys ?? entryKeys(kind));
  for (const key of entryKeys(kind)) {
    if (!wanted.has(key)) continue;
    const { value, readable } = valueOf(key, form[key] ?? "");
    values[key] = value;
    if (!readable) unreadable.push(key);
  }
  return { values, unreadable };
}
