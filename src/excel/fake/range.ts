import { formatAddress } from "./address";
import { cellProperties, columnProperties, rowProperties } from "./cellProperties";
import { enumValues } from "./cellFormat";
import { CellInput, interpretCellInput } from "./cellInput";
import { FakeClientObject, FakeClientResult, Loadable, Readers } from "./clientObject";
import { FakeConditionalFormatCollection } from "./conditionalFormats";
import { FakeDataValidation } from "./dataValidation";
import { excelEnums } from "./excelEnums";
import { notModelled, officeError } from "./fakeOfficeError";
import {
  GridRect,
  MAX_COLUMNS,
  MAX_ROWS,
  boundingRect,
  cellCount,
  containsRect,
  intersectRects,
  isEntireColumns,
  isEntireRows,
  lastColumn,
  lastRow,
} from "./gridRect";
import { FakeRangeFormat } from "./rangeFormat";
import {
  RangeTarget,
  checkedRect,
  matrixInput,
  qualifiedAddress,
  readMatrix,
  resolveRangeArgument,
} from "./rangeTarget";
import type { FakeRequestContext } from "./requestContext";
import { ERROR_VALUES, displayText } from "./sheetState";
import { FakeWorksheet } from "./worksheet";

/** A cell as Range.values / Range.formulas report it: "" for empty, null for a formula with no cached value. */
export type CellOut = string | number | boolean | null;

interface RangeSnapshot {
  address: string;
  addressLocal: string;
  values: CellOut[][];
  formulas: CellOut[][];
  formulasLocal: CellOut[][];
  numberFormat: string[][];
  numberFormatLocal: string[][];
  text: string[][];
  valueTypes: string[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  cellCount: number;
  isEntireRow: boolean;
  isEntireColumn: boolean;
  rowHidden: boolean | null;
  columnHidden: boolean | null;
  hidden: boolean | null;
}

/** Most cells a single write may touch; beyond it the fake refuses rather than loop for minutes. */
const WRITE_LIMIT = MAX_ROWS;

const CLEAR_TARGETS = enumValues(excelEnums.ClearApplyTo);

function hiddenState(indexes: Set<number>, start: number, count: number): boolean | null {
  let hidden = 0;
  for (const index of indexes) if (index >= start && index < start + count) hidden += 1;
  return hidden === 0 ? false : hidden === count ? true : null;
}

function readValue(target: RangeTarget, row: number, column: number): CellOut {
  const { sheet } = target;
  const value = sheet.value(row, column);
  if (sheet.formula(row, column) !== null) return value;
  return value ?? "";
}

function readFormula(target: RangeTarget, row: number, column: number): CellOut {
  const { sheet } = target;
  const formula = sheet.formula(row, column);
  if (formula !== null) return formula;
  const value = sheet.value(row, column);
  if (value === null) return "";
  return sheet.quotePrefix(row, column) && typeof value === "string" ? `'${value}` : value;
}

function readValueType(target: RangeTarget, row: number, column: number): string {
  const value = target.sheet.value(row, column);
  if (value === null) return "Empty";
  if (typeof value === "number") return "Double";
  if (typeof value === "boolean") return "Boolean";
  return target.sheet.formula(row, column) !== null && ERROR_VALUES.has(value) ? "Error" : "String";
}

/**
 * Excel.Range. Reads (values, formulas, numberFormat, text, valueTypes, address, indexes, hidden) come from
 * load() + sync(); writes are queued and applied in order at the next sync.
 *
 * Modelled write semantics: a 2-D array must match the range's size (else InvalidArgument at sync); a single
 * value fills the range; null inside an array leaves that cell unchanged; "" clears; strings are interpreted as
 * typed input (see cellInput.ts: "=…", "+…", "-…", "@…" become formulas unless the cell is formatted "@" or the
 * text starts with an apostrophe). Formulas are stored, not calculated: a formula cell reads back its cached
 * value, which is null unless a test seeded one (state.sheet(x).setCell(a, { formula, value })).
 */
export class FakeRange extends FakeClientObject<RangeSnapshot, RangeTarget> {
  readonly typeName = "Range";
  readonly kind = "range";
  private formatObject: FakeRangeFormat | undefined;
  private validationObject: FakeDataValidation | undefined;
  private conditionalFormatsObject: FakeConditionalFormatCollection | undefined;
  private worksheetObject: FakeWorksheet | undefined;

