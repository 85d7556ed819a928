import { formatAddress } from "./address";
import { FakeClientObject, FakeClientResult, FakeCollection, Loadable, Readers } from "./clientObject";
import { notModelled, officeError } from "./fakeOfficeError";
import { GridRect, intersectRects, lastColumn, lastRow } from "./gridRect";
import { FakeRange } from "./range";
import { RangeTarget, resolveRangeArgument } from "./rangeTarget";
import { TableRecord } from "./records";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState, displayText } from "./sheetState";
import { FakeWorkbookState, isValidDefinedName } from "./workbookState";
import { FakeWorksheet } from "./worksheet";

interface TableTarget {
  readonly state: FakeWorkbookState;
  readonly record: TableRecord;
}

interface TableSnapshot {
  id: string;
  name: string;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

type BooleanOption = Exclude<keyof TableSnapshot, "id" | "name" | "style">;

const BOOLEAN_OPTIONS: readonly BooleanOption[] = [
  "showHeaders",
  "showTotals",
  "showBandedRows",
  "showBandedColumns",
  "showFilterButton",
  "highlightFirstColumn",
  "highlightLastColumn",
];

/**
 * Excel.Table. Header rows, data body and total row are derived from the table's rect; showHeaders/showTotals
 * are recorded but do not move cells.
 */
export class FakeTable extends FakeClientObject<TableSnapshot, TableTarget> {
  readonly typeName = "Table";
  readonly kind = "table";
  private worksheetObject: FakeWorksheet | undefined;
  protected readonly readers: Readers<TableSnapshot, TableTarget> = {
    id: (t) => t.record.id,
    name: (t) => t.record.name,
    style: (t) => t.record.style,
    showHeaders: (t) => t.record.showHeaders,
    showTotals: (t) => t.record.showTotals,
    showBandedRows: (t) => t.record.showBandedRows,
    showBandedColumns: (t) => t.record.showBandedColumns,
    showFilterButton: (t) => t.record.showFilterButton,
    highlightFirstColumn: (t) => t.record.highlightFirstColumn,
    highlightLastColumn: (t) => t.record.highlightLastColumn,
  };

  constructor(context: FakeRequestContext, locate: () => TableTarget | null, nullableKind?: string) {
    super(context, locate, nullableKind);
  }

  protected override isLive(target: TableTarget): boolean {
    return target.state.tableRecords.includes(target.record);
  }

  protected override describe(target: TableTarget): { sheet?: string; address?: string } {
    return { sheet: target.state.sheetById(target.record.sheetId)?.name, address: formatAddress(target.record.rect) };
  }

  protected override navigation(): Record<string, Loadable> {
    return { worksheet: this.worksheet };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    const entries: Record<string, (value: unknown) => void> = {
      name: (v) => (this.name = v),
      style: (v) => (this.style = v),
    };
    for (const option of BOOLEAN_OPTIONS) entries[option] = (v) => this.setFlag(option, v);
    return entries;
  }

  get worksheet(): FakeWorksheet {
    this.worksheetObject ??= new FakeWorksheet(this.context, () => {
      const { state, record } = this.resolve();
      return state.sheetById(record.sheetId) ?? null;
    });
    return this.worksheetObject;
  }

