import { formatAddress } from "./address";
import { FakeClientObject, FakeClientResult, FakeCollection, Readers } from "./clientObject";
import { officeError } from "./fakeOfficeError";
import { FakeRange } from "./range";
import { RangeTarget, resolveRangeArgument } from "./rangeTarget";
import { NamedItemRecord } from "./records";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";
import { FakeWorkbookState } from "./workbookState";

interface NameTarget {
  readonly state: FakeWorkbookState;
  readonly record: NamedItemRecord;
}

interface NamedItemSnapshot {
  name: string;
  formula: string;
  comment: string;
  visible: boolean;
  type: string;
  value: string | number | boolean;
  scope: string;
}

/** The value Excel reports for a name: the address for a range, the constant for a constant. */
function nameValue(target: NameTarget): string | number | boolean {
  const formula = target.state.nameFormula(target.record);
  if (target.record.reference !== null) return formula.slice(1);
  const body = formula.slice(1).trim();
  if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body)) return Number(body);
  if (/^(TRUE|FALSE)$/i.test(body)) return body.toUpperCase() === "TRUE";
  const quoted = /^"((?:[^"]|"")*)"$/.exec(body);
  return quoted ? quoted[1].replace(/""/g, '"') : body;
}

/**
 * Excel.NamedItem. The fake does not evaluate formulas: `type` and `value` are exact for range references and
 * constants; any other formula reports type "String" and its text as value.
 */
export class FakeNamedItem extends FakeClientObject<NamedItemSnapshot, NameTarget> {
  readonly typeName = "NamedItem";
  readonly kind = "namedItem";
  protected readonly readers: Readers<NamedItemSnapshot, NameTarget> = {
    name: (t) => t.record.name,
    formula: (t) => t.state.nameFormula(t.record),
    comment: (t) => t.record.comment,
    visible: (t) => t.record.visible,
    type: (t) => t.state.nameType(t.record),
    value: (t) => nameValue(t),
    scope: (t) => (t.record.scopeSheetId === null ? "Workbook" : "Worksheet"),
  };

  constructor(context: FakeRequestContext, locate: () => NameTarget | null, nullableKind?: string) {
    super(context, locate, nullableKind);
  }

  protected override isLive(target: NameTarget): boolean {
    return target.state.nameRecords.includes(target.record);
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      formula: (v) => (this.formula = v),
      comment: (v) => (this.comment = v),
      visible: (v) => (this.visible = v),
    };
  }

  get name(): string {
    return this.read("name");
  }
  get formula(): string {
    return this.read("formula");
  }
  set formula(v: unknown) {
    this.enqueueOp("formula", ({ state, record }) => {
      if (typeof v !== "string" || v === "") throw officeError("InvalidArgument", "NamedItem.formula", String(v));
      const scope = record.scopeSheetId === null ? null : (state.sheetById(record.scopeSheetId) ?? null);
      Object.assign(record, state.nameReference(v, scope, "NamedItem.formula"));
    });
  }
  get comment(): string {
    return this.read("comment");
  }
  set comment(v: unknown) {
    this.enqueueOp("comment", ({ record }) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "NamedItem.comment", String(v));
      record.comment = v;
    });
  }
  get visible(): boolean {
    return this.read("visible");
  }
  set visible(v: unknown) {
    this.enqueueOp("visible", ({ record }) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "NamedItem.visible", String(v));
      record.visible = v;
    });
  }
  get type(): string {
    return this.read("type");
  }
  get value(): string | number | boolean {
    return this.read("value");
  }
  get scope(): string {
    return this.read("scope");
  }

  private range(): RangeTarget | null {
    const { state, record } = this.resolve();
    const sheet = record.reference ? state.sheetById(record.reference.sheetId) : undefined;
    return record.reference && sheet ? { sheet, rect: record.reference.rect } : null;
  }

  /** The range the name refers to; InvalidOperation-like failure (ItemNotFound) when it is not a range. */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => this.range());
  }

  getRangeOrNullObject(): FakeRange {
    return new FakeRange(this.context, () => this.range(), "namedItem.getRangeOrNullObject");
  }

  delete(): void {
    this.enqueueOp("delete", ({ state, record }) => {
      state.nameRecords.splice(state.nameRecords.indexOf(record), 1);
    });
  }
}

/** The scope a names collection lists: the workbook (scope null) or one sheet. */
interface NamesScope {
  readonly scope: FakeSheetState | null;
}

/** Excel.NamedItemCollection of the workbook (workbook-scoped names) or of a worksheet (its own names). */
export class FakeNamedItemCollection extends FakeCollection<FakeNamedItem, NameTarget, NamesScope> {
  readonly typeName = "NamedItemCollection";
  readonly kind: string;

  constructor(context: FakeRequestContext, locate: () => NamesScope, kind: string) {
    super(context, locate);
    this.kind = kind;
  }

  protected override isLive(target: NamesScope): boolean {
    return target.scope === null || !target.scope.deleted;
  }

  protected listElements(target: NamesScope): NameTarget[] {
    const state = this.context.host.state;
    const scopeId = target.scope === null ? null : target.scope.id;
    return state.nameRecords.filter((record) => record.scopeSheetId === scopeId).map((record) => ({ state, record }));
  }

  protected makeItem(element: NameTarget): FakeNamedItem {
    return new FakeNamedItem(this.context, () => element);
  }

  /** Adds a name for a Range or a formula ("=Sheet!$A$1", "=2024", "=DATE(…)"); Excel's name rules apply. */
  add(name: string, reference: unknown, comment?: string): FakeNamedItem {
    let created: NameTarget | undefined;
    this.enqueueOp(
      "add",
      ({ scope }, tx) => {
        const location = "NamedItemCollection.add";
        const state = this.context.host.state;
        const target =
          typeof reference === "string" ? reference : resolveRangeArgument(reference, this.context, scope, location);
        const record = state.addName(name, target, scope, comment ?? "", location);
        created = { state, record };
        if (typeof target !== "string") {
          tx.describe({ sheet: target.sheet.name, address: formatAddress(target.rect) });
        }
      },
      name,
    );
    return new FakeNamedItem(this.context, () => created ?? null);
  }

  private find(name: string): NameTarget | null {
    const target = this.resolve();
    const state = this.context.host.state;
    const record = state.findName(name, target.scope === null ? null : target.scope.id);
    return record ? { state, record } : null;
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name));
  }

  getItemOrNullObject(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => this.find(name), `${this.kind}.getItemOrNullObject`);
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.enqueueOp("getCount", (target, tx) => {
      const count = this.listElements(target).length;
      tx.onCommit(() => result.resolveWith(count));
    });
    return result;
  }
}
