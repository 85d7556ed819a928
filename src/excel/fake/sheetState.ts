import { columnIndexToLetters, columnLettersToIndex, formatAddress, parseAddress } from "./address";
import {
  BorderEdge,
  CellFormat,
  DEFAULT_FORMAT,
  FORMAT_KEYS,
  FormatKey,
  STANDARD_COLUMN_WIDTH,
  STANDARD_ROW_HEIGHT,
} from "./cellFormat";
import { CellInput, CellScalar } from "./cellInput";
import { officeError } from "./fakeOfficeError";
import {
  GridRect,
  MAX_COLUMNS,
  MAX_ROWS,
  cellCount,
  containsCell,
  containsRect,
  lastColumn,
  lastRow,
  rectFromCorners,
} from "./gridRect";
import {
  ChartRecord,
  ConditionalFormatRecord,
  DataValidationRecord,
  DataValidationRuleRecord,
  PageLayoutRecord,
  ProtectionRecord,
  defaultPageLayout,
  defaultProtection,
} from "./records";
import type { FakeWorkbookState } from "./workbookState";

/** A cell's content: a constant, null for empty, or for a formula cell its cached (last computed) value. */
export type CellValue = CellScalar | null;

/** A format write over a huge rect (whole columns, whole sheet), kept as one entry instead of per cell. */
interface FormatLayer<K extends FormatKey> {
  rect: GridRect;
  v: CellFormat[K];
  /** Write order across the workbook; the latest write wins between a cell's own format and a layer. */
  seq: number;
}

type LayerStore = { [K in FormatKey]?: Array<FormatLayer<K>> };

interface CellRecord {
  value: CellValue;
  formula: string | null;
  quotePrefix: boolean;
  /** The cell's own format properties, and the write order of each (see FormatLayer.seq). */
  fmt: Partial<CellFormat>;
  fmtSeq: Partial<Record<FormatKey, number>>;
}

/** How a test seeds one cell: a raw constant (stored as is, never interpreted), or the parts spelled out. */
export type SeedCell =
  | CellValue
  | {
      value?: CellValue;
      formula?: string;
      numberFormat?: string;
      format?: Partial<CellFormat>;
    };

/** What the inspection API reports for one cell, with every format property resolved. */
export interface CellSnapshot {
  address: string;
  /** The constant, or for a formula cell its cached value (null unless a test seeded one). */
  value: CellValue;
  formula: string | null;
  /** True when the text was entered with a leading apostrophe. */
  quotePrefix: boolean;
  numberFormat: string;
  text: string;
  format: {
    font: {
      name: string;
      size: number;
      bold: boolean;
      italic: boolean;
      color: string;
      underline: string;
      strikethrough: boolean;
    };
    fill: { color: string | null };
    horizontalAlignment: string;
    verticalAlignment: string;
    wrapText: boolean;
    indentLevel: number;
    textOrientation: number;
    shrinkToFit: boolean;
    locked: boolean;
    formulaHidden: boolean;
    borders: Record<BorderEdge, { style: string; color: string; weight: string }>;
  };
}

/** Ranges with more cells than this store formats as a layer instead of per cell (whole columns, whole sheet). */
const LAYER_THRESHOLD = 10_000;

export const ERROR_VALUES = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
]);

