/**
 * Data validation in canonical ranges. Excel keeps one validation per cell (a later rule on a cell
 * replaces the earlier one) and Office JS can only be asked cell by cell, while plans and .xlsx files
 * speak in ranges that may be cut differently. Expanding to cells and regrouping into rectangles gives
 * one form that all of them agree on.
 */
import { parseRangeAddress, rangeAddress } from "./a1";
import type { ValidationPlan } from "./workbookPlan";

/** Everything but the range, as one comparable key; field order fixed so equal rules give equal keys. */
function ruleKey(validation: ValidationPlan): string {
  const { rule, allowBlank, prompt, error } = validation;
  const ruleFields = Object.keys(rule)
    .sort()
    .map((key) => [key, (rule as unknown as Record<string, unknown>)[key]]);
  const shownPrompt = prompt && (prompt.title !== "" || prompt.text !== "") ? [prompt.title, prompt.text] : null;
  return JSON.stringify([ruleFields, allowBlank, shownPrompt, [error.title, error.text, error.style]]);
}

interface Run {
  row: number;
  col: number;
  width: number;
  height: number;
  key: string;
}

/**
 * Spreads validations over their cells (later ones win, as in Excel), then regroups equal neighbours
 * into maximal runs along each row, merged downwards into rectangles; sorted by row, then column.
 */
export function groupValidations(validations: ValidationPlan[]): ValidationPlan[] {
  const byKey = new Map<string, ValidationPlan>();
  const cells = new Map<number, Map<number, string>>();
  for (const validation of validations) {
    const key = ruleKey(validation);
    byKey.set(key, validation);
    const { row, col, rowCount, colCount } = parseRangeAddress(validation.range.replace(/\$/g, ""));
    for (let r = row; r < row + rowCount; r++) {
      let columns = cells.get(r);
      if (!columns) cells.set(r, (columns = new Map()));
      for (let c = col; c < col + colCount; c++) columns.set(c, key);
    }
  }
  const done: Run[] = [];
  let open = new Map<string, Run>();
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const columns = cells.get(row) ?? new Map<number, string>();
    const runs: Run[] = [];
    for (const col of [...columns.keys()].sort((a, b) => a - b)) {
      const key = columns.get(col) ?? "";
      const last = runs[runs.length - 1];
      if (last && last.key === key && last.col + last.width === col) last.width++;
      else runs.push({ row, col, width: 1, height: 1, key });
    }
    const next = new Map<string, Run>();
    for (const run of runs) {
      const id = `${run.col}:${run.width}:${run.key}`;
      const above = open.get(id);
      if (above && above.row + above.height === row) {
        above.height++;
        open.delete(id);
        next.set(id, above);
      } else {
        next.set(id, run);
      }
    }
    done.push(...open.values());
    open = next;
  }
  done.push(...open.values());
  done.sort((a, b) => a.row - b.row || a.col - b.col);
  return done.map((run) => ({
    ...(byKey.get(run.key) as ValidationPlan),
    range: rangeAddress(run.row, run.col, run.height, run.width),
  }));
}
