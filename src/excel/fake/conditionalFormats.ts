import { formatAddress } from "./address";
import { UNDERLINE_STYLES, enumValues, normalizeColor } from "./cellFormat";
import { FakeClientObject, FakeClientResult, FakeCollection, Loadable, Readers, isRecord } from "./clientObject";
import { excelEnums } from "./excelEnums";
import { notModelled, officeError } from "./fakeOfficeError";
import { intersectRects } from "./gridRect";
import { FakeRange } from "./range";
import { RangeTarget } from "./rangeTarget";
import {
  ConditionalFormatRecord,
  ConditionalFormatStyle,
  DataBarRecord,
  defaultDataBar,
  emptyConditionalStyle,
} from "./records";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";

/** A conditional format record and the sheet that holds it. */
interface CfTarget {
  readonly sheet: FakeSheetState;
  readonly record: ConditionalFormatRecord;
}

const MODELLED_TYPES = ["Custom", "CellValue", "DataBar"];
const CELL_VALUE_OPERATORS = enumValues(excelEnums.ConditionalCellValueOperator);

function liveRecord(target: CfTarget): boolean {
  return !target.sheet.deleted && target.sheet.cfRecords.includes(target.record);
}

/** Base of the objects under a conditional format; they resolve to the record through their parent. */
abstract class CfPart<S extends object> extends FakeClientObject<S, CfTarget> {
  constructor(context: FakeRequestContext, locate: () => CfTarget | null) {
    super(context, locate);
  }

  protected override isLive(target: CfTarget): boolean {
    return liveRecord(target);
  }

  protected override describe(target: CfTarget): { sheet?: string; address?: string } {
    return { sheet: target.sheet.name, address: formatAddress(target.record.rect) };
  }

  /** Queues a change to the record; AccessDenied on a protected sheet. */
  protected change(member: string, apply: (record: ConditionalFormatRecord) => void): void {
    this.enqueueOp(member, ({ sheet, record }) => {
      sheet.assertAllowed(null, `${this.typeName}.${member}`);
      apply(record);
    });
  }
}

interface CfFillSnapshot {
  color: string | null;
}

/** Excel.ConditionalRangeFill. */
export class FakeConditionalRangeFill extends CfPart<CfFillSnapshot> {
  readonly typeName = "ConditionalRangeFill";
  readonly kind: string;
  protected readonly readers: Readers<CfFillSnapshot, CfTarget> = {
    color: (t) => t.record.format.fill.color,
  };

  constructor(context: FakeRequestContext, locate: () => CfTarget, kind: string) {
    super(context, locate);
    this.kind = kind;
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return { color: (v) => (this.color = v) };
  }

  get color(): string | null {
    return this.read("color");
  }
  set color(v: unknown) {
    this.change("color", (record) => {
      const color = v === "" || v === null ? null : normalizeColor(v);
      if (color === null && v !== "" && v !== null)
        throw officeError("InvalidArgument", "ConditionalRangeFill.color", String(v));
      record.format.fill.color = color;
    });
  }

  clear(): void {
    this.change("clear", (record) => {
      record.format.fill.color = null;
    });
  }
}

type CfFontSnapshot = ConditionalFormatStyle["font"];

/** Excel.ConditionalRangeFont. */
export class FakeConditionalRangeFont extends CfPart<CfFontSnapshot> {
  readonly typeName = "ConditionalRangeFont";
  readonly kind: string;
  protected readonly readers: Readers<CfFontSnapshot, CfTarget> = {
    color: (t) => t.record.format.font.color,
    bold: (t) => t.record.format.font.bold,
    italic: (t) => t.record.format.font.italic,
    strikethrough: (t) => t.record.format.font.strikethrough,
    underline: (t) => t.record.format.font.underline,
  };

