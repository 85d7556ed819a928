import { formatAddress } from "./address";
import {
  BORDER_STYLES,
  BORDER_WEIGHTS,
  BorderEdge,
  BorderIndex,
  BorderPart,
  CellFormat,
  FormatKey,
  HORIZONTAL_ALIGNMENTS,
  UNDERLINE_STYLES,
  VERTICAL_ALIGNMENTS,
  normalizeColor,
} from "./cellFormat";
import { FakeClientObject, FakeCollection, Loadable, Readers } from "./clientObject";
import { officeError } from "./fakeOfficeError";
import { GridRect, isEntireColumns, isEntireRows, lastColumn, lastRow } from "./gridRect";
import { RangeTarget, uniformValue } from "./rangeTarget";
import type { FakeRequestContext } from "./requestContext";
import { displayText } from "./sheetState";

/** Points per character of Calibri 11 and the cell padding, for the fake's approximate autofit. */
const CHAR_WIDTH = 5.25;
const PADDING = 5.25;

type Validator<V> = (value: unknown) => V | undefined;

const isBoolean: Validator<boolean> = (value) => (typeof value === "boolean" ? value : undefined);
const isNumberIn =
  (min: number, max: number): Validator<number> =>
  (value) =>
    typeof value === "number" && Number.isFinite(value) && value >= min && value <= max ? value : undefined;
const isOneOf =
  (allowed: readonly string[]): Validator<string> =>
  (value) =>
    typeof value === "string" && allowed.includes(value) ? value : undefined;
const isColor: Validator<string> = (value) => normalizeColor(value) ?? undefined;
const isFontName: Validator<string> = (value) => (typeof value === "string" && value.trim() !== "" ? value : undefined);

/**
 * Queues a write of one cell-format property over a proxy's range: validated at sync (InvalidArgument for a bad
 * value, AccessDenied on a protected sheet unless it allows formatting cells), then applied in queue order.
 */
function writeFormatProperty<K extends FormatKey>(
  proxy: { enqueueFormat(member: string, run: (target: RangeTarget) => void): void },
  member: string,
  key: K,
  input: unknown,
  validate: Validator<CellFormat[K]>,
  location: string,
): void {
  proxy.enqueueFormat(member, ({ sheet, rect }) => {
    const value = validate(input);
    if (value === undefined) throw officeError("InvalidArgument", location, `'${String(input)}' is not valid here`);
    sheet.assertAllowed("allowFormatCells", location);
    sheet.writeFormat(rect, key, value, sheet.workbook.nextSeq());
  });
}

/** Shared plumbing of the format objects: their target is the parent range's target. */
abstract class FormatPart<S extends object> extends FakeClientObject<S, RangeTarget> {
  constructor(context: FakeRequestContext, locate: () => RangeTarget) {
    super(context, locate);
  }

  protected override isLive(target: RangeTarget): boolean {
    return !target.sheet.deleted;
  }

  protected override describe(target: RangeTarget): { sheet?: string; address?: string } {
    return { sheet: target.sheet.name, address: formatAddress(target.rect) };
  }

  enqueueFormat(member: string, run: (target: RangeTarget) => void): void {
    this.enqueueOp(member, (target) => run(target));
  }

  protected uniform<K extends FormatKey>(target: RangeTarget, key: K): CellFormat[K] | null {
    return uniformValue(target, (row, column) => target.sheet.format(row, column, key));
  }
}

interface FontSnapshot {
  name: string | null;
  size: number | null;
  bold: boolean | null;
  italic: boolean | null;
  color: string | null;
  underline: string | null;
  strikethrough: boolean | null;
}