  protected readonly readers: Readers<RangeSnapshot, RangeTarget> = {
    address: (t) => qualifiedAddress(t),
    addressLocal: (t) => qualifiedAddress(t),
    values: (t) => readMatrix(t, "Range.values", (r, c) => readValue(t, r, c)),
    formulas: (t) => readMatrix(t, "Range.formulas", (r, c) => readFormula(t, r, c)),
    formulasLocal: (t) => readMatrix(t, "Range.formulasLocal", (r, c) => readFormula(t, r, c)),
    numberFormat: (t) => readMatrix(t, "Range.numberFormat", (r, c) => t.sheet.format(r, c, "numberFormat")),
    numberFormatLocal: (t) => readMatrix(t, "Range.numberFormatLocal", (r, c) => t.sheet.format(r, c, "numberFormat")),
    text: (t) => readMatrix(t, "Range.text", (r, c) => displayText(t.sheet.value(r, c))),
    valueTypes: (t) => readMatrix(t, "Range.valueTypes", (r, c) => readValueType(t, r, c)),
    rowIndex: (t) => t.rect.row,
    columnIndex: (t) => t.rect.column,
    rowCount: (t) => t.rect.rowCount,
    columnCount: (t) => t.rect.columnCount,
    cellCount: (t) => cellCount(t.rect),
    isEntireRow: (t) => isEntireRows(t.rect),
    isEntireColumn: (t) => isEntireColumns(t.rect),
    rowHidden: (t) => hiddenState(t.sheet.hiddenRowSet, t.rect.row, t.rect.rowCount),
    columnHidden: (t) => hiddenState(t.sheet.hiddenColumnSet, t.rect.column, t.rect.columnCount),
    hidden: (t) => {
      const rows = hiddenState(t.sheet.hiddenRowSet, t.rect.row, t.rect.rowCount);
      const columns = hiddenState(t.sheet.hiddenColumnSet, t.rect.column, t.rect.columnCount);
      if (rows === true || columns === true) return true;
      return rows === false && columns === false ? false : null;
    },
  };

  constructor(context: FakeRequestContext, locator: () => RangeTarget | null, nullableKind?: string) {
    super(context, locator, nullableKind);
  }

  protected override isLive(target: RangeTarget): boolean {
    return !target.sheet.deleted;
  }

  protected override describe(target: RangeTarget): { sheet?: string; address?: string } {
    return { sheet: target.sheet.name, address: formatAddress(target.rect) };
  }

  protected override navigation(): Record<string, Loadable> {
    return {
      format: this.format,
      dataValidation: this.dataValidation,
      conditionalFormats: this.conditionalFormats,
      worksheet: this.worksheet,
    };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      values: (value) => {
        this.values = value;
      },
      formulas: (value) => {
        this.formulas = value;
      },
      formulasLocal: (value) => {
        this.formulasLocal = value;
      },
      numberFormat: (value) => {
        this.numberFormat = value;
      },
      numberFormatLocal: (value) => {
        this.numberFormatLocal = value;
      },
      rowHidden: (value) => {
        this.rowHidden = value;
      },
      columnHidden: (value) => {
        this.columnHidden = value;
      },
    };
  }

  // ---- properties ------------------------------------------------------------------------------------------