  constructor(context: FakeRequestContext, locate: () => CfTarget, kind: string) {
    super(context, locate);
    this.kind = kind;
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      color: (v) => (this.color = v),
      bold: (v) => (this.bold = v),
      italic: (v) => (this.italic = v),
      strikethrough: (v) => (this.strikethrough = v),
      underline: (v) => (this.underline = v),
    };
  }

  private flag(member: "bold" | "italic" | "strikethrough", value: unknown): void {
    this.change(member, (record) => {
      if (typeof value !== "boolean")
        throw officeError("InvalidArgument", `ConditionalRangeFont.${member}`, String(value));
      record.format.font[member] = value;
    });
  }

  get color(): string | null {
    return this.read("color");
  }
  set color(v: unknown) {
    this.change("color", (record) => {
      const color = normalizeColor(v);
      if (color === null) throw officeError("InvalidArgument", "ConditionalRangeFont.color", String(v));
      record.format.font.color = color;
    });
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(v: unknown) {
    this.flag("bold", v);
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(v: unknown) {
    this.flag("italic", v);
  }
  get strikethrough(): boolean | null {
    return this.read("strikethrough");
  }
  set strikethrough(v: unknown) {
    this.flag("strikethrough", v);
  }
  get underline(): string | null {
    return this.read("underline");
  }
  set underline(v: unknown) {
    this.change("underline", (record) => {
      if (typeof v !== "string" || !UNDERLINE_STYLES.includes(v)) {
        throw officeError("InvalidArgument", "ConditionalRangeFont.underline", String(v));
      }
      record.format.font.underline = v;
    });
  }

  clear(): void {
    this.change("clear", (record) => {
      record.format.font = emptyConditionalStyle().font;
    });
  }
}

interface CfFormatSnapshot {
  numberFormat: string | null;
}

/** Excel.ConditionalRangeFormat: fill, font and number format applied when the rule holds. */
export class FakeConditionalRangeFormat extends CfPart<CfFormatSnapshot> {
  readonly typeName = "ConditionalRangeFormat";
  readonly kind: string;
  readonly fill: FakeConditionalRangeFill;
  readonly font: FakeConditionalRangeFont;
  protected readonly readers: Readers<CfFormatSnapshot, CfTarget> = {
    numberFormat: (t) => t.record.format.numberFormat,
  };

  constructor(context: FakeRequestContext, locate: () => CfTarget, kind: string) {
    super(context, locate);
    this.kind = kind;
    this.fill = new FakeConditionalRangeFill(context, locate, `${kind}.fill`);
    this.font = new FakeConditionalRangeFont(context, locate, `${kind}.font`);
  }

  protected override navigation(): Record<string, Loadable> {
    return { fill: this.fill, font: this.font };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return { numberFormat: (v) => (this.numberFormat = v) };
  }

  get numberFormat(): string | null {
    return this.read("numberFormat");
  }
  set numberFormat(v: unknown) {
    this.change("numberFormat", (record) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "ConditionalRangeFormat.numberFormat", String(v));
      record.format.numberFormat = v;
    });
  }
}

interface CfRuleSnapshot {
  formula: string;
  formulaLocal: string;
}

/** Excel.ConditionalFormatRule (of a custom conditional format): the formula, which must start with "=". */
export class FakeConditionalFormatRule extends CfPart<CfRuleSnapshot> {
  readonly typeName = "ConditionalFormatRule";
  readonly kind = "conditionalFormat.custom.rule";
  protected readonly readers: Readers<CfRuleSnapshot, CfTarget> = {
    formula: (t) => t.record.rule.formula ?? "",
    formulaLocal: (t) => t.record.rule.formula ?? "",
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return { formula: (v) => (this.formula = v), formulaLocal: (v) => (this.formulaLocal = v) };
  }

  private writeFormula(member: string, v: unknown): void {
    this.change(member, (record) => {
      if (typeof v !== "string" || !v.startsWith("=") || v.length < 2) {
        throw officeError("InvalidArgument", `ConditionalFormatRule.${member}`, `'${String(v)}' is not a formula`);
      }
      record.rule.formula = v;
    });
  }