  get id(): string {
    return this.read("id");
  }
  get name(): string {
    return this.read("name");
  }
  set name(v: unknown) {
    this.enqueueOp(
      "name",
      ({ state, record }) => {
        const location = "Table.name";
        if (typeof v !== "string" || !isValidDefinedName(v)) throw officeError("InvalidArgument", location, String(v));
        const clash = state.findTable(v);
        if ((clash && clash !== record) || state.findName(v, null)) {
          throw officeError("ItemAlreadyExists", location, `the name '${v}' exists`);
        }
        record.name = v;
      },
      String(v),
    );
  }
  get style(): string {
    return this.read("style");
  }
  set style(v: unknown) {
    this.enqueueOp("style", ({ record }) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", "Table.style", String(v));
      record.style = v;
    });
  }
  private setFlag(option: BooleanOption, v: unknown): void {
    this.enqueueOp(option, ({ record }) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", `Table.${option}`, String(v));
      record[option] = v;
    });
  }
  get showHeaders(): boolean {
    return this.read("showHeaders");
  }
  set showHeaders(v: unknown) {
    this.setFlag("showHeaders", v);
  }
  get showTotals(): boolean {
    return this.read("showTotals");
  }
  set showTotals(v: unknown) {
    this.setFlag("showTotals", v);
  }
  get showBandedRows(): boolean {
    return this.read("showBandedRows");
  }
  set showBandedRows(v: unknown) {
    this.setFlag("showBandedRows", v);
  }
  get showBandedColumns(): boolean {
    return this.read("showBandedColumns");
  }
  set showBandedColumns(v: unknown) {
    this.setFlag("showBandedColumns", v);
  }
  get showFilterButton(): boolean {
    return this.read("showFilterButton");
  }
  set showFilterButton(v: unknown) {
    this.setFlag("showFilterButton", v);
  }
  get highlightFirstColumn(): boolean {
    return this.read("highlightFirstColumn");
  }
  set highlightFirstColumn(v: unknown) {
    this.setFlag("highlightFirstColumn", v);
  }
  get highlightLastColumn(): boolean {
    return this.read("highlightLastColumn");
  }
  set highlightLastColumn(v: unknown) {
    this.setFlag("highlightLastColumn", v);
  }

  private part(location: string, pick: (rect: GridRect, record: TableRecord) => GridRect | null): FakeRange {
    return new FakeRange(this.context, () => {
      const { state, record } = this.resolve();
      const sheet = state.sheetById(record.sheetId);
      const rect = pick(record.rect, record);
      if (!sheet) return null;
      if (!rect) throw officeError("ItemNotFound", location, "the table has no such part");
      return { sheet, rect };
    });
  }

  getRange(): FakeRange {
    return this.part("Table.getRange", (rect) => rect);
  }

  getHeaderRowRange(): FakeRange {
    return this.part("Table.getHeaderRowRange", (rect, record) =>
      record.showHeaders ? { ...rect, rowCount: 1 } : null,
    );
  }

  getDataBodyRange(): FakeRange {
    return this.part("Table.getDataBodyRange", (rect, record) => {
      const top = record.showHeaders ? 1 : 0;
      const bottom = record.showTotals ? 1 : 0;
      const rowCount = rect.rowCount - top - bottom;
      return rowCount < 1 ? null : { ...rect, row: rect.row + top, rowCount };
    });
  }

  getTotalRowRange(): FakeRange {
    return this.part("Table.getTotalRowRange", (rect, record) =>
      record.showTotals ? { ...rect, row: lastRow(rect), rowCount: 1 } : null,
    );
  }

  delete(): void {
    this.enqueueOp("delete", ({ state, record }) => {
      state.sheetById(record.sheetId)?.assertAllowed(null, "Table.delete");
      state.tableRecords.splice(state.tableRecords.indexOf(record), 1);
    });
  }

  /** Converts to a plain range: the table goes, its cells stay. */
  convertToRange(): FakeRange {
    let rangeTarget: RangeTarget | null = null;
    this.enqueueOp("convertToRange", ({ state, record }) => {
      const sheet = state.sheetById(record.sheetId);
      rangeTarget = sheet ? { sheet, rect: record.rect } : null;
      state.tableRecords.splice(state.tableRecords.indexOf(record), 1);
    });
    return new FakeRange(this.context, () => rangeTarget);
  }
}

/** Which tables a collection lists: one sheet's, or the whole workbook's (sheet null). */
interface TablesScope {
  readonly sheet: FakeSheetState | null;
}

/**
 * Excel.TableCollection (workbook.tables or worksheet.tables). add(address, hasHeaders) with hasHeaders = true
 * turns the first row into headers as Excel does: blanks become "Column1"…, duplicates get a number, values
 * become text. hasHeaders = false is not modelled (Excel inserts a header row and moves the data).
 */
