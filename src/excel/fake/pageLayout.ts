import { formatAddress, parseAddress } from "./address";
import { enumValues } from "./cellFormat";
import { FakeClientObject, Loadable, Readers, isRecord } from "./clientObject";
import { excelEnums } from "./excelEnums";
import { officeError } from "./fakeOfficeError";
import { GridRect, MAX_COLUMNS, MAX_ROWS } from "./gridRect";
import { FakeRange } from "./range";
import { resolveRangeArgument } from "./rangeTarget";
import { PageLayoutRecord } from "./records";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";

const ORIENTATIONS = enumValues(excelEnums.PageOrientation);
const PAPER_SIZES = enumValues(excelEnums.PaperType);
const PRINT_ORDERS = enumValues(excelEnums.PrintOrder);
const PRINT_COMMENTS = enumValues(excelEnums.PrintComments);
const PRINT_ERRORS = enumValues(excelEnums.PrintErrorType);
const POINTS_PER: Record<string, number> = { Points: 1, Inches: 72, Centimeters: 72 / 2.54 };

type HeaderFooterText = PageLayoutRecord["headerFooter"];
type HeaderFooterKey = keyof HeaderFooterText;

abstract class SheetPart<S extends object> extends FakeClientObject<S, FakeSheetState> {
  constructor(context: FakeRequestContext, locate: () => FakeSheetState) {
    super(context, locate);
  }

  protected override isLive(sheet: FakeSheetState): boolean {
    return !sheet.deleted;
  }

  protected override describe(sheet: FakeSheetState): { sheet?: string } {
    return { sheet: sheet.name };
  }
}

/** Excel.HeaderFooter (the fake models only headersFooters.defaultForAllPages). */
export class FakeHeaderFooter extends SheetPart<HeaderFooterText> {
  readonly typeName = "HeaderFooter";
  readonly kind = "worksheet.pageLayout.headersFooters.defaultForAllPages";
  protected readonly readers: Readers<HeaderFooterText, FakeSheetState> = {
    leftHeader: (s) => s.pageLayoutState.headerFooter.leftHeader,
    centerHeader: (s) => s.pageLayoutState.headerFooter.centerHeader,
    rightHeader: (s) => s.pageLayoutState.headerFooter.rightHeader,
    leftFooter: (s) => s.pageLayoutState.headerFooter.leftFooter,
    centerFooter: (s) => s.pageLayoutState.headerFooter.centerFooter,
    rightFooter: (s) => s.pageLayoutState.headerFooter.rightFooter,
  };

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      leftHeader: (v) => this.write("leftHeader", v),
      centerHeader: (v) => this.write("centerHeader", v),
      rightHeader: (v) => this.write("rightHeader", v),
      leftFooter: (v) => this.write("leftFooter", v),
      centerFooter: (v) => this.write("centerFooter", v),
      rightFooter: (v) => this.write("rightFooter", v),
    };
  }

  private write(key: HeaderFooterKey, v: unknown): void {
    this.enqueueOp(key, (sheet) => {
      if (typeof v !== "string") throw officeError("InvalidArgument", `HeaderFooter.${key}`, String(v));
      sheet.pageLayoutState.headerFooter[key] = v;
    });
  }

  get leftHeader(): string {
    return this.read("leftHeader");
  }
  set leftHeader(v: unknown) {
    this.write("leftHeader", v);
  }
  get centerHeader(): string {
    return this.read("centerHeader");
  }
  set centerHeader(v: unknown) {
    this.write("centerHeader", v);
  }
  get rightHeader(): string {
    return this.read("rightHeader");
  }
  set rightHeader(v: unknown) {
    this.write("rightHeader", v);
  }
  get leftFooter(): string {
    return this.read("leftFooter");
  }
  set leftFooter(v: unknown) {
    this.write("leftFooter", v);
  }
  get centerFooter(): string {
    return this.read("centerFooter");
  }
  set centerFooter(v: unknown) {
    this.write("centerFooter", v);
  }
  get rightFooter(): string {
    return this.read("rightFooter");
  }
  set rightFooter(v: unknown) {
    this.write("rightFooter", v);
  }
}

/** Excel.HeaderFooterGroup, reduced to defaultForAllPages. */
export class FakeHeaderFooterGroup extends SheetPart<{ state: string }> {
  readonly typeName = "HeaderFooterGroup";
  readonly kind = "worksheet.pageLayout.headersFooters";
  readonly defaultForAllPages: FakeHeaderFooter;
  protected readonly readers: Readers<{ state: string }, FakeSheetState> = { state: () => "Default" };