  get formula(): string {
    return this.read("formula");
  }
  set formula(v: unknown) {
    this.writeFormula("formula", v);
  }
  get formulaLocal(): string {
    return this.read("formulaLocal");
  }
  set formulaLocal(v: unknown) {
    this.writeFormula("formulaLocal", v);
  }
}

/** Resolves to the record only when it has the expected type, as Excel rejects `.custom` on a cell-value format. */
function typed(locate: () => CfTarget, type: string, location: string): () => CfTarget {
  return () => {
    const target = locate();
    if (target.record.type !== type) {
      throw officeError("InvalidOperation", location, `the conditional format is of type ${target.record.type}`);
    }
    return target;
  };
}

/** Excel.CustomConditionalFormat: rule.formula and format. */
export class FakeCustomConditionalFormat extends CfPart<Record<never, never>> {
  readonly typeName = "CustomConditionalFormat";
  readonly kind = "conditionalFormat.custom";
  readonly rule: FakeConditionalFormatRule;
  readonly format: FakeConditionalRangeFormat;
  protected readonly readers: Readers<Record<never, never>, CfTarget> = {};

  constructor(context: FakeRequestContext, locate: () => CfTarget) {
    const checked = typed(locate, "Custom", "ConditionalFormat.custom");
    super(context, checked);
    this.rule = new FakeConditionalFormatRule(context, checked);
    this.format = new FakeConditionalRangeFormat(context, checked, "conditionalFormat.custom.format");
  }

  protected override navigation(): Record<string, Loadable> {
    return { rule: this.rule, format: this.format };
  }
}

interface CellValueSnapshot {
  rule: { formula1: string; formula2?: string; operator: string };
}

/** Excel.CellValueConditionalFormat: rule = { formula1, formula2?, operator } and format. */
export class FakeCellValueConditionalFormat extends CfPart<CellValueSnapshot> {
  readonly typeName = "CellValueConditionalFormat";
  readonly kind = "conditionalFormat.cellValue";
  readonly format: FakeConditionalRangeFormat;
  protected readonly readers: Readers<CellValueSnapshot, CfTarget> = {
    rule: (t) => {
      const { formula1 = "", formula2, operator = "Invalid" } = t.record.rule;
      return formula2 === undefined ? { formula1, operator } : { formula1, formula2, operator };
    },
  };

  constructor(context: FakeRequestContext, locate: () => CfTarget) {
    const checked = typed(locate, "CellValue", "ConditionalFormat.cellValue");
    super(context, checked);
    this.format = new FakeConditionalRangeFormat(context, checked, "conditionalFormat.cellValue.format");
  }

  protected override navigation(): Record<string, Loadable> {
    return { format: this.format };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return { rule: (v) => (this.rule = v) };
  }

  get rule(): CellValueSnapshot["rule"] {
    return this.read("rule");
  }
  set rule(v: unknown) {
    this.change("rule", (record) => {
      const location = "CellValueConditionalFormat.rule";
      if (!isRecord(v)) throw officeError("InvalidArgument", location, "expected { formula1, operator }");
      const { formula1, formula2, operator } = v;
      if (typeof operator !== "string" || !CELL_VALUE_OPERATORS.includes(operator) || operator === "Invalid") {
        throw officeError("InvalidArgument", location, `operator '${String(operator)}'`);
      }
      if (typeof formula1 !== "string" && typeof formula1 !== "number")
        throw officeError("InvalidArgument", location, "formula1");
      const needsSecond = operator === "Between" || operator === "NotBetween";
      if (needsSecond && typeof formula2 !== "string" && typeof formula2 !== "number") {
        throw officeError("InvalidArgument", location, `${operator} needs formula2`);
      }
      record.rule = needsSecond
        ? { formula1: String(formula1), formula2: String(formula2), operator }
        : { formula1: String(formula1), operator };
    });
  }
}

type DataBarRule = DataBarRecord["lowerBoundRule"];