export class FakeTableCollection extends FakeCollection<FakeTable, TableTarget, TablesScope> {
  readonly typeName = "TableCollection";
  readonly kind: string;

  constructor(context: FakeRequestContext, locate: () => TablesScope, kind: string) {
    super(context, locate);
    this.kind = kind;
  }

  protected override isLive(target: TablesScope): boolean {
    return target.sheet === null || !target.sheet.deleted;
  }

  protected listElements(target: TablesScope): TableTarget[] {
    const state = this.context.host.state;
    const records = state.tableRecords.filter((record) => target.sheet === null || record.sheetId === target.sheet.id);
    // Workbook order: by sheet position, as Excel lists them.
    const position = (record: TableRecord): number => state.sheetById(record.sheetId)?.position ?? 0;
    return [...records].sort((a, b) => position(a) - position(b)).map((record) => ({ state, record }));
  }

  protected makeItem(element: TableTarget): FakeTable {
    return new FakeTable(this.context, () => element);
  }

  add(address: unknown, hasHeaders: boolean): FakeTable {
    let created: TableTarget | undefined;
    this.enqueueOp(
      "add",
      ({ sheet: scope }, tx) => {
        const location = "TableCollection.add";
        const state = this.context.host.state;
        const { sheet, rect } = resolveRangeArgument(address, this.context, scope, location);
        if (scope !== null && sheet !== scope)
          throw officeError("InvalidArgument", location, "the range is on another sheet");
        tx.describe({ sheet: sheet.name, address: formatAddress(rect) });
        if (!hasHeaders) throw notModelled("tables.add with hasHeaders = false", location);
        sheet.assertAllowed(null, location);
        const overlap = state.tableRecords.find(
          (record) => record.sheetId === sheet.id && intersectRects(record.rect, rect) !== null,
        );
        if (overlap) throw officeError("InvalidArgument", location, `the range overlaps table ${overlap.name}`);
        writeHeaders(sheet, rect);
        const record: TableRecord = {
          id: state.newId("table"),
          name: state.nextTableName(),
          sheetId: sheet.id,
          rect,
          style: "TableStyleMedium2",
          showHeaders: true,
          showTotals: false,
          showBandedRows: true,
          showBandedColumns: false,
          showFilterButton: true,
          highlightFirstColumn: false,
          highlightLastColumn: false,
        };
        state.tableRecords.push(record);
        created = { state, record };
      },
      typeof address === "string" ? address : undefined,
    );
    return new FakeTable(this.context, () => created ?? null);
  }

  private find(key: string): TableTarget | null {
    const target = this.resolve();
    const element = this.listElements(target).find(
      (candidate) =>
        candidate.record.id === key || candidate.record.name.toLocaleUpperCase() === key.toLocaleUpperCase(),
    );
    return element ?? null;
  }

  getItem(key: string): FakeTable {
    return new FakeTable(this.context, () => this.find(key));
  }

  getItemOrNullObject(key: string): FakeTable {
    return new FakeTable(this.context, () => this.find(key), `${this.kind}.getItemOrNullObject`);
  }

  getItemAt(index: number): FakeTable {
    return new FakeTable(this.context, () => this.listElements(this.resolve())[index] ?? null);
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

/** Makes the header row text, unique and non-blank, as Excel does when a table is created. */
function writeHeaders(sheet: FakeSheetState, rect: GridRect): void {
  const seen = new Set<string>();
  const seq = sheet.workbook.nextSeq();
  for (let column = rect.column; column <= lastColumn(rect); column += 1) {
    const raw = sheet.formula(rect.row, column) === null ? displayText(sheet.value(rect.row, column)) : "";
    let header = raw === "" ? `Column${column - rect.column + 1}` : raw;
    const base = header;
    let n = 2;
    while (seen.has(header.toLocaleUpperCase())) {
      header = `${base}${n}`;
      n += 1;
    }
    seen.add(header.toLocaleUpperCase());
    sheet.applyInput(rect.row, column, { kind: "constant", value: header, quotePrefix: false }, seq);
  }
}