  constructor(context: FakeRequestContext, locate: () => FakeSheetState) {
    super(context, locate);
    this.defaultForAllPages = new FakeHeaderFooter(context, locate);
  }

  protected override navigation(): Record<string, Loadable> {
    return { defaultForAllPages: this.defaultForAllPages };
  }

  get state(): string {
    return this.read("state");
  }
}

type LayoutSnapshot = Omit<PageLayoutRecord, "printTitleRows" | "printTitleColumns" | "printArea" | "headerFooter">;
type NumberKey = "leftMargin" | "rightMargin" | "topMargin" | "bottomMargin" | "headerMargin" | "footerMargin";
type FlagKey =
  "centerHorizontally" | "centerVertically" | "printGridlines" | "printHeadings" | "blackAndWhite" | "draftMode";
type ChoiceKey = "orientation" | "paperSize" | "printOrder" | "printComments" | "printErrors";

const CHOICES: Record<ChoiceKey, readonly string[]> = {
  orientation: ORIENTATIONS,
  paperSize: PAPER_SIZES,
  printOrder: PRINT_ORDERS,
  printComments: PRINT_COMMENTS,
  printErrors: PRINT_ERRORS,
};

const CHOICE_KEYS: readonly ChoiceKey[] = ["orientation", "paperSize", "printOrder", "printComments", "printErrors"];
const MARGIN_KEYS: readonly NumberKey[] = [
  "leftMargin",
  "rightMargin",
  "topMargin",
  "bottomMargin",
  "headerMargin",
  "footerMargin",
];
const FLAG_KEYS: readonly FlagKey[] = [
  "centerHorizontally",
  "centerVertically",
  "printGridlines",
  "printHeadings",
  "blackAndWhite",
  "draftMode",
];

/** Whole rows of a range, absolute ("$1:$3"), as Excel stores print titles. */
function titleRows(rect: GridRect): string {
  return formatAddress(
    { row: rect.row, column: 0, rowCount: rect.rowCount, columnCount: MAX_COLUMNS },
    { absolute: true },
  );
}

function titleColumns(rect: GridRect): string {
  return formatAddress(
    { row: 0, column: rect.column, rowCount: MAX_ROWS, columnCount: rect.columnCount },
    { absolute: true },
  );
}

/**
 * Excel.PageLayout: orientation, paper, margins (points), centring, gridlines/headings, zoom (scale or fit to
 * pages), print titles and print area, and the default header/footer texts. Nothing is printed or paginated.
 */
export class FakePageLayout extends SheetPart<LayoutSnapshot> {
  readonly typeName = "PageLayout";
  readonly kind = "worksheet.pageLayout";
  readonly headersFooters: FakeHeaderFooterGroup;
  protected readonly readers: Readers<LayoutSnapshot, FakeSheetState> = {
    orientation: (s) => s.pageLayoutState.orientation,
    paperSize: (s) => s.pageLayoutState.paperSize,
    leftMargin: (s) => s.pageLayoutState.leftMargin,
    rightMargin: (s) => s.pageLayoutState.rightMargin,
    topMargin: (s) => s.pageLayoutState.topMargin,
    bottomMargin: (s) => s.pageLayoutState.bottomMargin,
    headerMargin: (s) => s.pageLayoutState.headerMargin,
    footerMargin: (s) => s.pageLayoutState.footerMargin,
    centerHorizontally: (s) => s.pageLayoutState.centerHorizontally,
    centerVertically: (s) => s.pageLayoutState.centerVertically,
    printGridlines: (s) => s.pageLayoutState.printGridlines,
    printHeadings: (s) => s.pageLayoutState.printHeadings,
    blackAndWhite: (s) => s.pageLayoutState.blackAndWhite,
    draftMode: (s) => s.pageLayoutState.draftMode,
    firstPageNumber: (s) => s.pageLayoutState.firstPageNumber,
    printOrder: (s) => s.pageLayoutState.printOrder,
    printComments: (s) => s.pageLayoutState.printComments,
    printErrors: (s) => s.pageLayoutState.printErrors,
    zoom: (s) => ({ ...s.pageLayoutState.zoom }),
  };

  constructor(context: FakeRequestContext, locate: () => FakeSheetState) {
    super(context, locate);
    this.headersFooters = new FakeHeaderFooterGroup(context, locate);
  }

  protected override navigation(): Record<string, Loadable> {
    return { headersFooters: this.headersFooters };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    const entries: Record<string, (value: unknown) => void> = {
      firstPageNumber: (v) => (this.firstPageNumber = v),
      zoom: (v) => (this.zoom = v),
    };
    for (const key of CHOICE_KEYS) entries[key] = (v) => this.choice(key, v);
    for (const key of MARGIN_KEYS) entries[key] = (v) => this.margin(key, v);
    for (const key of FLAG_KEYS) entries[key] = (v) => this.flag(key, v);
    return entries;
  }

