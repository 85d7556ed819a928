/**
 * Checks a WorkbookPlan against the limits Excel enforces, so that every writer refuses a bad plan up
 * front with a bilingual message naming the sheet and cell, instead of failing half-way through a
 * batch with Excel's own (English, cell-less) error.
 */
import * as excelMessages from "../messages/excel";
import { bilingual, formatMessage, type Message } from "../messages/message";
import { cellAddress, parseRangeAddress } from "./a1";
import type { SheetPlan, ValidationPlan, WorkbookPlan } from "./workbookPlan";

/** Excel's limit on sheet names, in UTF-16 code units as Excel counts them. */
export const MAX_SHEET_NAME_LENGTH = 31;
const FORBIDDEN_SHEET_CHARS = /[[\]:*?/\\]/g;
/** Excel reserves this name for its change-tracking history sheet. */
const RESERVED_SHEET_NAMES = ["history"];
const MAX_LIST_SOURCE = 255;
const MAX_VALIDATION_TITLE = 32;
const MAX_PROMPT_TEXT = 255;
const MAX_ERROR_TEXT = 225;

/** The problems Excel would have with one sheet name, empty when Excel accepts it. */
export function sheetNameProblems(name: string): Message[] {
  if (name.trim() === "") return [excelMessages.sheetNameEmpty];
  const problems: Message[] = [];
  if (name.length > MAX_SHEET_NAME_LENGTH) {
    problems.push(formatMessage(excelMessages.sheetNameTooLong, { name, length: name.length }));
  }
  const bad = [...new Set(name.match(FORBIDDEN_SHEET_CHARS) ?? [])];
  if (bad.length > 0) {
    problems.push(formatMessage(excelMessages.sheetNameBadCharacters, { name, chars: bad.join(" ") }));
  }
  if (name.startsWith("'") || name.endsWith("'")) {
    problems.push(formatMessage(excelMessages.sheetNameApostrophe, { name }));
  }
  if (RESERVED_SHEET_NAMES.includes(name.toLowerCase())) {
    problems.push(formatMessage(excelMessages.sheetNameReserved, { name }));
  }
  return problems;
}

function rangeProblems(sheet: string, range: string): Message[] {
  try {
    parseRangeAddress(range);
    return [];
  } catch {
    return [formatMessage(excelMessages.rangeInvalid, { sheet, range })];
  }
}

function validationProblems(sheet: string, validation: ValidationPlan): Message[] {
  const { range, rule } = validation;
  const problems = rangeProblems(sheet, range);
  if (rule.type === "list") {
    for (const item of rule.values.filter((value) => value.includes(","))) {
      problems.push(formatMessage(excelMessages.listItemComma, { sheet, range, item }));
    }
    const length = rule.values.join(",").length;
    if (length > MAX_LIST_SOURCE) {
      problems.push(formatMessage(excelMessages.listSourceTooLong, { sheet, range, length }));
    }
  }
  const titled = [validation.prompt, validation.error].filter((part) => part !== undefined);
  for (const { title } of titled) {
    if (title.length > MAX_VALIDATION_TITLE) {
      problems.push(formatMessage(excelMessages.validationTitleTooLong, { sheet, range, title, length: title.length }));
    }
  }
  const texts: [string | undefined, number][] = [
    [validation.prompt?.text, MAX_PROMPT_TEXT],
    [validation.error.text, MAX_ERROR_TEXT],
  ];
  for (const [text, max] of texts) {
    if (text !== undefined && text.length > max) {
      problems.push(formatMessage(excelMessages.validationTextTooLong, { sheet, range, length: text.length, max }));
    }
  }
  return problems;
}

function blockProblems(sheet: SheetPlan): Message[] {
  const problems: Message[] = [];
  for (const block of sheet.blocks) {
    const width = block.cells[0]?.length ?? 0;
    if (block.cells.some((row) => row.length !== width)) {
      problems.push(
        formatMessage(excelMessages.blockRagged, { sheet: sheet.name, cell: cellAddress(block.row, block.col) }),
      );
    }
    block.cells.forEach((row, r) =>
      row.forEach((cell, c) => {
        const at = { sheet: sheet.name, cell: cellAddress(block.row + r, block.col + c) };
        if (cell.formula !== undefined && !cell.formula.startsWith("=")) {
          problems.push(formatMessage(excelMessages.formulaWithoutEquals, { ...at, formula: cell.formula }));
        } else if (cell.formula === undefined && typeof cell.value === "number" && !Number.isFinite(cell.value)) {
          problems.push(formatMessage(excelMessages.cellNumberNotFinite, { ...at, value: String(cell.value) }));
        }
      }),
    );
  }
  return problems;
}

/**
 * Lists everything in a plan that Excel would reject (sheet names, ragged blocks, non-finite numbers,
 * formulas without `=`, bad ranges, drop-down lists and validation texts beyond Excel's limits).
 * Empty when the plan can be written.
 */
export function planProblems(plan: WorkbookPlan): Message[] {
  const problems: Message[] = [];
  const seen = new Set<string>();
  for (const sheet of plan.sheets) {
    problems.push(...sheetNameProblems(sheet.name));
    const key = sheet.name.toLowerCase();
    if (seen.has(key)) problems.push(formatMessage(excelMessages.sheetNameDuplicate, { name: sheet.name }));
    seen.add(key);
    problems.push(...blockProblems(sheet));
    const ranges = [
      ...sheet.styles.map((styled) => styled.range),
      ...sheet.tables.map((table) => table.range),
      ...sheet.conditionalFormats.map((format) => format.range),
      ...sheet.dataBars.map((bar) => bar.range),
      ...(sheet.autoFilter ? [sheet.autoFilter.range] : []),
    ];
    for (const range of ranges) problems.push(...rangeProblems(sheet.name, range));
    for (const validation of sheet.validations) problems.push(...validationProblems(sheet.name, validation));
  }
  return problems;
}

/** Thrown by the writers when a plan has problems; `problems` keeps each bilingual message for the UI. */
export class InvalidPlanError extends Error {
  readonly problems: Message[];

  constructor(problems: Message[]) {
    super(problems.map(bilingual).join("\n"));
    this.name = "InvalidPlanError";
    this.problems = problems;
  }
}

/** Throws InvalidPlanError when the plan has a problem of any kind, so writers can check before touching a workbook. */
export function assertWritablePlan(plan: WorkbookPlan): void {
  const problems = planProblems(plan);
  if (problems.length > 0) throw new InvalidPlanError(problems);
}
