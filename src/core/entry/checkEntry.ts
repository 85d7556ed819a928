/**
 * Checks one row as the user types, with the validator's own rules: the row, with the edited fields
 * holding what a save would write, goes through the same status engine and the same row checks as
 * `par-tracker validate` (checkActivities / checkTargets on a one-row workbook). Nothing here
 * re-states a rule; it only places the findings on the form's fields and says how typed text is read.
 */
import type { Message } from "../messages/message";
import * as msg from "../messages/entryView";
import { formatMessage } from "../messages/message";
import type { ActivityStatus, TargetStatus } from "../status/statusTypes";
import { checkActivities } from "../validation/checkActivities";
import { readDateEntry, readNumberEntry, showDate } from "../validation/checkEntryCell";
import { checkTargets } from "../validation/checkTargets";
import { evaluateWorkbook } from "../validation/evaluateWorkbook";
import type { Finding, FindingCode, Severity } from "../validation/finding";
import { FindingSink, placeOf } from "../validation/findingSink";
import { formatFigure } from "../validation/formatFigure";
import { parseViDate } from "../validation/parseViDate";
import { parseViNumber } from "../validation/parseViNumber";
import type { TrackingCell } from "../validation/trackingWorkbook";
import { ACTIVITY_COLUMNS, TARGET_COLUMNS } from "../workbook/layout";
import { entryKeys } from "./entryKeys";
import { singleRowWorkbook, type EntryRowModel } from "./entryRowModel";
import type { EntryForm, EntryKey, EntryValues } from "./entryTypes";
import { entryValuesOf } from "./entryValuesOf";

export interface EntryFinding {
  /** The field it is about; null for the row as a whole (e.g. a `Đánh giá` formula that was removed). */
  field: EntryKey | null;
  severity: Severity;
  code: FindingCode;
  /** The finding's message without the `Sheet!A1 (ID): ` prefix of the workbook report. */
  message: Message;
}

export interface EntryCheck {
  /** Errors and warnings of the row, in the validator's order. */
  findings: EntryFinding[];
  /** The row's status once the edited fields are written (null when the workbook gives no plan year). */
  status: ActivityStatus | TargetStatus | null;
  /** What a save writes: the edited fields only, figures and dates as numbers. */
  values: EntryValues;
  /** Edited fields whose text is no number or no date. */
  unreadable: EntryKey[];
}

const PLAIN_NUMBER = /^\d+$/;

function headerOf(key: EntryKey, kind: EntryRowModel["kind"]): string {
  const columns = kind === "activity" ? ACTIVITY_COLUMNS : TARGET_COLUMNS;
  return columns.find((column) => column.key === key)?.header ?? key;
}

/** The cell as a save would leave it: the value written, the cell's number format kept, no formula. */
function written(original: TrackingCell, value: EntryValues[EntryKey]): TrackingCell {
  const cell: TrackingCell = { value: value ?? null, address: original.address };
  if (original.numberFormat !== undefined) cell.numberFormat = original.numberFormat;
  return cell;
}

function withoutPlace(finding: Finding): Message {
  if (finding.sheet === null) return finding.message;
  const prefix = `${placeOf(finding.sheet, finding.cell, finding.id)}: `;
  const strip = (text: string) => (text.startsWith(prefix) ? text.slice(prefix.length) : text);
  return { vi: strip(finding.message.vi), en: strip(finding.message.en) };
}

/**
 * How typed text of a figure or date is read, when that is worth saying — any figure with separators or a
 * sign (`2,5`, `1.234`, `94%`), any date not already written `dd/mm/yyyy`. The validator decides that the
 * text reads as a number or date (its `number.text` / `date.text` findings); the message says what a
 * save will store.
 */