interface DataBarPositiveSnapshot {
  fillColor: string;
  borderColor: string;
  gradientFill: boolean;
}

/** The data bar of a record already checked to be of type DataBar. */
function dataBarOf(target: CfTarget): DataBarRecord {
  target.record.dataBar ??= defaultDataBar();
  return target.record.dataBar;
}

/** Excel.ConditionalDataBarPositiveFormat: the bar's fill and border colours and gradient. */
export class FakeConditionalDataBarPositiveFormat extends CfPart<DataBarPositiveSnapshot> {
  readonly typeName = "ConditionalDataBarPositiveFormat";
  readonly kind = "conditionalFormat.dataBar.positiveFormat";
  protected readonly readers: Readers<DataBarPositiveSnapshot, CfTarget> = {
    fillColor: (t) => dataBarOf(t).fillColor,
    borderColor: (t) => dataBarOf(t).borderColor,
    gradientFill: (t) => dataBarOf(t).gradientFill,
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      fillColor: (v) => (this.fillColor = v),
      borderColor: (v) => (this.borderColor = v),
      gradientFill: (v) => (this.gradientFill = v),
    };
  }

  private writeColor(member: "fillColor" | "borderColor", v: unknown): void {
    this.enqueueOp(member, (target) => {
      target.sheet.assertAllowed(null, `ConditionalDataBarPositiveFormat.${member}`);
      const color = normalizeColor(v);
      if (color === null) throw officeError("InvalidArgument", `ConditionalDataBarPositiveFormat.${member}`, String(v));
      dataBarOf(target)[member] = color;
    });
  }

  get fillColor(): string {
    return this.read("fillColor");
  }
  set fillColor(v: unknown) {
    this.writeColor("fillColor", v);
  }
  get borderColor(): string {
    return this.read("borderColor");
  }
  set borderColor(v: unknown) {
    this.writeColor("borderColor", v);
  }
  get gradientFill(): boolean {
    return this.read("gradientFill");
  }
  set gradientFill(v: unknown) {
    this.enqueueOp("gradientFill", (target) => {
      target.sheet.assertAllowed(null, "ConditionalDataBarPositiveFormat.gradientFill");
      if (typeof v !== "boolean") {
        throw officeError("InvalidArgument", "ConditionalDataBarPositiveFormat.gradientFill", String(v));
      }
      dataBarOf(target).gradientFill = v;
    });
  }
}

interface DataBarSnapshot {
  lowerBoundRule: DataBarRule;
  upperBoundRule: DataBarRule;
  barDirection: string;
  showDataBarOnly: boolean;
}

const DATA_BAR_RULE_TYPES = enumValues(excelEnums.ConditionalFormatRuleType);
/** Bound types that take their value from `formula`. */
const DATA_BAR_FORMULA_TYPES = ["Number", "Percent", "Formula", "Percentile"];

/**
 * Excel.DataBarConditionalFormat: bounds (lowerBoundRule/upperBoundRule), direction, bar only, positiveFormat.
 * Not modelled: negativeFormat and axis settings.
 */
export class FakeDataBarConditionalFormat extends CfPart<DataBarSnapshot> {
  readonly typeName = "DataBarConditionalFormat";
  readonly kind = "conditionalFormat.dataBar";
  readonly positiveFormat: FakeConditionalDataBarPositiveFormat;
  protected readonly readers: Readers<DataBarSnapshot, CfTarget> = {
    lowerBoundRule: (t) => ({ ...dataBarOf(t).lowerBoundRule }),
    upperBoundRule: (t) => ({ ...dataBarOf(t).upperBoundRule }),
    barDirection: (t) => dataBarOf(t).barDirection,
    showDataBarOnly: (t) => dataBarOf(t).showDataBarOnly,
  };

  constructor(context: FakeRequestContext, locate: () => CfTarget) {
    const checked = typed(locate, "DataBar", "ConditionalFormat.dataBar");
    super(context, checked);
    this.positiveFormat = new FakeConditionalDataBarPositiveFormat(context, checked);
  }