function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/** The displayed text, simplified: number formats are not applied (numbers print as JavaScript does). */
export function displayText(value: CellValue): string {
  if (value === null) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/**
 * One worksheet's state: cells, formats, and the sheet-level features the add-in writes. The fake's proxies
 * read and change it during context.sync(); tests inspect it through the public getters and methods below
 * (cell, values, usedRange, columnWidth, conditionalFormats, dataValidations, protection, freeze, …), which
 * return copies, so a snapshot taken in a test never changes under it.
 */
export class FakeSheetState {
  visibility: "Visible" | "Hidden" | "VeryHidden" = "Visible";
  tabColor = "";
  showGridlines = true;
  deleted = false;
  standardWidth = STANDARD_COLUMN_WIDTH;
  standardHeight = STANDARD_ROW_HEIGHT;
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  readonly hiddenRowSet = new Set<number>();
  readonly hiddenColumnSet = new Set<number>();
  freezeState = { rows: 0, columns: 0 };
  /** Excel remembers a selection per sheet; the workbook's selection is the active sheet's. */
  selectionRect: GridRect = { row: 0, column: 0, rowCount: 1, columnCount: 1 };
  protectionState: ProtectionRecord = defaultProtection();
  /** In priority order: index 0 is evaluated first, as Excel's priority 0. */
  cfRecords: ConditionalFormatRecord[] = [];
  dvRecords: DataValidationRecord[] = [];
  pageLayoutState: PageLayoutRecord = defaultPageLayout();
  chartRecords: ChartRecord[] = [];
  mergeRects: GridRect[] = [];
  /** The worksheet AutoFilter's range, or null when the sheet has none. */
  autoFilterRect: GridRect | null = null;
  private readonly cells = new Map<number, CellRecord>();
  private readonly layers: LayerStore = {};

  constructor(
    readonly workbook: FakeWorkbookState,
    readonly id: string,
    public name: string,
  ) {}

  // ---- engine: used by the proxies during sync -------------------------------------------------------------

  /** Existing cells inside rect (cells that were never written are absent), in no particular order. */
  *cellsIn(rect: GridRect): Generator<{ row: number; column: number }> {
    if (cellCount(rect) <= this.cells.size) {
      for (let row = rect.row; row <= lastRow(rect); row += 1) {
        for (let column = rect.column; column <= lastColumn(rect); column += 1) {
          if (this.cells.has(cellKey(row, column))) yield { row, column };
        }
      }
      return;
    }
    for (const key of [...this.cells.keys()]) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      if (containsCell(rect, row, column)) yield { row, column };
    }
  }

  value(row: number, column: number): CellValue {
    return this.cells.get(cellKey(row, column))?.value ?? null;
  }

  formula(row: number, column: number): string | null {
    return this.cells.get(cellKey(row, column))?.formula ?? null;
  }

  quotePrefix(row: number, column: number): boolean {
    return this.cells.get(cellKey(row, column))?.quotePrefix ?? false;
  }

  /** The format property in effect: the latest of the cell's own value and any layer covering it. */
  format<K extends FormatKey>(row: number, column: number, key: K): CellFormat[K] {
    const cell = this.cells.get(cellKey(row, column));
    let value = cell?.fmt[key];
    let seq = cell?.fmtSeq[key] ?? -1;
    for (const layer of this.layers[key] ?? []) {
      if (layer.seq > seq && containsCell(layer.rect, row, column)) {
        value = layer.v;
        seq = layer.seq;
      }
    }
    return value === undefined ? DEFAULT_FORMAT[key] : value;
  }

  private ensureCell(row: number, column: number): CellRecord {
    const key = cellKey(row, column);
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { value: null, formula: null, quotePrefix: false, fmt: {}, fmtSeq: {} };
      this.cells.set(key, cell);
    }
    return cell;
  }

  private dropIfBlank(row: number, column: number): void {
    const key = cellKey(row, column);
    const cell = this.cells.get(key);
    if (cell && cell.value === null && cell.formula === null && Object.keys(cell.fmt).length === 0) {
      this.cells.delete(key);
    }
  }

  private coveredByLayer(key: FormatKey, row: number, column: number): boolean {
    return (this.layers[key] ?? []).some((layer) => containsCell(layer.rect, row, column));
  }

  /** Writes one format property over rect with write order `seq` (per cell, or as a layer for huge rects). */
  writeFormat<K extends FormatKey>(rect: GridRect, key: K, value: CellFormat[K], seq: number): void {
    if (cellCount(rect) > LAYER_THRESHOLD) {
      if (this.layers[key] === undefined) this.layers[key] = [];
      const layers = this.layers[key];
      if (layers) {
        // A newer layer that covers an older one makes it unobservable: drop it to keep lookups short.
        for (let i = layers.length - 1; i >= 0; i -= 1) if (containsRect(rect, layers[i].rect)) layers.splice(i, 1);
        layers.push({ rect, v: value, seq });
      }
      return;
    }
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        if (value === DEFAULT_FORMAT[key] && !this.coveredByLayer(key, row, column)) {
          const cell = this.cells.get(cellKey(row, column));
          if (cell) {
            delete cell.fmt[key];
            delete cell.fmtSeq[key];
            this.dropIfBlank(row, column);
          }
        } else {
          const cell = this.ensureCell(row, column);
          cell.fmt[key] = value;
          cell.fmtSeq[key] = seq;
        }
      }
    }
  }

  /** Resets every format property over rect to the Normal style (Range.clear("Formats")). */
  clearFormats(rect: GridRect, seq: number): void {
    for (const key of FORMAT_KEYS) this.resetFormat(rect, key, seq);
  }

  private resetFormat<K extends FormatKey>(rect: GridRect, key: K, seq: number): void {
    this.writeFormat(rect, key, DEFAULT_FORMAT[key], seq);
  }

  /** Stores an interpreted input in one cell; the caller has already validated and interpreted it. */
  applyInput(row: number, column: number, input: CellInput, seq: number): void {
    switch (input.kind) {
      case "unchanged":
      case "invalid":
        return;
      case "empty":
        this.clearContent(row, column);
        return;
      case "formula": {
        const cell = this.ensureCell(row, column);
        cell.formula = input.formula;
        cell.value = null;
        cell.quotePrefix = false;
        return;
      }
      case "constant": {
        const cell = this.ensureCell(row, column);
        cell.formula = null;
        cell.value = input.value;
        cell.quotePrefix = input.quotePrefix;
        if (input.numberFormat !== undefined)
          this.writeFormat(rectFromCorners(row, column, row, column), "numberFormat", input.numberFormat, seq);
        return;
      }
    }
  }

  clearContent(row: number, column: number): void {
    const cell = this.cells.get(cellKey(row, column));
    if (!cell) return;
    cell.value = null;
    cell.formula = null;
    cell.quotePrefix = false;
    this.dropIfBlank(row, column);
  }

  /** Sets a raw cell, bypassing input interpretation: for seeding and for tests that simulate recalculation. */
  setRaw(row: number, column: number, seed: SeedCell): void {
    const seq = this.workbook.nextSeq();
    if (seed === null || typeof seed !== "object") {
      if (seed === null) this.clearContent(row, column);
      else Object.assign(this.ensureCell(row, column), { value: seed, formula: null, quotePrefix: false });
      return;
    }
    const cell = this.ensureCell(row, column);
    if (seed.formula !== undefined) {
      if (!seed.formula.startsWith("="))
        throw new Error(`[fake-excel] a seeded formula must start with "=": ${seed.formula}`);
      cell.formula = seed.formula;
    }
    if (seed.value !== undefined) cell.value = seed.value;
    const rect = rectFromCorners(row, column, row, column);
    if (seed.numberFormat !== undefined) this.writeFormat(rect, "numberFormat", seed.numberFormat, seq);
    for (const key of FORMAT_KEYS) {
      if (seed.format && key in seed.format) this.seedFormat(rect, key, seed.format, seq);
    }
    this.dropIfBlank(row, column);
  }

  private seedFormat<K extends FormatKey>(rect: GridRect, key: K, format: Partial<CellFormat>, seq: number): void {
    const value = format[key];
    if (value !== undefined) this.writeFormat(rect, key, value, seq);
  }

  /** The bounding rect of cells with content (valuesOnly) or with content or their own formatting. */
  usedRect(valuesOnly: boolean): GridRect | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [key, cell] of this.cells) {
      if (valuesOnly && cell.value === null && cell.formula === null) continue;
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? null : rectFromCorners(top, left, bottom, right);
  }

  /**
   * Moves cells for Range.insert/delete. Only cell records move (content and per-cell formats); format layers,
   * conditional formats, data validation, tables, names and charts keep their addresses.
   */
  shiftCells(area: GridRect, direction: "down" | "right" | "up" | "left", amount: number): void {
    const moved: Array<[number, number, CellRecord]> = [];
    const vertical = direction === "down" || direction === "up";
    for (const [key, cell] of [...this.cells]) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      const inBand = vertical
        ? column >= area.column && column <= lastColumn(area) && row >= area.row
        : row >= area.row && row <= lastRow(area) && column >= area.column;
      if (!inBand) continue;
      this.cells.delete(key);
      const removed =
        (direction === "up" && row <= lastRow(area)) || (direction === "left" && column <= lastColumn(area));
      if (removed) continue;
      const delta = direction === "down" || direction === "right" ? amount : -amount;
      const target: [number, number] = vertical ? [row + delta, column] : [row, column + delta];
      if (target[0] < MAX_ROWS && target[0] >= 0 && target[1] >= 0 && target[1] < MAX_COLUMNS) {
        moved.push([target[0], target[1], cell]);
      }
    }
    for (const [row, column, cell] of moved) this.cells.set(cellKey(row, column), cell);
  }

  /** Throws AccessDenied when the sheet is protected and any cell of rect is locked. */
  assertContentEditable(rect: GridRect, location: string): void {
    if (!this.protectionState.protected) return;
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        if (this.format(row, column, "protection.locked")) {
          throw officeError(
            "AccessDenied",
            location,
            `${formatAddress(rectFromCorners(row, column, row, column), { sheetName: this.name })} is locked on a protected sheet`,
          );
        }
      }
    }
  }

  /** Throws AccessDenied when the sheet is protected and the given protection option does not allow it. */
  assertAllowed(option: keyof ProtectionRecord["options"] | null, location: string): void {
    if (!this.protectionState.protected) return;
    if (option !== null && this.protectionState.options[option] === true) return;
    throw officeError("AccessDenied", location, `sheet '${this.name}' is protected`);
  }

  // ---- inspection: for tests ------------------------------------------------------------------------------

  /** Zero-based position among the workbook's sheets. */
  get position(): number {
    return this.workbook.sheetList.indexOf(this);
  }

  private rectOf(address: string): GridRect {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`[fake-excel] not an A1 address: ${address}`);
    return parsed.rect;
  }

  /** Everything about one cell ("B2"), with formats resolved as Excel would report them for that cell. */
  cell(address: string): CellSnapshot {
    const rect = this.rectOf(address);
    if (rect.rowCount !== 1 || rect.columnCount !== 1)
      throw new Error(`[fake-excel] cell() takes one cell: ${address}`);
    const { row, column } = rect;
    const f = <K extends FormatKey>(key: K): CellFormat[K] => this.format(row, column, key);
    const border = (edge: BorderEdge) => ({
      style: f(`border.${edge}.style`),
      color: f(`border.${edge}.color`),
      weight: f(`border.${edge}.weight`),
    });
    const borders = {
      EdgeTop: border("EdgeTop"),
      EdgeBottom: border("EdgeBottom"),
      EdgeLeft: border("EdgeLeft"),
      EdgeRight: border("EdgeRight"),
      DiagonalDown: border("DiagonalDown"),
      DiagonalUp: border("DiagonalUp"),
    };
    return {
      address: formatAddress(rect),
      value: this.value(row, column),
      formula: this.formula(row, column),
      quotePrefix: this.quotePrefix(row, column),
      numberFormat: f("numberFormat"),
      text: displayText(this.value(row, column)),
      format: {
        font: {
          name: f("font.name"),
          size: f("font.size"),
          bold: f("font.bold"),
          italic: f("font.italic"),
          color: f("font.color"),
          underline: f("font.underline"),
          strikethrough: f("font.strikethrough"),
        },
        fill: { color: f("fill.color") },
        horizontalAlignment: f("horizontalAlignment"),
        verticalAlignment: f("verticalAlignment"),
        wrapText: f("wrapText"),
        indentLevel: f("indentLevel"),
        textOrientation: f("textOrientation"),
        shrinkToFit: f("shrinkToFit"),
        locked: f("protection.locked"),
        formulaHidden: f("protection.formulaHidden"),
        borders,
      },
    };
  }

  /** Raw cell values of a range (default: the used range), null for empty cells; formula cells give their cache. */
  values(address?: string): CellValue[][] {
    const rect = address === undefined ? this.usedRect(true) : this.rectOf(address);
    if (!rect) return [];
    return this.matrix(rect, (row, column) => this.value(row, column));
  }

  /** Formulas of a range; null where a cell holds a constant or nothing. */
  formulas(address: string): Array<Array<string | null>> {
    return this.matrix(this.rectOf(address), (row, column) => this.formula(row, column));
  }

  private matrix<T>(rect: GridRect, read: (row: number, column: number) => T): T[][] {
    const rows: T[][] = [];
    for (let row = rect.row; row <= lastRow(rect); row += 1) {
      const line: T[] = [];
      for (let column = rect.column; column <= lastColumn(rect); column += 1) line.push(read(row, column));
      rows.push(line);
    }
    return rows;
  }

  /** The used range's address ("A1:D20"), or null for a blank sheet. */
  usedRange(valuesOnly = false): string | null {
    const rect = this.usedRect(valuesOnly);
    return rect ? formatAddress(rect) : null;
  }

  /** Width in points of a column given as letters ("B") or zero-based index. */
  columnWidth(column: string | number): number {
    const index = typeof column === "number" ? column : columnLettersToIndex(column);
    if (index === null) throw new Error(`[fake-excel] not a column: ${column}`);
    return this.columnWidths.get(index) ?? this.standardWidth;
  }

  /** Height in points of a row given by its 1-based number, as Excel numbers rows. */
  rowHeight(rowNumber: number): number {
    return this.rowHeights.get(rowNumber - 1) ?? this.standardHeight;
  }

  /** Letters of hidden columns, sorted. */
  get hiddenColumns(): string[] {
    return [...this.hiddenColumnSet].sort((a, b) => a - b).map(columnIndexToLetters);
  }

  /** 1-based numbers of hidden rows, sorted. */
  get hiddenRows(): number[] {
    return [...this.hiddenRowSet].sort((a, b) => a - b).map((row) => row + 1);
  }

  get freeze(): { rows: number; columns: number } {
    return { ...this.freezeState };
  }

  get protection(): ProtectionRecord {
    return { ...this.protectionState, options: { ...this.protectionState.options } };
  }

  /** Conditional formats in priority order (first = priority 0), with their range as an address. */
  get conditionalFormats(): Array<Omit<ConditionalFormatRecord, "rect"> & { address: string; priority: number }> {
    return this.cfRecords.map((record, priority) => ({
      id: record.id,
      address: formatAddress(record.rect),
      type: record.type,
      priority,
      stopIfTrue: record.stopIfTrue,
      rule: { ...record.rule },
      format: {
        fill: { ...record.format.fill },
        font: { ...record.format.font },
        numberFormat: record.format.numberFormat,
      },
      ...(record.dataBar
        ? {
            dataBar: {
              ...record.dataBar,
              lowerBoundRule: { ...record.dataBar.lowerBoundRule },
              upperBoundRule: { ...record.dataBar.upperBoundRule },
            },
          }
        : {}),
    }));
  }

  /** The AutoFilter's range ("A3:Q200"), or null. */
  get autoFilter(): string | null {
    return this.autoFilterRect === null ? null : formatAddress(this.autoFilterRect);
  }

  /** Data validation areas, each with its rule, error alert, prompt and ignoreBlanks. */
  get dataValidations(): Array<Omit<DataValidationRecord, "rect"> & { address: string }> {
    return this.dvRecords.map((record) => ({
      address: formatAddress(record.rect),
      rule: record.rule === null ? null : copyRule(record.rule),
      errorAlert: { ...record.errorAlert },
      prompt: { ...record.prompt },
      ignoreBlanks: record.ignoreBlanks,
    }));
  }

  /** The data validation covering one cell ("M4"), or null. */
  dataValidationAt(address: string): (Omit<DataValidationRecord, "rect"> & { address: string }) | null {
    const rect = this.rectOf(address);
    const index = this.dvRecords.findIndex((record) => containsCell(record.rect, rect.row, rect.column));
    return index < 0 ? null : this.dataValidations[index];
  }

  get pageLayout(): PageLayoutRecord {
    const layout = this.pageLayoutState;
    return { ...layout, zoom: { ...layout.zoom }, headerFooter: { ...layout.headerFooter } };
  }

  get charts(): ChartRecord[] {
    return this.chartRecords.map((chart) => ({
      ...chart,
      title: { ...chart.title },
      legend: { ...chart.legend },
      position: chart.position === null ? null : { ...chart.position },
    }));
  }

  /** Merged areas as addresses (the workbook format forbids them; tests can assert there are none). */
  get merges(): string[] {
    return this.mergeRects.map((rect) => formatAddress(rect));
  }

  /** This sheet's tables, as the workbook state reports them. */
  get tables(): ReturnType<FakeWorkbookState["tableSnapshots"]> {
    return this.workbook.tableSnapshots().filter((table) => table.sheet === this.name);
  }

  /** Sheet-scoped defined names. */
  get names(): ReturnType<FakeWorkbookState["nameSnapshots"]> {
    return this.workbook.nameSnapshots().filter((item) => item.scope === this.name);
  }

  /** Seeds raw cells from a top-left address, row by row; a convenience for readers' tests. */
  setValues(topLeft: string, rows: ReadonlyArray<ReadonlyArray<SeedCell>>): void {
    const start = this.rectOf(topLeft);
    rows.forEach((line, r) => line.forEach((seed, c) => this.setRaw(start.row + r, start.column + c, seed)));
  }

  /** Seeds one raw cell, e.g. a formula with a cached value: setCell("Q4", { formula: "=…", value: "Trễ hạn" }). */
  setCell(address: string, seed: SeedCell): void {
    const rect = this.rectOf(address);
    this.setRaw(rect.row, rect.column, seed);
  }
}

/** A detached copy of a validation rule (one criterion object, one level deep). */
function copyRule(rule: DataValidationRuleRecord): DataValidationRuleRecord {
  if ("list" in rule) return { list: { ...rule.list } };
  if ("custom" in rule) return { custom: { ...rule.custom } };
  if ("decimal" in rule) return { decimal: { ...rule.decimal } };
  if ("wholeNumber" in rule) return { wholeNumber: { ...rule.wholeNumber } };
  if ("textLength" in rule) return { textLength: { ...rule.textLength } };
  if ("date" in rule) return { date: { ...rule.date } };
  return { time: { ...rule.time } };
}
