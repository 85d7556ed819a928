/**
 * The COUNTIFS formulas of the summary sheets: ranges over the entry sheets' columns, and criteria written so
 * that outside text (a section ID, a unit's name) is always a quoted, escaped constant, never formula text.
 * Only COUNTIFS, SUM, IF, AND, DATE, YEAR, MONTH and ROUNDUP are used: Excel 2007+, LibreOffice and WPS.
 */
import { columnLetters, sheetRef } from "../workbook/a1";
import type { ActivityColumnKey, TargetColumnKey } from "../workbook/layout";
import type { LocatedSheet } from "../validation/trackingWorkbook";

/** Excel's limit on a text constant inside a formula, and on a COUNTIFS criterion. */
export const MAX_FORMULA_TEXT = 255;
/** Excel's limit on the length of a formula. */
export const MAX_FORMULA_LENGTH = 8192;

/** A text constant in a formula: quotes doubled; null when longer than Excel allows. */
export function textConstant(text: string): string | null {
  if (text.length > MAX_FORMULA_TEXT) return null;
  return `"${text.replace(/"/g, '""')}"`;
}

/** Escapes COUNTIFS wildcards (`*`, `?`, `~`) so the text matches itself. */
export function escapeWildcards(text: string): string {
  return text.replace(/[~*?]/g, (ch) => `~${ch}`);
}

/** A COUNTIFS criterion: a constant (`"=Đạt"`) or an expression (`"<="&NgayBaoCao`). */
export type Criterion = string;

/** Criterion: the cell equals this text (ignoring case, as COUNTIFS does); null if too long. */
export function equalsText(text: string): Criterion | null {
  return textConstant(`=${escapeWildcards(text)}`);
}

/** Criterion: the cell differs from this text. */
export function differsFromText(text: string): Criterion | null {
  return textConstant(`<>${escapeWildcards(text)}`);
}

/** Criterion: the cell contains `;group;` (a `Nhóm chủ trì` cell holds that group). */
export function holdsGroup(group: string): Criterion | null {
  return textConstant(`*;${escapeWildcards(group)};*`);
}

/** Criterion: the cell is a number compared with an expression, e.g. `"<="&NgayBaoCao`. */
export function compareTo(operator: "<=" | ">=", expression: string): Criterion {
  return `"${operator}"&${expression}`;
}

/** Absolute, sheet-qualified ranges over an entry sheet's data rows, one per located column. */
export class EntryRanges<K extends string> {
  constructor(
    private readonly located: LocatedSheet<K>,
    /** 0-based first and last data rows. */
    private readonly first: number,
    private readonly last: number,
  ) {}

  /** True when the workbook has the column. */
  has(key: K): boolean {
    return this.located.columns[key] >= 0;
  }

  /** `'Khung nhiệm vụ'!$Q$4:$Q$150`; throws for a missing column (callers ask `has` first). */
  range(key: K): string {
    const col = this.located.columns[key];
    if (!(col >= 0)) throw new Error(`Column ${key} is missing`);
    const letters = columnLetters(col);
    return sheetRef(this.located.name, `$${letters}$${this.first + 1}:$${letters}$${this.last + 1}`);
  }
}

export type ActivityRanges = EntryRanges<ActivityColumnKey>;
export type TargetRanges = EntryRanges<TargetColumnKey>;

/** One condition of a COUNTIFS: a range and its criterion. */
export type Condition = [range: string, criterion: Criterion | null];

/** One condition on a column as a one-item list, or null when the workbook lacks the column. */
export function conditionOn<K extends string>(
  ranges: EntryRanges<K> | null,
  key: K,
  criterion: Criterion | null,
): Condition[] | null {
  return ranges?.has(key) ? [[ranges.range(key), criterion]] : null;
}

/** `COUNTIFS(r1,c1,r2,c2,…)` without the leading `=`; null when a criterion could not be written. */
export function countIfs(conditions: Condition[]): string | null {
  if (conditions.some(([, criterion]) => criterion === null)) return null;
  return `COUNTIFS(${conditions.map(([range, criterion]) => `${range},${criterion}`).join(",")})`;
}

/** `=a+b+…` from formula parts (without `=`); null when any part is null or the result is too long. */
export function sumOf(parts: (string | null)[]): string | null {
  if (parts.length === 0 || parts.some((p) => p === null)) return null;
  const formula = `=${parts.join("+")}`;
  return formula.length > MAX_FORMULA_LENGTH ? null : formula;
}