/** Excel.RangeFont. A property reads null when the cells of the range differ, as in Excel. */
export class FakeRangeFont extends FormatPart<FontSnapshot> {
  readonly typeName = "RangeFont";
  readonly kind = "range.format.font";
  protected readonly readers: Readers<FontSnapshot, RangeTarget> = {
    name: (t) => this.uniform(t, "font.name"),
    size: (t) => this.uniform(t, "font.size"),
    bold: (t) => this.uniform(t, "font.bold"),
    italic: (t) => this.uniform(t, "font.italic"),
    color: (t) => this.uniform(t, "font.color"),
    underline: (t) => this.uniform(t, "font.underline"),
    strikethrough: (t) => this.uniform(t, "font.strikethrough"),
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      name: (v) => (this.name = v),
      size: (v) => (this.size = v),
      bold: (v) => (this.bold = v),
      italic: (v) => (this.italic = v),
      color: (v) => (this.color = v),
      underline: (v) => (this.underline = v),
      strikethrough: (v) => (this.strikethrough = v),
    };
  }

  get name(): string | null {
    return this.read("name");
  }
  set name(v: unknown) {
    writeFormatProperty(this, "name", "font.name", v, isFontName, "RangeFont.name");
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(v: unknown) {
    writeFormatProperty(this, "size", "font.size", v, isNumberIn(1, 409), "RangeFont.size");
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(v: unknown) {
    writeFormatProperty(this, "bold", "font.bold", v, isBoolean, "RangeFont.bold");
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(v: unknown) {
    writeFormatProperty(this, "italic", "font.italic", v, isBoolean, "RangeFont.italic");
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: unknown) {
    writeFormatProperty(this, "color", "font.color", v, isColor, "RangeFont.color");
  }
  get underline(): string | null {
    return this.read("underline");
  }
  set underline(v: unknown) {
    writeFormatProperty(this, "underline", "font.underline", v, isOneOf(UNDERLINE_STYLES), "RangeFont.underline");
  }
  get strikethrough(): boolean | null {
    return this.read("strikethrough");
  }
  set strikethrough(v: unknown) {
    writeFormatProperty(this, "strikethrough", "font.strikethrough", v, isBoolean, "RangeFont.strikethrough");
  }
}

interface FillSnapshot {
  color: string | null;
}

/** Excel.RangeFill. No fill reads "#FFFFFF", as in Excel; "" and clear() remove the fill. */
export class FakeRangeFill extends FormatPart<FillSnapshot> {
  readonly typeName = "RangeFill";
  readonly kind = "range.format.fill";
  protected readonly readers: Readers<FillSnapshot, RangeTarget> = {
    color: (t) => {
      const color = uniformValue(t, (row, column) => t.sheet.format(row, column, "fill.color") ?? "#FFFFFF");
      return color;
    },
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return { color: (v) => (this.color = v) };
  }

  get color(): string | null {
    return this.read("color");
  }
  set color(v: unknown) {
    const validate: Validator<string | null> = (value) => (value === "" ? null : isColor(value));
    writeFormatProperty(this, "color", "fill.color", v, validate, "RangeFill.color");
  }

  clear(): void {
    writeFormatProperty(this, "clear", "fill.color", null, (): string | null => null, "RangeFill.clear");
  }
}

interface ProtectionSnapshot {
  locked: boolean | null;
  formulaHidden: boolean | null;
}

/** Excel.FormatProtection. Changing it on a protected sheet is refused (AccessDenied). */
export class FakeFormatProtection extends FormatPart<ProtectionSnapshot> {
  readonly typeName = "FormatProtection";
  readonly kind = "range.format.protection";
  protected readonly readers: Readers<ProtectionSnapshot, RangeTarget> = {
    locked: (t) => this.uniform(t, "protection.locked"),
    formulaHidden: (t) => this.uniform(t, "protection.formulaHidden"),
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return { locked: (v) => (this.locked = v), formulaHidden: (v) => (this.formulaHidden = v) };
  }

  private writeFlag(member: "locked" | "formulaHidden", value: unknown): void {
    const location = `FormatProtection.${member}`;
    this.enqueueFormat(member, ({ sheet, rect }) => {
      if (typeof value !== "boolean") throw officeError("InvalidArgument", location, "expected a boolean");
      sheet.assertAllowed(null, location);
      sheet.writeFormat(
        rect,
        member === "locked" ? "protection.locked" : "protection.formulaHidden",
        value,
        sheet.workbook.nextSeq(),
      );
    });
  }

  get locked(): boolean | null {
    return this.read("locked");
  }
  set locked(v: unknown) {
    this.writeFlag("locked", v);
  }
  get formulaHidden(): boolean | null {
    return this.read("formulaHidden");
  }
  set formulaHidden(v: unknown) {
    this.writeFlag("formulaHidden", v);
  }
}

/** Where a border index lives on the cells of a range: (sub-rect, stored edge) pairs. */
function borderPlacements(rect: GridRect, index: BorderIndex): Array<[GridRect, BorderEdge]> {
  const row = (r: number, count = 1): GridRect => ({ ...rect, row: r, rowCount: count });
  const column = (c: number, count = 1): GridRect => ({ ...rect, column: c, columnCount: count });
  switch (index) {
    case "EdgeTop":
      return [[row(rect.row), "EdgeTop"]];
    case "EdgeBottom":
      return [[row(lastRow(rect)), "EdgeBottom"]];
    case "EdgeLeft":
      return [[column(rect.column), "EdgeLeft"]];
    case "EdgeRight":
      return [[column(lastColumn(rect)), "EdgeRight"]];
    case "InsideHorizontal":
      return rect.rowCount < 2
        ? []
        : [
            [row(rect.row, rect.rowCount - 1), "EdgeBottom"],
            [row(rect.row + 1, rect.rowCount - 1), "EdgeTop"],
          ];
    case "InsideVertical":
      return rect.columnCount < 2
        ? []
        : [
            [column(rect.column, rect.columnCount - 1), "EdgeRight"],
            [column(rect.column + 1, rect.columnCount - 1), "EdgeLeft"],
          ];
    case "DiagonalDown":
    case "DiagonalUp":
      return [[rect, index]];
  }
}

const BORDER_INDEXES: readonly BorderIndex[] = [
  "EdgeTop",
  "EdgeBottom",
  "EdgeLeft",
  "EdgeRight",
  "InsideVertical",
  "InsideHorizontal",
  "DiagonalDown",
  "DiagonalUp",
];

function isBorderIndex(value: unknown): value is BorderIndex {
  return typeof value === "string" && BORDER_INDEXES.some((index) => index === value);
}

interface BorderSnapshot {
  sideIndex: string;
  style: string | null;
  color: string | null;
  weight: string | null;
}

/**
 * Excel.RangeBorder. Borders are stored per cell edge: EdgeTop of a range is the top edge of its top row,
 * InsideHorizontal the edges between its rows. Adjacent cells' edges are not merged (A1's bottom is not A2's top).
 */
export class FakeRangeBorder extends FakeClientObject<BorderSnapshot, { range: RangeTarget; index: BorderIndex }> {
  readonly typeName = "RangeBorder";
  readonly kind = "range.format.borders";
  protected readonly readers: Readers<BorderSnapshot, { range: RangeTarget; index: BorderIndex }> = {
    sideIndex: (t) => t.index,
    style: (t) => this.uniformPart(t.range, t.index, "style"),
    color: (t) => this.uniformPart(t.range, t.index, "color"),
    weight: (t) => this.uniformPart(t.range, t.index, "weight"),
  };

  constructor(context: FakeRequestContext, locate: () => { range: RangeTarget; index: BorderIndex }) {
    super(context, locate);
  }

  protected override isLive(target: { range: RangeTarget }): boolean {
    return !target.range.sheet.deleted;
  }

  protected override describe(target: { range: RangeTarget }): { sheet?: string; address?: string } {
    return { sheet: target.range.sheet.name, address: formatAddress(target.range.rect) };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return { style: (v) => (this.style = v), color: (v) => (this.color = v), weight: (v) => (this.weight = v) };
  }

  private uniformPart(range: RangeTarget, index: BorderIndex, part: BorderPart): string | null {
    const placements = borderPlacements(range.rect, index);
    if (placements.length === 0) return null;
    const [rect, edge] = placements[0];
    return uniformValue({ sheet: range.sheet, rect }, (row, column) =>
      range.sheet.format(row, column, `border.${edge}.${part}`),
    );
  }

  private writePart(part: BorderPart, input: unknown, validate: Validator<string>): void {
    const location = `RangeBorder.${part}`;
    this.enqueueOp(part, ({ range, index }) => {
      const value = validate(input);
      if (value === undefined) throw officeError("InvalidArgument", location, `'${String(input)}' is not valid here`);
      range.sheet.assertAllowed("allowFormatCells", location);
      const seq = range.sheet.workbook.nextSeq();
      for (const [rect, edge] of borderPlacements(range.rect, index)) {
        range.sheet.writeFormat(rect, `border.${edge}.${part}`, value, seq);
      }
    });
  }

  get sideIndex(): string {
    return this.read("sideIndex");
  }
  get style(): string | null {
    return this.read("style");
  }
  set style(v: unknown) {
    this.writePart("style", v, isOneOf(BORDER_STYLES));
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: unknown) {
    this.writePart("color", v, isColor);
  }
  get weight(): string | null {
    return this.read("weight");
  }
  set weight(v: unknown) {
    this.writePart("weight", v, isOneOf(BORDER_WEIGHTS));
  }
}

/** Excel.RangeBorderCollection: getItem(index) and the eight borders as items. */
export class FakeRangeBorderCollection extends FakeCollection<FakeRangeBorder, BorderIndex, RangeTarget> {
  readonly typeName = "RangeBorderCollection";
  readonly kind = "range.format.borders";

  constructor(context: FakeRequestContext, locate: () => RangeTarget) {
    super(context, locate);
  }

  protected listElements(): BorderIndex[] {
    return [...BORDER_INDEXES];
  }

  protected makeItem(index: BorderIndex): FakeRangeBorder {
    return new FakeRangeBorder(this.context, () => ({ range: this.resolve(), index }));
  }

  getItem(index: unknown): FakeRangeBorder {
    return new FakeRangeBorder(this.context, () => {
      if (!isBorderIndex(index)) throw officeError("InvalidArgument", "RangeBorderCollection.getItem", String(index));
      return { range: this.resolve(), index };
    });
  }
}

interface FormatSnapshot {
  horizontalAlignment: string | null;
  verticalAlignment: string | null;
  wrapText: boolean | null;
  indentLevel: number | null;
  textOrientation: number | null;
  shrinkToFit: boolean | null;
  columnWidth: number | null;
  rowHeight: number | null;
  useStandardWidth: boolean | null;
  useStandardHeight: boolean | null;
}

/** Excel.RangeFormat: alignment, wrap, sizes, autofit, and the font/fill/borders/protection parts. */
export class FakeRangeFormat extends FormatPart<FormatSnapshot> {
  readonly typeName = "RangeFormat";
  readonly kind = "range.format";
  private fontObject: FakeRangeFont | undefined;
  private fillObject: FakeRangeFill | undefined;
  private bordersObject: FakeRangeBorderCollection | undefined;
  private protectionObject: FakeFormatProtection | undefined;

  protected readonly readers: Readers<FormatSnapshot, RangeTarget> = {
    horizontalAlignment: (t) => this.uniform(t, "horizontalAlignment"),
    verticalAlignment: (t) => this.uniform(t, "verticalAlignment"),
    wrapText: (t) => this.uniform(t, "wrapText"),
    indentLevel: (t) => this.uniform(t, "indentLevel"),
    textOrientation: (t) => this.uniform(t, "textOrientation"),
    shrinkToFit: (t) => this.uniform(t, "shrinkToFit"),
    columnWidth: (t) =>
      uniformValue({ sheet: t.sheet, rect: { ...t.rect, row: 0, rowCount: 1 } }, (_r, c) => t.sheet.columnWidth(c)),
    rowHeight: (t) =>
      uniformValue({ sheet: t.sheet, rect: { ...t.rect, column: 0, columnCount: 1 } }, (r) => t.sheet.rowHeight(r + 1)),
    useStandardWidth: (t) =>
      uniformValue(
        { sheet: t.sheet, rect: { ...t.rect, row: 0, rowCount: 1 } },
        (_r, c) => !t.sheet.columnWidths.has(c),
      ),
    useStandardHeight: (t) =>
      uniformValue(
        { sheet: t.sheet, rect: { ...t.rect, column: 0, columnCount: 1 } },
        (r) => !t.sheet.rowHeights.has(r),
      ),
  };

  protected override navigation(): Record<string, Loadable> {
    return { font: this.font, fill: this.fill, borders: this.borders, protection: this.protection };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      horizontalAlignment: (v) => (this.horizontalAlignment = v),
      verticalAlignment: (v) => (this.verticalAlignment = v),
      wrapText: (v) => (this.wrapText = v),
      indentLevel: (v) => (this.indentLevel = v),
      textOrientation: (v) => (this.textOrientation = v),
      shrinkToFit: (v) => (this.shrinkToFit = v),
      columnWidth: (v) => (this.columnWidth = v),
      rowHeight: (v) => (this.rowHeight = v),
      useStandardWidth: (v) => (this.useStandardWidth = v),
      useStandardHeight: (v) => (this.useStandardHeight = v),
    };
  }

  get font(): FakeRangeFont {
    this.fontObject ??= new FakeRangeFont(this.context, () => this.resolve());
    return this.fontObject;
  }
  get fill(): FakeRangeFill {
    this.fillObject ??= new FakeRangeFill(this.context, () => this.resolve());
    return this.fillObject;
  }
  get borders(): FakeRangeBorderCollection {
    this.bordersObject ??= new FakeRangeBorderCollection(this.context, () => this.resolve());
    return this.bordersObject;
  }
  get protection(): FakeFormatProtection {
    this.protectionObject ??= new FakeFormatProtection(this.context, () => this.resolve());
    return this.protectionObject;
  }

  get horizontalAlignment(): string | null {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: unknown) {
    writeFormatProperty(
      this,
      "horizontalAlignment",
      "horizontalAlignment",
      v,
      isOneOf(HORIZONTAL_ALIGNMENTS),
      "RangeFormat.horizontalAlignment",
    );
  }
  get verticalAlignment(): string | null {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: unknown) {
    writeFormatProperty(
      this,
      "verticalAlignment",
      "verticalAlignment",
      v,
      isOneOf(VERTICAL_ALIGNMENTS),
      "RangeFormat.verticalAlignment",
    );
  }
  get wrapText(): boolean | null {
    return this.read("wrapText");
  }
  set wrapText(v: unknown) {
    writeFormatProperty(this, "wrapText", "wrapText", v, isBoolean, "RangeFormat.wrapText");
  }
  get indentLevel(): number | null {
    return this.read("indentLevel");
  }
  set indentLevel(v: unknown) {
    writeFormatProperty(this, "indentLevel", "indentLevel", v, isNumberIn(0, 250), "RangeFormat.indentLevel");
  }
  get textOrientation(): number | null {
    return this.read("textOrientation");
  }
  set textOrientation(v: unknown) {
    writeFormatProperty(
      this,
      "textOrientation",
      "textOrientation",
      v,
      isNumberIn(-90, 180),
      "RangeFormat.textOrientation",
    );
  }
  get shrinkToFit(): boolean | null {
    return this.read("shrinkToFit");
  }
  set shrinkToFit(v: unknown) {
    writeFormatProperty(this, "shrinkToFit", "shrinkToFit", v, isBoolean, "RangeFormat.shrinkToFit");
  }

  get columnWidth(): number | null {
    return this.read("columnWidth");
  }
  set columnWidth(v: unknown) {
    this.enqueueOp("columnWidth", ({ sheet, rect }) => {
      const width = isNumberIn(0, 1800)(v);
      if (width === undefined) throw officeError("InvalidArgument", "RangeFormat.columnWidth", String(v));
      sheet.assertAllowed("allowFormatColumns", "RangeFormat.columnWidth");
      setColumnWidths(sheet, rect, width);
    });
  }
  get rowHeight(): number | null {
    return this.read("rowHeight");
  }
  set rowHeight(v: unknown) {
    this.enqueueOp("rowHeight", ({ sheet, rect }) => {
      const height = isNumberIn(0, 409)(v);
      if (height === undefined) throw officeError("InvalidArgument", "RangeFormat.rowHeight", String(v));
      sheet.assertAllowed("allowFormatRows", "RangeFormat.rowHeight");
      setRowHeights(sheet, rect, height);
    });
  }
  get useStandardWidth(): boolean | null {
    return this.read("useStandardWidth");
  }
  set useStandardWidth(v: unknown) {
    this.enqueueOp("useStandardWidth", ({ sheet, rect }) => {
      if (v !== true) return;
      sheet.assertAllowed("allowFormatColumns", "RangeFormat.useStandardWidth");
      for (let column = rect.column; column <= lastColumn(rect); column += 1) sheet.columnWidths.delete(column);
    });
  }
  get useStandardHeight(): boolean | null {
    return this.read("useStandardHeight");
  }
  set useStandardHeight(v: unknown) {
    this.enqueueOp("useStandardHeight", ({ sheet, rect }) => {
      if (v !== true) return;
      sheet.assertAllowed("allowFormatRows", "RangeFormat.useStandardHeight");
      for (let row = rect.row; row <= lastRow(rect); row += 1) sheet.rowHeights.delete(row);
    });
  }

  /**
   * Approximate autofit: each column gets the width of its longest line of text (within the range) at
   * 5.25 pt per character plus padding; an empty column gets the standard width.
   */
  autofitColumns(): void {
    this.enqueueOp("autofitColumns", ({ sheet, rect }) => {
      sheet.assertAllowed("allowFormatColumns", "RangeFormat.autofitColumns");
      const longest = new Map<number, number>();
      for (const { row, column } of sheet.cellsIn(rect)) {
        const text = displayText(sheet.value(row, column));
        const length = Math.max(0, ...text.split("\n").map((line) => line.length));
        longest.set(column, Math.max(longest.get(column) ?? 0, length));
      }
      for (let column = rect.column; column <= lastColumn(rect); column += 1) {
        const chars = longest.get(column) ?? 0;
        if (chars === 0) sheet.columnWidths.delete(column);
        else sheet.columnWidths.set(column, Math.min(1800, Math.round((chars * CHAR_WIDTH + PADDING) * 4) / 4));
      }
    });
  }

  /** Approximate autofit: lines of text (explicit and, with wrapText, wrapped at the column width) × line height. */
  autofitRows(): void {
    this.enqueueOp("autofitRows", ({ sheet, rect }) => {
      sheet.assertAllowed("allowFormatRows", "RangeFormat.autofitRows");
      const lines = new Map<number, number>();
      for (const { row, column } of sheet.cellsIn(rect)) {
        const text = displayText(sheet.value(row, column));
        if (text === "") continue;
        const perLine = Math.max(1, Math.floor((sheet.columnWidth(column) - PADDING) / CHAR_WIDTH));
        const count = text
          .split("\n")
          .reduce(
            (sum, line) =>
              sum + (sheet.format(row, column, "wrapText") ? Math.max(1, Math.ceil(line.length / perLine)) : 1),
            0,
          );
        const lineHeight = Math.round(sheet.format(row, column, "font.size") * (15 / 11) * 4) / 4;
        lines.set(row, Math.max(lines.get(row) ?? 0, count * lineHeight));
      }
      for (let row = rect.row; row <= lastRow(rect); row += 1) {
        const height = lines.get(row);
        if (height === undefined || height === sheet.standardHeight) sheet.rowHeights.delete(row);
        else sheet.rowHeights.set(row, Math.min(409, height));
      }
    });
  }
}

function setColumnWidths(sheet: RangeTarget["sheet"], rect: GridRect, width: number): void {
  if (isEntireRows(rect)) {
    sheet.standardWidth = width;
    sheet.columnWidths.clear();
    return;
  }
  for (let column = rect.column; column <= lastColumn(rect); column += 1) sheet.columnWidths.set(column, width);
}

function setRowHeights(sheet: RangeTarget["sheet"], rect: GridRect, height: number): void {
  if (isEntireColumns(rect)) {
    sheet.standardHeight = height;
    sheet.rowHeights.clear();
    return;
  }
  for (let row = rect.row; row <= lastRow(rect); row += 1) sheet.rowHeights.set(row, height);
}
