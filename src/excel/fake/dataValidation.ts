import { formatAddress } from "./address";
import { enumValues } from "./cellFormat";
import { dateToSerial } from "./cellInput";
import { FakeClientObject, Readers, isRecord } from "./clientObject";
import { excelEnums } from "./excelEnums";
import { officeError } from "./fakeOfficeError";
import { GridRect, intersectRects, subtractRect } from "./gridRect";
import { RangeTarget, qualifiedAddress, resolveRangeArgument } from "./rangeTarget";
import {
  BasicValidationRecord,
  DataValidationRecord,
  DataValidationRuleRecord,
  defaultDataValidation,
} from "./records";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";

const OPERATORS = enumValues(excelEnums.DataValidationOperator);
const ALERT_STYLES = enumValues(excelEnums.DataValidationAlertStyle);
const TYPE_NAMES: Record<string, string> = {
  list: "List",
  custom: "Custom",
  decimal: "Decimal",
  wholeNumber: "WholeNumber",
  textLength: "TextLength",
  date: "Date",
  time: "Time",
};

type ValidationRule = Record<string, unknown>;

interface ValidationSnapshot {
  type: string;
  rule: ValidationRule;
  errorAlert: DataValidationRecord["errorAlert"];
  prompt: DataValidationRecord["prompt"];
  ignoreBlanks: boolean;
}

function copyRecord(record: DataValidationRecord, rect: GridRect): DataValidationRecord {
  return {
    rect,
    rule: record.rule,
    errorAlert: { ...record.errorAlert },
    prompt: { ...record.prompt },
    ignoreBlanks: record.ignoreBlanks,
  };
}

/**
 * Applies a change to the validation of rect: existing areas are split so that only their overlap with rect
 * changes, and the uncovered part of rect gets a fresh (default) validation that the change is applied to.
 */
function updateValidation(
  sheet: FakeSheetState,
  rect: GridRect,
  change: ((record: DataValidationRecord) => void) | null,
): void {
  const next: DataValidationRecord[] = [];
  let uncovered: GridRect[] = [rect];
  for (const record of sheet.dvRecords) {
    const overlap = intersectRects(record.rect, rect);
    if (!overlap) {
      next.push(record);
      continue;
    }
    for (const part of subtractRect(record.rect, rect)) next.push(copyRecord(record, part));
    uncovered = uncovered.flatMap((part) => subtractRect(part, overlap));
    if (change) {
      const inside = copyRecord(record, overlap);
      change(inside);
      next.push(inside);
    }
  }
  if (change) {
    for (const part of uncovered) {
      const fresh = defaultDataValidation(part);
      change(fresh);
      next.push(fresh);
    }
  }
  sheet.dvRecords = next;
}

function ruleKey(rule: DataValidationRuleRecord | null): string {
  return JSON.stringify(rule);
}

/** The validation records covering rect, and whether they cover all of it with one rule. */
function coverage(target: RangeTarget): { records: DataValidationRecord[]; consistent: boolean } {
  const records = target.sheet.dvRecords.filter((record) => intersectRects(record.rect, target.rect) !== null);
  let uncovered: GridRect[] = [target.rect];
  for (const record of records) uncovered = uncovered.flatMap((part) => subtractRect(part, record.rect));
  const keys = new Set(records.map((record) => ruleKey(record.rule)));
  return { records, consistent: uncovered.length === 0 && keys.size === 1 };
}

function ruleType(rule: DataValidationRuleRecord | null): string {
  if (rule === null) return "None";
  const [key] = Object.keys(rule);
  return TYPE_NAMES[key] ?? "None";
}

function ruleOut(rule: DataValidationRuleRecord): ValidationRule {
  const out: ValidationRule = {};
  for (const [key, value] of Object.entries(rule)) out[key] = isRecord(value) ? { ...value } : value;
  return out;
}