  private choice(key: ChoiceKey, v: unknown): void {
    this.enqueueOp(
      key,
      (sheet) => {
        if (typeof v !== "string" || !CHOICES[key].includes(v))
          throw officeError("InvalidArgument", `PageLayout.${key}`, String(v));
        sheet.pageLayoutState[key] = v;
      },
      String(v),
    );
  }

  private margin(key: NumberKey, v: unknown): void {
    this.enqueueOp(key, (sheet) => {
      if (typeof v !== "number" || !Number.isFinite(v) || v < 0)
        throw officeError("InvalidArgument", `PageLayout.${key}`, String(v));
      sheet.pageLayoutState[key] = v;
    });
  }

  private flag(key: FlagKey, v: unknown): void {
    this.enqueueOp(key, (sheet) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", `PageLayout.${key}`, String(v));
      sheet.pageLayoutState[key] = v;
    });
  }

  get orientation(): string {
    return this.read("orientation");
  }
  set orientation(v: unknown) {
    this.choice("orientation", v);
  }
  get paperSize(): string {
    return this.read("paperSize");
  }
  set paperSize(v: unknown) {
    this.choice("paperSize", v);
  }
  get printOrder(): string {
    return this.read("printOrder");
  }
  set printOrder(v: unknown) {
    this.choice("printOrder", v);
  }
  get printComments(): string {
    return this.read("printComments");
  }
  set printComments(v: unknown) {
    this.choice("printComments", v);
  }
  get printErrors(): string {
    return this.read("printErrors");
  }
  set printErrors(v: unknown) {
    this.choice("printErrors", v);
  }
  get leftMargin(): number {
    return this.read("leftMargin");
  }
  set leftMargin(v: unknown) {
    this.margin("leftMargin", v);
  }
  get rightMargin(): number {
    return this.read("rightMargin");
  }
  set rightMargin(v: unknown) {
    this.margin("rightMargin", v);
  }
  get topMargin(): number {
    return this.read("topMargin");
  }
  set topMargin(v: unknown) {
    this.margin("topMargin", v);
  }
  get bottomMargin(): number {
    return this.read("bottomMargin");
  }
  set bottomMargin(v: unknown) {
    this.margin("bottomMargin", v);
  }
  get headerMargin(): number {
    return this.read("headerMargin");
  }
  set headerMargin(v: unknown) {
    this.margin("headerMargin", v);
  }
  get footerMargin(): number {
    return this.read("footerMargin");
  }
  set footerMargin(v: unknown) {
    this.margin("footerMargin", v);
  }
  get centerHorizontally(): boolean {
    return this.read("centerHorizontally");
  }
  set centerHorizontally(v: unknown) {
    this.flag("centerHorizontally", v);
  }
  get centerVertically(): boolean {
    return this.read("centerVertically");
  }
  set centerVertically(v: unknown) {
    this.flag("centerVertically", v);
  }
  get printGridlines(): boolean {
    return this.read("printGridlines");
  }
  set printGridlines(v: unknown) {
    this.flag("printGridlines", v);
  }
  get printHeadings(): boolean {
    return this.read("printHeadings");
  }
  set printHeadings(v: unknown) {
    this.flag("printHeadings", v);
  }
  get blackAndWhite(): boolean {
    return this.read("blackAndWhite");
  }
  set blackAndWhite(v: unknown) {
    this.flag("blackAndWhite", v);
  }
  get draftMode(): boolean {
    return this.read("draftMode");
  }
  set draftMode(v: unknown) {
    this.flag("draftMode", v);
  }
  get firstPageNumber(): number | "" {
    return this.read("firstPageNumber");
  }
  set firstPageNumber(v: unknown) {
    this.enqueueOp("firstPageNumber", (sheet) => {
      if (v !== "" && (typeof v !== "number" || !Number.isInteger(v))) {
        throw officeError("InvalidArgument", "PageLayout.firstPageNumber", String(v));
      }
      sheet.pageLayoutState.firstPageNumber = v;
    });
  }

  /** Zoom options as given: { scale } (10–400) or { horizontalFitToPages, verticalFitToPages } (0 = automatic). */
  get zoom(): Excel.PageLayoutZoomOptions {
    return this.read("zoom");
  }
  set zoom(v: unknown) {
    this.enqueueOp("zoom", (sheet) => {
      const location = "PageLayout.zoom";
      if (!isRecord(v)) throw officeError("InvalidArgument", location, "expected an object");
      const zoom: Excel.PageLayoutZoomOptions = {};
      for (const [key, value] of Object.entries(v)) {
        if (value === undefined) continue;
        if (typeof value !== "number" || !Number.isInteger(value)) throw officeError("InvalidArgument", location, key);
        if (key === "scale" && value >= 10 && value <= 400) zoom.scale = value;
        else if (key === "horizontalFitToPages" && value >= 0) zoom.horizontalFitToPages = value;
        else if (key === "verticalFitToPages" && value >= 0) zoom.verticalFitToPages = value;
        else throw officeError("InvalidArgument", location, `${key} = ${value}`);
      }
      sheet.pageLayoutState.zoom = zoom;
    });
  }

  private printRect(value: unknown, sheet: FakeSheetState, location: string): GridRect {
    if (typeof value === "string" && parseAddress(value)?.sheetName === undefined && /^\$?\d+(:\$?\d+)?$/.test(value)) {
      const [first, last = first] = value.replace(/\$/g, "").split(":").map(Number);
      return {
        row: Math.min(first, last) - 1,
        column: 0,
        rowCount: Math.abs(last - first) + 1,
        columnCount: MAX_COLUMNS,
      };
    }
    const target = resolveRangeArgument(value, this.context, sheet, location);
    if (target.sheet !== sheet) throw officeError("InvalidArgument", location, "the range is on another sheet");
    return target.rect;
  }

  /** Rows repeated at the top of each printed page; any range's rows count ("$1:$3", "A3:R3", a Range). */
  setPrintTitleRows(rows: unknown): void {
    this.enqueueOp(
      "setPrintTitleRows",
      (sheet) => {
        sheet.pageLayoutState.printTitleRows = titleRows(this.printRect(rows, sheet, "PageLayout.setPrintTitleRows"));
      },
      typeof rows === "string" ? rows : undefined,
    );
  }

  setPrintTitleColumns(columns: unknown): void {
    this.enqueueOp(
      "setPrintTitleColumns",
      (sheet) => {
        const rect = this.printRect(columns, sheet, "PageLayout.setPrintTitleColumns");
        sheet.pageLayoutState.printTitleColumns = titleColumns(rect);
      },
      typeof columns === "string" ? columns : undefined,
    );
  }

  setPrintArea(area: unknown): void {
    this.enqueueOp(
      "setPrintArea",
      (sheet) => {
        const rect = this.printRect(area, sheet, "PageLayout.setPrintArea");
        sheet.pageLayoutState.printArea = formatAddress(rect, { absolute: true });
      },
      typeof area === "string" ? area : undefined,
    );
  }

  /** Sets margins given in "Points", "Inches" or "Centimeters"; the state keeps points, as Excel reports them. */
  setPrintMargins(unit: unknown, options: unknown): void {
    this.enqueueOp("setPrintMargins", (sheet) => {
      const location = "PageLayout.setPrintMargins";
      const factor = typeof unit === "string" ? POINTS_PER[unit] : undefined;
      if (factor === undefined) throw officeError("InvalidArgument", location, `unit '${String(unit)}'`);
      if (!isRecord(options)) throw officeError("InvalidArgument", location, "expected margin options");
      const keys: Record<string, NumberKey> = {
        left: "leftMargin",
        right: "rightMargin",
        top: "topMargin",
        bottom: "bottomMargin",
        header: "headerMargin",
        footer: "footerMargin",
      };
      for (const [key, value] of Object.entries(options)) {
        const target = keys[key];
        if (target === undefined || typeof value !== "number" || value < 0)
          throw officeError("InvalidArgument", location, key);
        sheet.pageLayoutState[target] = Math.round(value * factor * 100) / 100;
      }
    });
  }

  private titleRange(kind: "rows" | "columns", nullable: boolean): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const address =
          kind === "rows" ? sheet.pageLayoutState.printTitleRows : sheet.pageLayoutState.printTitleColumns;
        const parsed = address === null ? null : parseAddress(address);
        return parsed ? { sheet, rect: parsed.rect } : null;
      },
      nullable ? `worksheet.pageLayout.getPrintTitle${kind === "rows" ? "Rows" : "Columns"}OrNullObject` : undefined,
    );
  }

  getPrintTitleRows(): FakeRange {
    return this.titleRange("rows", false);
  }

  getPrintTitleRowsOrNullObject(): FakeRange {
    return this.titleRange("rows", true);
  }

  getPrintTitleColumns(): FakeRange {
    return this.titleRange("columns", false);
  }

  getPrintTitleColumnsOrNullObject(): FakeRange {
    return this.titleRange("columns", true);
  }
}