  protected override navigation(): Record<string, Loadable> {
    return { positiveFormat: this.positiveFormat };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      lowerBoundRule: (v) => (this.lowerBoundRule = v),
      upperBoundRule: (v) => (this.upperBoundRule = v),
      showDataBarOnly: (v) => (this.showDataBarOnly = v),
    };
  }

  private writeBound(member: "lowerBoundRule" | "upperBoundRule", v: unknown): void {
    this.enqueueOp(member, (target) => {
      const location = `DataBarConditionalFormat.${member}`;
      target.sheet.assertAllowed(null, location);
      if (!isRecord(v) || typeof v.type !== "string" || !DATA_BAR_RULE_TYPES.includes(v.type) || v.type === "Invalid") {
        throw officeError("InvalidArgument", location, "expected { type, formula? }");
      }
      if (DATA_BAR_FORMULA_TYPES.includes(v.type)) {
        if (typeof v.formula !== "string" || v.formula === "")
          throw officeError("InvalidArgument", location, "formula");
        dataBarOf(target)[member] = { type: v.type, formula: v.formula };
      } else {
        dataBarOf(target)[member] = { type: v.type };
      }
    });
  }

  get lowerBoundRule(): DataBarRule {
    return this.read("lowerBoundRule");
  }
  set lowerBoundRule(v: unknown) {
    this.writeBound("lowerBoundRule", v);
  }
  get upperBoundRule(): DataBarRule {
    return this.read("upperBoundRule");
  }
  set upperBoundRule(v: unknown) {
    this.writeBound("upperBoundRule", v);
  }
  get barDirection(): string {
    return this.read("barDirection");
  }
  get showDataBarOnly(): boolean {
    return this.read("showDataBarOnly");
  }
  set showDataBarOnly(v: unknown) {
    this.enqueueOp("showDataBarOnly", (target) => {
      target.sheet.assertAllowed(null, "DataBarConditionalFormat.showDataBarOnly");
      if (typeof v !== "boolean")
        throw officeError("InvalidArgument", "DataBarConditionalFormat.showDataBarOnly", String(v));
      dataBarOf(target).showDataBarOnly = v;
    });
  }
}

interface CfSnapshot {
  id: string;
  type: string;
  priority: number;
  stopIfTrue: boolean;
}

/** Excel.ConditionalFormat. The fake models the Custom, CellValue and DataBar types. */
export class FakeConditionalFormat extends CfPart<CfSnapshot> {
  readonly typeName = "ConditionalFormat";
  readonly kind = "conditionalFormat";
  readonly custom: FakeCustomConditionalFormat;
  readonly cellValue: FakeCellValueConditionalFormat;
  readonly dataBar: FakeDataBarConditionalFormat;
  protected readonly readers: Readers<CfSnapshot, CfTarget> = {
    id: (t) => t.record.id,
    type: (t) => t.record.type,
    priority: (t) => t.sheet.cfRecords.indexOf(t.record),
    stopIfTrue: (t) => t.record.stopIfTrue,
  };

  constructor(context: FakeRequestContext, locate: () => CfTarget | null) {
    super(context, locate);
    const self = (): CfTarget => this.resolve();
    this.custom = new FakeCustomConditionalFormat(context, self);
    this.cellValue = new FakeCellValueConditionalFormat(context, self);
    this.dataBar = new FakeDataBarConditionalFormat(context, self);
  }

  protected override navigation(): Record<string, Loadable> {
    return { custom: this.custom, cellValue: this.cellValue, dataBar: this.dataBar };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return { priority: (v) => (this.priority = v), stopIfTrue: (v) => (this.stopIfTrue = v) };
  }