/**
 * Excel.DataValidation of a range. Setting `rule` replaces the range's rule (criteria: list, decimal,
 * wholeNumber, textLength, date, time, custom — exactly one); errorAlert, prompt and ignoreBlanks change only
 * the range; clear() removes validation from the range. Reading `type` gives "Inconsistent" when the range is
 * covered by different rules or only partly covered. `valid` is not modelled.
 */
export class FakeDataValidation extends FakeClientObject<ValidationSnapshot, RangeTarget> {
  readonly typeName = "DataValidation";
  readonly kind = "range.dataValidation";
  protected readonly readers: Readers<ValidationSnapshot, RangeTarget> = {
    type: (t) => {
      const { records, consistent } = coverage(t);
      if (records.length === 0) return "None";
      return consistent ? ruleType(records[0].rule) : "Inconsistent";
    },
    rule: (t) => {
      const { records, consistent } = coverage(t);
      const rule = records[0]?.rule ?? null;
      return consistent && rule !== null ? ruleOut(rule) : {};
    },
    errorAlert: (t) => ({ ...(coverage(t).records[0] ?? defaultDataValidation(t.rect)).errorAlert }),
    prompt: (t) => ({ ...(coverage(t).records[0] ?? defaultDataValidation(t.rect)).prompt }),
    ignoreBlanks: (t) => (coverage(t).records[0] ?? defaultDataValidation(t.rect)).ignoreBlanks,
  };

  constructor(context: FakeRequestContext, locate: () => RangeTarget) {
    super(context, locate);
  }

  protected override isLive(target: RangeTarget): boolean {
    return !target.sheet.deleted;
  }