function readingFinding(
  key: EntryKey,
  text: string,
  at: { sheet: string; address: string | null; id: string },
  kind: EntryRowModel["kind"],
): EntryFinding | null {
  const trimmed = text.trim();
  if (trimmed === "" || at.address === null) return null;
  const sink = new FindingSink();
  const place = { sheet: at.sheet, id: at.id, column: headerOf(key, kind) };
  const cell: TrackingCell = { value: text, address: at.address };
  if (key === "done" || key === "total") {
    if (PLAIN_NUMBER.test(trimmed)) return null;
    readNumberEntry(cell, place, sink);
    const found = sink.findings.find((f) => f.code === "number.text");
    const reading = parseViNumber(text);
    if (!found || !reading) return null;
    const suffix = reading.percent ? "%" : "";
    const template = reading.style === "vi" ? msg.readingNumber : msg.readingNumberEnglish;
    return {
      field: key,
      severity: found.severity,
      code: found.code,
      message: {
        vi: formatMessage(template, { value: `${formatFigure(reading.value, "vi")}${suffix}` }).vi,
        en: formatMessage(template, { value: `${formatFigure(reading.value, "en")}${suffix}` }).en,
      },
    };
  }
  if (key === "doneDate") {
    const reading = parseViDate(text);
    if (!reading || showDate(reading.serial) === trimmed) return null;
    readDateEntry(cell, place, sink);
    const found = sink.findings.find((f) => f.code === "date.text");
    if (!found) return null;
    return {
      field: key,
      severity: found.severity,
      code: found.code,
      message: formatMessage(msg.readingDate, { date: showDate(reading.serial) }),
    };
  }
  return null;
}

/**
 * The row's findings and status with the form's `edited` fields as a save would write them. Fields not
 * edited are checked as they stand in the workbook.
 */
export function checkEntry(model: EntryRowModel, form: EntryForm, edited: Iterable<EntryKey>): EntryCheck {
  const editedKeys = new Set([...edited].filter((key) => entryKeys(model.kind).includes(key)));
  const { values, unreadable } = entryValuesOf(model.kind, form, editedKeys);
  const sink = new FindingSink();
  let status: ActivityStatus | TargetStatus | null;
  let cellOf: (key: EntryKey) => TrackingCell;
  if (model.kind === "activity") {
    const cells = { ...model.row.cells };
    for (const key of editedKeys)
      if (key in cells) cells[key as keyof typeof cells] = written(cells[key as keyof typeof cells], values[key]);
    const workbook = singleRowWorkbook(model.tracking, { kind: "activity", row: { ...model.row, cells } });
    const evaluation = evaluateWorkbook(workbook);
    checkActivities(workbook, evaluation, sink);
    status = evaluation.activities[0]?.status ?? null;
    cellOf = (key) => cells[key as keyof typeof cells];
  } else {
    const cells = { ...model.row.cells };
    for (const key of editedKeys)
      if (key in cells) cells[key as keyof typeof cells] = written(cells[key as keyof typeof cells], values[key]);
    const workbook = singleRowWorkbook(model.tracking, { kind: "target", row: { ...model.row, cells } });
    const evaluation = evaluateWorkbook(workbook);
    checkTargets(workbook, evaluation, sink);
    status = evaluation.targets[0]?.status ?? null;
    cellOf = (key) => cells[key as keyof typeof cells];
  }

  const fieldByAddress = new Map<string, EntryKey>();
  for (const key of entryKeys(model.kind)) {
    const address = cellOf(key).address;
    if (address !== null) fieldByAddress.set(address, key);
  }
  const findings: EntryFinding[] = sink.findings.map((f) => ({
    field: f.cell === null ? null : (fieldByAddress.get(f.cell) ?? null),
    severity: f.severity,
    code: f.code,
    message: withoutPlace(f),
  }));
  const withError = new Set(findings.filter((f) => f.severity === "error").map((f) => f.field));
  for (const key of editedKeys) {
    if (unreadable.includes(key) || withError.has(key)) continue;
    const reading = readingFinding(
      key,
      form[key] ?? "",
      { sheet: model.sheet, address: cellOf(key).address, id: model.row.id },
      model.kind,
    );
    if (reading) findings.push(reading);
  }
  return { findings, status, values, unreadable };
}