  get id(): string {
    return this.read("id");
  }
  get type(): string {
    return this.read("type");
  }
  get priority(): number {
    return this.read("priority");
  }
  set priority(v: unknown) {
    this.enqueueOp("priority", ({ sheet, record }) => {
      if (typeof v !== "number" || !Number.isInteger(v) || v < 0) {
        throw officeError("InvalidArgument", "ConditionalFormat.priority", String(v));
      }
      sheet.assertAllowed(null, "ConditionalFormat.priority");
      sheet.cfRecords.splice(sheet.cfRecords.indexOf(record), 1);
      sheet.cfRecords.splice(Math.min(v, sheet.cfRecords.length), 0, record);
    });
  }
  get stopIfTrue(): boolean {
    return this.read("stopIfTrue");
  }
  set stopIfTrue(v: unknown) {
    this.change("stopIfTrue", (record) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "ConditionalFormat.stopIfTrue", String(v));
      record.stopIfTrue = v;
    });
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const { sheet, record } = this.resolve();
      return { sheet, rect: record.rect };
    });
  }

  delete(): void {
    this.enqueueOp("delete", ({ sheet, record }) => {
      sheet.assertAllowed(null, "ConditionalFormat.delete");
      sheet.cfRecords.splice(sheet.cfRecords.indexOf(record), 1);
    });
  }
}

/**
 * Excel.ConditionalFormatCollection of a range: the conditional formats that intersect it. add() puts the new
 * format at priority 0 (evaluated first), as Excel does; the record keeps the range it was added on.
 */
export class FakeConditionalFormatCollection extends FakeCollection<FakeConditionalFormat, CfTarget, RangeTarget> {
  readonly typeName = "ConditionalFormatCollection";
  readonly kind = "range.conditionalFormats";

  constructor(context: FakeRequestContext, locate: () => RangeTarget) {
    super(context, locate);
  }

  protected override isLive(target: RangeTarget): boolean {
    return !target.sheet.deleted;
  }

  protected override describe(target: RangeTarget): { sheet?: string; address?: string } {
    return { sheet: target.sheet.name, address: formatAddress(target.rect) };
  }

  protected listElements(target: RangeTarget): CfTarget[] {
    return target.sheet.cfRecords
      .filter((record) => intersectRects(record.rect, target.rect) !== null)
      .map((record) => ({ sheet: target.sheet, record }));
  }

  protected makeItem(element: CfTarget): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => element);
  }

  add(type: unknown): FakeConditionalFormat {
    let created: CfTarget | undefined;
    this.enqueueOp(
      "add",
      ({ sheet, rect }) => {
        const location = "ConditionalFormatCollection.add";
        if (typeof type !== "string" || !enumValues(excelEnums.ConditionalFormatType).includes(type)) {
          throw officeError("InvalidArgument", location, `type '${String(type)}'`);
        }
        if (!MODELLED_TYPES.includes(type)) throw notModelled(`conditional formats of type ${type}`, location);
        sheet.assertAllowed(null, location);
        const record: ConditionalFormatRecord = {
          id: sheet.workbook.newId("cf"),
          rect,
          type,
          stopIfTrue: false,
          rule: {},
          format: emptyConditionalStyle(),
          ...(type === "DataBar" ? { dataBar: defaultDataBar() } : {}),
        };
        sheet.cfRecords.unshift(record);
        created = { sheet, record };
      },
      String(type),
    );
    return new FakeConditionalFormat(this.context, () => created ?? null);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.enqueueOp("getCount", (target, tx) => {
      const count = this.listElements(target).length;
      tx.onCommit(() => result.resolveWith(count));
    });
    return result;
  }

  getItem(id: string): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const found = this.listElements(this.resolve()).find((element) => element.record.id === id);
      return found ?? null;
    });
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => this.listElements(this.resolve())[index] ?? null);
  }

  /** Removes the conditional formats that intersect the range. */
  clearAll(): void {
    this.enqueueOp("clearAll", (target) => {
      target.sheet.assertAllowed(null, "ConditionalFormatCollection.clearAll");
      target.sheet.cfRecords = target.sheet.cfRecords.filter(
        (record) => intersectRects(record.rect, target.rect) === null,
      );
    });
  }
}