  protected override describe(target: RangeTarget): { sheet?: string; address?: string } {
    return { sheet: target.sheet.name, address: formatAddress(target.rect) };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      rule: (v) => (this.rule = v),
      errorAlert: (v) => (this.errorAlert = v),
      prompt: (v) => (this.prompt = v),
      ignoreBlanks: (v) => (this.ignoreBlanks = v),
    };
  }

  private change(
    member: string,
    apply: (target: RangeTarget) => ((record: DataValidationRecord) => void) | null,
  ): void {
    this.enqueueOp(member, (target) => {
      const change = apply(target);
      target.sheet.assertAllowed(null, `DataValidation.${member}`);
      updateValidation(target.sheet, target.rect, change);
    });
  }

  get type(): string {
    return this.read("type");
  }
  get rule(): ValidationRule {
    return this.read("rule");
  }
  set rule(v: unknown) {
    this.change("rule", (target) => {
      const rule = this.normalizeRule(v, target);
      return (record) => {
        record.rule = rule;
      };
    });
  }
  get errorAlert(): DataValidationRecord["errorAlert"] {
    return this.read("errorAlert");
  }
  set errorAlert(v: unknown) {
    this.change("errorAlert", () => {
      const location = "DataValidation.errorAlert";
      if (!isRecord(v)) throw officeError("InvalidArgument", location, "expected an object");
      const { message, showAlert, style, title } = v;
      if (message !== undefined && typeof message !== "string")
        throw officeError("InvalidArgument", location, "message");
      if (title !== undefined && typeof title !== "string") throw officeError("InvalidArgument", location, "title");
      if (showAlert !== undefined && typeof showAlert !== "boolean")
        throw officeError("InvalidArgument", location, "showAlert");
      if (style !== undefined && (typeof style !== "string" || !ALERT_STYLES.includes(style))) {
        throw officeError("InvalidArgument", location, `style '${String(style)}'`);
      }
      return (record) => {
        if (typeof message === "string") record.errorAlert.message = message;
        if (typeof title === "string") record.errorAlert.title = title;
        if (typeof showAlert === "boolean") record.errorAlert.showAlert = showAlert;
        if (typeof style === "string") record.errorAlert.style = style;
      };
    });
  }
  get prompt(): DataValidationRecord["prompt"] {
    return this.read("prompt");
  }
  set prompt(v: unknown) {
    this.change("prompt", () => {
      const location = "DataValidation.prompt";
      if (!isRecord(v)) throw officeError("InvalidArgument", location, "expected an object");
      const { message, showPrompt, title } = v;
      if (message !== undefined && typeof message !== "string")
        throw officeError("InvalidArgument", location, "message");
      if (title !== undefined && typeof title !== "string") throw officeError("InvalidArgument", location, "title");
      if (showPrompt !== undefined && typeof showPrompt !== "boolean")
        throw officeError("InvalidArgument", location, "showPrompt");
      return (record) => {
        if (typeof message === "string") record.prompt.message = message;
        if (typeof title === "string") record.prompt.title = title;
        if (typeof showPrompt === "boolean") record.prompt.showPrompt = showPrompt;
      };
    });
  }
  get ignoreBlanks(): boolean {
    return this.read("ignoreBlanks");
  }
  set ignoreBlanks(v: unknown) {
    this.change("ignoreBlanks", () => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "DataValidation.ignoreBlanks", String(v));
      return (record) => {
        record.ignoreBlanks = v;
      };
    });
  }

  clear(): void {
    this.change("clear", () => null);
  }

  /** Checks a DataValidationRule and stores Range arguments as "=Sheet!$A$1:$A$9" and Dates as serials. */
  private normalizeRule(v: unknown, target: RangeTarget): DataValidationRuleRecord {
    const location = "DataValidation.rule";
    if (!isRecord(v)) throw officeError("InvalidArgument", location, "expected a DataValidationRule object");
    const keys = Object.keys(v).filter((key) => v[key] !== undefined);
    if (keys.length !== 1) throw officeError("InvalidArgument", location, "a rule has exactly one criterion");
    const [key] = keys;
    const body = v[key];
    if (!isRecord(body)) throw officeError("InvalidArgument", location, `${key} must be an object`);
    const reference = (value: unknown): string =>
      `=${qualifiedAddress(resolveRangeArgument(value, this.context, target.sheet, location), true)}`;
    switch (key) {
      case "list": {
        const { inCellDropDown, source } = body;
        const text = typeof source === "string" ? source : reference(source);
        if (text === "") throw officeError("InvalidArgument", location, "list.source is empty");
        return { list: { inCellDropDown: inCellDropDown !== false, source: text } };
      }
      case "custom": {
        const { formula } = body;
        if (typeof formula !== "string" || formula === "")
          throw officeError("InvalidArgument", location, "custom.formula");
        return { custom: { formula } };
      }
      case "decimal":
      case "wholeNumber":
      case "textLength":
      case "date":
      case "time": {
        const basic = this.basic(body, key, reference);
        switch (key) {
          case "decimal":
            return { decimal: basic };
          case "wholeNumber":
            return { wholeNumber: basic };
          case "textLength":
            return { textLength: basic };
          case "date":
            return { date: basic };
          default:
            return { time: basic };
        }
      }
      default:
        throw officeError("InvalidArgument", location, `unknown criterion '${key}'`);
    }
  }

  private basic(
    body: Record<string, unknown>,
    key: string,
    reference: (value: unknown) => string,
  ): BasicValidationRecord {
    const location = "DataValidation.rule";
    const { formula1, formula2, operator } = body;
    if (typeof operator !== "string" || !OPERATORS.includes(operator)) {
      throw officeError("InvalidArgument", location, `${key}.operator '${String(operator)}'`);
    }
    const operand = (value: unknown, name: string): string | number => {
      if (typeof value === "number" || typeof value === "string") return value;
      if (value instanceof Date) {
        const serial = dateToSerial(value.getFullYear(), value.getMonth() + 1, value.getDate());
        if (serial === null) throw officeError("InvalidArgument", location, `${key}.${name} date`);
        return serial;
      }
      if (value === undefined || value === null)
        throw officeError("InvalidArgument", location, `${key}.${name} is missing`);
      return reference(value);
    };
    const needsSecond = operator === "Between" || operator === "NotBetween";
    const first = operand(formula1, "formula1");
    return needsSecond
      ? { formula1: first, formula2: operand(formula2, "formula2"), operator }
      : { formula1: first, operator };
  }
}