  get address(): string {
    return this.read("address");
  }
  get addressLocal(): string {
    return this.read("addressLocal");
  }
  get values(): CellOut[][] {
    return this.read("values");
  }
  set values(input: unknown) {
    this.enqueueOp("values", (target) => this.writeCells(target, input, "values"));
  }
  get formulas(): CellOut[][] {
    return this.read("formulas");
  }
  set formulas(input: unknown) {
    this.enqueueOp("formulas", (target) => this.writeCells(target, input, "formulas"));
  }
  get formulasLocal(): CellOut[][] {
    return this.read("formulasLocal");
  }
  set formulasLocal(input: unknown) {
    this.enqueueOp("formulasLocal", (target) => this.writeCells(target, input, "formulasLocal"));
  }
  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(input: unknown) {
    this.enqueueOp("numberFormat", (target) => this.writeNumberFormat(target, input, "Range.numberFormat"));
  }
  get numberFormatLocal(): string[][] {
    return this.read("numberFormatLocal");
  }
  set numberFormatLocal(input: unknown) {
    this.enqueueOp("numberFormatLocal", (target) => this.writeNumberFormat(target, input, "Range.numberFormatLocal"));
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get isEntireRow(): boolean {
    return this.read("isEntireRow");
  }
  get isEntireColumn(): boolean {
    return this.read("isEntireColumn");
  }
  get hidden(): boolean | null {
    return this.read("hidden");
  }
  get rowHidden(): boolean | null {
    return this.read("rowHidden");
  }
  set rowHidden(input: unknown) {
    this.enqueueOp("rowHidden", (target) => {
      if (typeof input !== "boolean") throw officeError("InvalidArgument", "Range.rowHidden", "expected a boolean");
      target.sheet.assertAllowed("allowFormatRows", "Range.rowHidden");
      for (let row = target.rect.row; row <= lastRow(target.rect); row += 1) {
        if (input) target.sheet.hiddenRowSet.add(row);
        else target.sheet.hiddenRowSet.delete(row);
      }
    });
  }
  get columnHidden(): boolean | null {
    return this.read("columnHidden");
  }
  set columnHidden(input: unknown) {
    this.enqueueOp("columnHidden", (target) => {
      if (typeof input !== "boolean") throw officeError("InvalidArgument", "Range.columnHidden", "expected a boolean");
      target.sheet.assertAllowed("allowFormatColumns", "Range.columnHidden");
      for (let column = target.rect.column; column <= lastColumn(target.rect); column += 1) {
        if (input) target.sheet.hiddenColumnSet.add(column);
        else target.sheet.hiddenColumnSet.delete(column);
      }
    });
  }

  get format(): FakeRangeFormat {
    this.formatObject ??= new FakeRangeFormat(this.context, () => this.resolve());
    return this.formatObject;
  }

  get dataValidation(): FakeDataValidation {
    this.validationObject ??= new FakeDataValidation(this.context, () => this.resolve());
    return this.validationObject;
  }

  get conditionalFormats(): FakeConditionalFormatCollection {
    this.conditionalFormatsObject ??= new FakeConditionalFormatCollection(this.context, () => this.resolve());
    return this.conditionalFormatsObject;
  }

  get worksheet(): FakeWorksheet {
    this.worksheetObject ??= new FakeWorksheet(this.context, () => this.resolve().sheet);
    return this.worksheetObject;
  }

  // ---- writes ----------------------------------------------------------------------------------------------

  private writeCells(target: RangeTarget, input: unknown, property: string): void {
    const location = `Range.${property}`;
    const { sheet, rect } = target;
    const at = matrixInput(input, rect, location);
    if (cellCount(rect) > WRITE_LIMIT) throw notModelled(`writing ${property} to ${cellCount(rect)} cells`, location);
    const inputs: CellInput[] = [];
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        const parsed = interpretCellInput(
          at(row, column),
          sheet.format(row, column, "numberFormat"),
          sheet.workbook.currentYear,
        );
        if (parsed.kind === "invalid") {
          throw officeError(
            "InvalidArgument",
            location,
            `${formatAddress({ row, column, rowCount: 1, columnCount: 1 })}: ${parsed.reason}`,
          );
        }
        inputs.push(parsed);
      }
    }
    sheet.assertContentEditable(rect, location);
    const seq = sheet.workbook.nextSeq();
    let index = 0;
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        sheet.applyInput(row, column, inputs[index], seq);
        index += 1;
      }
    }
  }

  private writeNumberFormat(target: RangeTarget, input: unknown, location: string): void {
    const { sheet, rect } = target;
    const at = matrixInput(input, rect, location);
    sheet.assertAllowed("allowFormatCells", location);
    const seq = sheet.workbook.nextSeq();
    if (!Array.isArray(input)) {
      if (typeof input !== "string") throw officeError("InvalidArgument", location, "a number format is a string");
      sheet.writeFormat(rect, "numberFormat", input === "" ? "General" : input, seq);
      return;
    }
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        const value = at(row, column);
        if (value === null) continue;
        if (typeof value !== "string") throw officeError("InvalidArgument", location, "a number format is a string");
        sheet.writeFormat(
          { row, column, rowCount: 1, columnCount: 1 },
          "numberFormat",
          value === "" ? "General" : value,
          seq,
        );
      }
    }
  }

  // ---- navigation to other ranges --------------------------------------------------------------------------

  private derived(location: string, compute: (target: RangeTarget) => GridRect): FakeRange {
    return new FakeRange(this.context, () => {
      const target = this.resolve();
      return { sheet: target.sheet, rect: checkedRect(compute(target), location) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.derived("Range.getCell", ({ rect }) => ({
      row: rect.row + row,
      column: rect.column + column,
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): FakeRange {
    return this.derived("Range.getOffsetRange", ({ rect }) => ({
      ...rect,
      row: rect.row + rowOffset,
      column: rect.column + columnOffset,
    }));
  }

  getResizedRange(deltaRows: number, deltaColumns: number): FakeRange {
    return this.derived("Range.getResizedRange", ({ rect }) => ({
      ...rect,
      rowCount: rect.rowCount + deltaRows,
      columnCount: rect.columnCount + deltaColumns,
    }));
  }

  getAbsoluteResizedRange(numRows: number, numColumns: number): FakeRange {
    return this.derived("Range.getAbsoluteResizedRange", ({ rect }) => ({
      ...rect,
      rowCount: numRows,
      columnCount: numColumns,
    }));
  }

  getEntireRow(): FakeRange {
    return this.derived("Range.getEntireRow", ({ rect }) => ({ ...rect, column: 0, columnCount: MAX_COLUMNS }));
  }

  getEntireColumn(): FakeRange {
    return this.derived("Range.getEntireColumn", ({ rect }) => ({ ...rect, row: 0, rowCount: MAX_ROWS }));
  }

  getRow(row: number): FakeRange {
    return this.derived("Range.getRow", ({ rect }) => ({ ...rect, row: rect.row + row, rowCount: 1 }));
  }

  getColumn(column: number): FakeRange {
    return this.derived("Range.getColumn", ({ rect }) => ({ ...rect, column: rect.column + column, columnCount: 1 }));
  }

  getLastCell(): FakeRange {
    return this.derived("Range.getLastCell", ({ rect }) => ({
      row: lastRow(rect),
      column: lastColumn(rect),
      rowCount: 1,
      columnCount: 1,
    }));
  }

  getLastRow(): FakeRange {
    return this.derived("Range.getLastRow", ({ rect }) => ({ ...rect, row: lastRow(rect), rowCount: 1 }));
  }

  getLastColumn(): FakeRange {
    return this.derived("Range.getLastColumn", ({ rect }) => ({ ...rect, column: lastColumn(rect), columnCount: 1 }));
  }

  getRowsAbove(count = 1): FakeRange {
    return this.derived("Range.getRowsAbove", ({ rect }) => ({ ...rect, row: rect.row - count, rowCount: count }));
  }

  getRowsBelow(count = 1): FakeRange {
    return this.derived("Range.getRowsBelow", ({ rect }) => ({ ...rect, row: lastRow(rect) + 1, rowCount: count }));
  }

  getColumnsBefore(count = 1): FakeRange {
    return this.derived("Range.getColumnsBefore", ({ rect }) => ({
      ...rect,
      column: rect.column - count,
      columnCount: count,
    }));
  }

  getColumnsAfter(count = 1): FakeRange {
    return this.derived("Range.getColumnsAfter", ({ rect }) => ({
      ...rect,
      column: lastColumn(rect) + 1,
      columnCount: count,
    }));
  }

  getBoundingRect(other: unknown): FakeRange {
    return this.derived("Range.getBoundingRect", (target) => {
      const second = resolveRangeArgument(other, this.context, target.sheet, "Range.getBoundingRect");
      if (second.sheet !== target.sheet)
        throw officeError("InvalidArgument", "Range.getBoundingRect", "different sheets");
      return boundingRect(target.rect, second.rect);
    });
  }

  private intersection(other: unknown, location: string): RangeTarget | null {
    const target = this.resolve();
    const second = resolveRangeArgument(other, this.context, target.sheet, location);
    if (second.sheet !== target.sheet) return null;
    const rect = intersectRects(target.rect, second.rect);
    return rect ? { sheet: target.sheet, rect } : null;
  }

  getIntersection(other: unknown): FakeRange {
    return new FakeRange(this.context, () => this.intersection(other, "Range.getIntersection"));
  }

  getIntersectionOrNullObject(other: unknown): FakeRange {
    return new FakeRange(
      this.context,
      () => this.intersection(other, "Range.getIntersectionOrNullObject"),
      "range.getIntersectionOrNullObject",
    );
  }

  private usedPart(valuesOnly: boolean): RangeTarget | null {
    const target = this.resolve();
    const used = target.sheet.usedRect(valuesOnly);
    const rect = used ? intersectRects(used, target.rect) : null;
    return rect ? { sheet: target.sheet, rect } : null;
  }

  /** Like Excel, the used part of a blank range is its top-left cell. */
  /** Per-cell formats (ExcelApi 1.9), computed at the next sync; see cellProperties.ts for what is modelled. */
  getCellProperties(options: Excel.CellPropertiesLoadOptions): FakeClientResult<Excel.CellProperties[][]> {
    const result = new FakeClientResult<Excel.CellProperties[][]>();
    this.enqueueOp("getCellProperties", (target, tx) => {
      const cells = cellProperties(target, options, "Range.getCellProperties");
      tx.onCommit(() => result.resolveWith(cells));
    });
    return result;
  }

  /** Per-column properties (ExcelApi 1.9): index, hidden, width. */
  getColumnProperties(options: Excel.ColumnPropertiesLoadOptions): FakeClientResult<Excel.ColumnProperties[]> {
    const result = new FakeClientResult<Excel.ColumnProperties[]>();
    this.enqueueOp("getColumnProperties", (target, tx) => {
      const columns = columnProperties(target, options, "Range.getColumnProperties");
      tx.onCommit(() => result.resolveWith(columns));
    });
    return result;
  }

  /** Per-row properties (ExcelApi 1.9): index, hidden, height. */
  getRowProperties(options: Excel.RowPropertiesLoadOptions): FakeClientResult<Excel.RowProperties[]> {
    const result = new FakeClientResult<Excel.RowProperties[]>();
    this.enqueueOp("getRowProperties", (target, tx) => {
      const rows = rowProperties(target, options, "Range.getRowProperties");
      tx.onCommit(() => result.resolveWith(rows));
    });
    return result;
  }

  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const target = this.resolve();
      return (
        this.usedPart(valuesOnly) ?? { sheet: target.sheet, rect: { ...target.rect, rowCount: 1, columnCount: 1 } }
      );
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => this.usedPart(valuesOnly), "range.getUsedRangeOrNullObject");
  }

  // ---- methods ---------------------------------------------------------------------------------------------

  /** Selects the range (activating its sheet); fires selection events after the sync unless disabled. */
  select(): void {
    this.enqueueOp("select", (target, tx) => {
      const host = this.context.host;
      if (target.sheet.visibility !== "Visible") {
        throw officeError("InvalidOperation", "Range.select", "the sheet is hidden");
      }
      const previous = host.applySelection(target.sheet, target.rect);
      if (host.options.apiSelectionFiresEvents) {
        tx.afterSync(() => host.fireSelectionEvents(previous, target.sheet, target.rect));
      }
    });
  }

  clear(applyTo: unknown = "All"): void {
    this.enqueueOp(
      "clear",
      ({ sheet, rect }) => {
        const location = "Range.clear";
        if (typeof applyTo !== "string" || !CLEAR_TARGETS.includes(applyTo)) {
          throw officeError("InvalidArgument", location, `applyTo '${String(applyTo)}'`);
        }
        const contents = applyTo === "All" || applyTo === "Contents" || applyTo === "ResetContents";
        const formats = applyTo === "All" || applyTo === "Formats";
        if (contents) {
          sheet.assertContentEditable(rect, location);
          for (const cell of [...sheet.cellsIn(rect)]) sheet.clearContent(cell.row, cell.column);
        }
        if (formats) {
          sheet.assertAllowed("allowFormatCells", location);
          sheet.clearFormats(rect, sheet.workbook.nextSeq());
          sheet.cfRecords = sheet.cfRecords.filter((record) => !containsRect(rect, record.rect));
        }
      },
      String(applyTo),
    );
  }

  /** Inserts cells and shifts existing ones; see FakeSheetState.shiftCells for what moves. */
  insert(shift: unknown): FakeRange {
    this.enqueueOp(
      "insert",
      ({ sheet, rect }) => {
        const location = "Range.insert";
        if (shift !== "Down" && shift !== "Right")
          throw officeError("InvalidArgument", location, `shift '${String(shift)}'`);
        sheet.assertAllowed(shift === "Down" ? "allowInsertRows" : "allowInsertColumns", location);
        sheet.shiftCells(
          rect,
          shift === "Down" ? "down" : "right",
          shift === "Down" ? rect.rowCount : rect.columnCount,
        );
      },
      String(shift),
    );
    return new FakeRange(this.context, () => this.resolve());
  }

  delete(shift: unknown): void {
    this.enqueueOp(
      "delete",
      ({ sheet, rect }) => {
        const location = "Range.delete";
        if (shift !== "Up" && shift !== "Left")
          throw officeError("InvalidArgument", location, `shift '${String(shift)}'`);
        sheet.assertAllowed(shift === "Up" ? "allowDeleteRows" : "allowDeleteColumns", location);
        sheet.shiftCells(rect, shift === "Up" ? "up" : "left", shift === "Up" ? rect.rowCount : rect.columnCount);
      },
      String(shift),
    );
  }

  merge(across = false): void {
    this.enqueueOp("merge", ({ sheet, rect }) => {
      sheet.assertAllowed(null, "Range.merge");
      const parts = across
        ? Array.from({ length: rect.rowCount }, (_, i): GridRect => ({ ...rect, row: rect.row + i, rowCount: 1 }))
        : [rect];
      sheet.mergeRects = sheet.mergeRects.filter((merged) => !intersectRects(merged, rect));
      sheet.mergeRects.push(...parts.filter((part) => cellCount(part) > 1));
    });
  }

  unmerge(): void {
    this.enqueueOp("unmerge", ({ sheet, rect }) => {
      sheet.assertAllowed(null, "Range.unmerge");
      sheet.mergeRects = sheet.mergeRects.filter((merged) => !intersectRects(merged, rect));
    });
  }

  /** Recalculation is not modelled; the call is logged so a test can see it was made. */
  calculate(): void {
    this.enqueueOp("calculate", () => undefined);
  }
}
