import { parseAddress } from "./address";
import { FakeAutoFilter } from "./autoFilter";
import { normalizeColor } from "./cellFormat";
import { FakeChartCollection } from "./charts";
import { FakeClientObject, Loadable, Readers, isRecord } from "./clientObject";
import { FakeEventHandlers } from "./eventHandlers";
import type { WorksheetActivationArgs, WorksheetSelectionArgs } from "./fakeHost";
import { officeError } from "./fakeOfficeError";
import { GridRect, MAX_COLUMNS, MAX_ROWS } from "./gridRect";
import { FakeNamedItemCollection } from "./namedItems";
import { FakePageLayout } from "./pageLayout";
import { FakeRange } from "./range";
import { RangeTarget, checkedRect, resolveRangeArgument } from "./rangeTarget";
import { ProtectionRecord } from "./records";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";
import { FakeTableCollection } from "./tables";

const WHOLE_SHEET: GridRect = { row: 0, column: 0, rowCount: MAX_ROWS, columnCount: MAX_COLUMNS };

/** Base for objects whose target is a worksheet's state. */
abstract class SheetPart<S extends object> extends FakeClientObject<S, FakeSheetState> {
  protected override isLive(sheet: FakeSheetState): boolean {
    return !sheet.deleted;
  }

  protected override describe(sheet: FakeSheetState): { sheet?: string } {
    return { sheet: sheet.name };
  }
}

/** Excel.WorksheetFreezePanes. freezeRows/freezeColumns replace the whole frozen area, as in Excel. */
export class FakeWorksheetFreezePanes extends SheetPart<Record<never, never>> {
  readonly typeName = "WorksheetFreezePanes";
  readonly kind = "worksheet.freezePanes";
  protected readonly readers: Readers<Record<never, never>, FakeSheetState> = {};

  constructor(context: FakeRequestContext, locate: () => FakeSheetState) {
    super(context, locate);
  }

  private freeze(
    member: string,
    compute: (sheet: FakeSheetState) => { rows: number; columns: number },
    detail?: string,
  ): void {
    this.enqueueOp(
      member,
      (sheet) => {
        sheet.freezeState = compute(sheet);
      },
      detail,
    );
  }

  private count(value: unknown, location: string, max: number): number {
    const count = value === undefined ? 1 : value;
    if (typeof count !== "number" || !Number.isInteger(count) || count < 0 || count >= max) {
      throw officeError("InvalidArgument", location, String(value));
    }
    return count;
  }

  freezeRows(count?: number): void {
    this.freeze(
      "freezeRows",
      () => ({ rows: this.count(count, "WorksheetFreezePanes.freezeRows", MAX_ROWS), columns: 0 }),
      String(count ?? 1),
    );
  }

  freezeColumns(count?: number): void {
    this.freeze(
      "freezeColumns",
      () => ({ rows: 0, columns: this.count(count, "WorksheetFreezePanes.freezeColumns", MAX_COLUMNS) }),
      String(count ?? 1),
    );
  }

  /** Freezes the rows and columns above and left of the range's bottom-right corner (Excel's freezeAt). */
  freezeAt(frozenRange: unknown): void {
    this.freeze(
      "freezeAt",
      (sheet) => {
        const { rect } = resolveRangeArgument(frozenRange, this.context, sheet, "WorksheetFreezePanes.freezeAt");
        return { rows: rect.row + rect.rowCount, columns: rect.column + rect.columnCount };
      },
      typeof frozenRange === "string" ? frozenRange : undefined,
    );
  }

  unfreeze(): void {
    this.freeze("unfreeze", () => ({ rows: 0, columns: 0 }));
  }

  private location(sheet: FakeSheetState): RangeTarget | null {
    const { rows, columns } = sheet.freezeState;
    if (rows === 0 && columns === 0) return null;
    const rect: GridRect = {
      row: 0,
      column: 0,
      rowCount: rows === 0 ? MAX_ROWS : rows,
      columnCount: columns === 0 ? MAX_COLUMNS : columns,
    };
    return { sheet, rect };
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, () => this.location(this.resolve()));
  }

  getLocationOrNullObject(): FakeRange {
    return new FakeRange(
      this.context,
      () => this.location(this.resolve()),
      "worksheet.freezePanes.getLocationOrNullObject",
    );
  }
}

interface ProtectionSnapshot {
  protected: boolean;
  options: ProtectionRecord["options"];
  isPasswordProtected: boolean;
}

const PROTECTION_OPTIONS = [
  "allowAutoFilter",
  "allowDeleteColumns",
  "allowDeleteRows",
  "allowEditObjects",
  "allowEditScenarios",
  "allowFormatCells",
  "allowFormatColumns",
  "allowFormatRows",
  "allowInsertColumns",
  "allowInsertHyperlinks",
  "allowInsertRows",
  "allowPivotTables",
  "allowSort",
] as const;

/**
 * Excel.WorksheetProtection. Modelled as current Excel behaves: protect() on a protected sheet and unprotect()
 * on an unprotected one fail with AccessDenied (check `protected` first); unprotect() needs the password the sheet
 * was protected with (InvalidArgument otherwise). While protected, writes to locked cells and the operations the
 * options do not allow fail with AccessDenied.
 */
export class FakeWorksheetProtection extends SheetPart<ProtectionSnapshot> {
  readonly typeName = "WorksheetProtection";
  readonly kind = "worksheet.protection";
  protected readonly readers: Readers<ProtectionSnapshot, FakeSheetState> = {
    protected: (sheet) => sheet.protectionState.protected,
    options: (sheet) => ({ ...sheet.protectionState.options }),
    isPasswordProtected: (sheet) => sheet.protectionState.protected && sheet.protectionState.password !== null,
  };

  constructor(context: FakeRequestContext, locate: () => FakeSheetState) {
    super(context, locate);
  }

  get protected(): boolean {
    return this.read("protected");
  }
  get options(): ProtectionRecord["options"] {
    return this.read("options");
  }
  get isPasswordProtected(): boolean {
    return this.read("isPasswordProtected");
  }

  protect(options?: unknown, password?: unknown): void {
    this.enqueueOp("protect", (sheet) => {
      const location = "WorksheetProtection.protect";
      if (sheet.protectionState.protected)
        throw officeError("AccessDenied", location, "the sheet is already protected");
      if (password !== undefined && password !== null && typeof password !== "string") {
        throw officeError("InvalidArgument", location, "password must be a string");
      }
      const next = { ...sheet.protectionState.options };
      if (options !== undefined && options !== null) {
        if (!isRecord(options)) throw officeError("InvalidArgument", location, "options must be an object");
        for (const [key, value] of Object.entries(options)) {
          const option = PROTECTION_OPTIONS.find((name) => name === key);
          if (option !== undefined && typeof value === "boolean") next[option] = value;
          else if (key === "selectionMode" && (value === "Normal" || value === "Unlocked" || value === "None")) {
            next.selectionMode = value;
          } else throw officeError("InvalidArgument", location, `option '${key}'`);
        }
      }
      sheet.protectionState = {
        protected: true,
        options: next,
        password: typeof password === "string" && password !== "" ? password : null,
      };
    });
  }

  unprotect(password?: unknown): void {
    this.enqueueOp("unprotect", (sheet) => {
      const location = "WorksheetProtection.unprotect";
      const state = sheet.protectionState;
      if (!state.protected) throw officeError("AccessDenied", location, "the sheet is not protected");
      if (state.password !== null && password !== state.password) {
        throw officeError("InvalidArgument", location, "the password does not match");
      }
      sheet.protectionState = { ...state, protected: false, password: null };
    });
  }
}

interface WorksheetSnapshot {
  id: string;
  name: string;
  position: number;
  visibility: string;
  tabColor: string;
  showGridlines: boolean;
  standardWidth: number;
  standardHeight: number;
}

/**
 * Excel.Worksheet. getRange accepts "A1", "A1:D10", "A:C", "1:3", "$A$1", "Sheet!A1" (the same sheet),
 * a defined name of a range, or nothing for the whole sheet.
 */
export class FakeWorksheet extends SheetPart<WorksheetSnapshot> {
  readonly typeName = "Worksheet";
  readonly kind = "worksheet";
  private parts: {
    protection?: FakeWorksheetProtection;
    freezePanes?: FakeWorksheetFreezePanes;
    pageLayout?: FakePageLayout;
    tables?: FakeTableCollection;
    names?: FakeNamedItemCollection;
    charts?: FakeChartCollection;
    autoFilter?: FakeAutoFilter;
  } = {};

  protected readonly readers: Readers<WorksheetSnapshot, FakeSheetState> = {
    id: (sheet) => sheet.id,
    name: (sheet) => sheet.name,
    position: (sheet) => sheet.position,
    visibility: (sheet) => sheet.visibility,
    tabColor: (sheet) => sheet.tabColor,
    showGridlines: (sheet) => sheet.showGridlines,
    standardWidth: (sheet) => sheet.standardWidth,
    standardHeight: (sheet) => sheet.standardHeight,
  };

  constructor(context: FakeRequestContext, locate: () => FakeSheetState | null, nullableKind?: string) {
    super(context, locate, nullableKind);
  }

  protected override navigation(): Record<string, Loadable> {
    return {
      protection: this.protection,
      pageLayout: this.pageLayout,
      tables: this.tables,
      names: this.names,
      charts: this.charts,
      autoFilter: this.autoFilter,
    };
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return {
      name: (v) => (this.name = v),
      position: (v) => (this.position = v),
      visibility: (v) => (this.visibility = v),
      tabColor: (v) => (this.tabColor = v),
      showGridlines: (v) => (this.showGridlines = v),
      standardWidth: (v) => (this.standardWidth = v),
    };
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
      (sheet) => {
        const location = "Worksheet.name";
        if (typeof v !== "string") throw officeError("InvalidArgument", location, "a name is a string");
        const error = sheet.workbook.sheetNameError(v, location, sheet);
        if (error) throw error;
        sheet.name = v;
      },
      String(v),
    );
  }
  get position(): number {
    return this.read("position");
  }
  set position(v: unknown) {
    this.enqueueOp("position", (sheet) => {
      if (typeof v !== "number") throw officeError("InvalidArgument", "Worksheet.position", String(v));
      sheet.workbook.moveSheet(sheet, v, "Worksheet.position");
    });
  }
  get visibility(): string {
    return this.read("visibility");
  }
  set visibility(v: unknown) {
    this.enqueueOp(
      "visibility",
      (sheet) => {
        const location = "Worksheet.visibility";
        if (v !== "Visible" && v !== "Hidden" && v !== "VeryHidden")
          throw officeError("InvalidArgument", location, String(v));
        const othersVisible = sheet.workbook.sheetList.some(
          (other) => other !== sheet && other.visibility === "Visible",
        );
        if (v !== "Visible" && !othersVisible) {
          throw officeError("InvalidOperation", location, "a workbook must keep at least one visible sheet");
        }
        sheet.visibility = v;
        if (v !== "Visible" && sheet.workbook.activeSheetId === sheet.id) {
          const next = sheet.workbook.firstVisible();
          if (next) sheet.workbook.activeSheetId = next.id;
        }
      },
      String(v),
    );
  }
  get tabColor(): string {
    return this.read("tabColor");
  }
  set tabColor(v: unknown) {
    this.enqueueOp("tabColor", (sheet) => {
      const color = v === "" ? "" : normalizeColor(v);
      if (color === null) throw officeError("InvalidArgument", "Worksheet.tabColor", String(v));
      sheet.tabColor = color;
    });
  }
  get showGridlines(): boolean {
    return this.read("showGridlines");
  }
  set showGridlines(v: unknown) {
    this.enqueueOp("showGridlines", (sheet) => {
      if (typeof v !== "boolean") throw officeError("InvalidArgument", "Worksheet.showGridlines", String(v));
      sheet.showGridlines = v;
    });
  }
  get standardWidth(): number {
    return this.read("standardWidth");
  }
  set standardWidth(v: unknown) {
    this.enqueueOp("standardWidth", (sheet) => {
      if (typeof v !== "number" || v < 0) throw officeError("InvalidArgument", "Worksheet.standardWidth", String(v));
      sheet.standardWidth = v;
    });
  }
  get standardHeight(): number {
    return this.read("standardHeight");
  }

  get protection(): FakeWorksheetProtection {
    this.parts.protection ??= new FakeWorksheetProtection(this.context, () => this.resolve());
    return this.parts.protection;
  }
  get freezePanes(): FakeWorksheetFreezePanes {
    this.parts.freezePanes ??= new FakeWorksheetFreezePanes(this.context, () => this.resolve());
    return this.parts.freezePanes;
  }
  get pageLayout(): FakePageLayout {
    this.parts.pageLayout ??= new FakePageLayout(this.context, () => this.resolve());
    return this.parts.pageLayout;
  }
  get tables(): FakeTableCollection {
    this.parts.tables ??= new FakeTableCollection(this.context, () => ({ sheet: this.resolve() }), "worksheet.tables");
    return this.parts.tables;
  }
  get names(): FakeNamedItemCollection {
    this.parts.names ??= new FakeNamedItemCollection(
      this.context,
      () => ({ scope: this.resolve() }),
      "worksheet.names",
    );
    return this.parts.names;
  }
  get charts(): FakeChartCollection {
    this.parts.charts ??= new FakeChartCollection(this.context, () => this.resolve());
    return this.parts.charts;
  }
  get autoFilter(): FakeAutoFilter {
    this.parts.autoFilter ??= new FakeAutoFilter(this.context, () => this.resolve());
    return this.parts.autoFilter;
  }

  get onSelectionChanged(): FakeEventHandlers<WorksheetSelectionArgs> {
    return new FakeEventHandlers(
      this.context,
      () => this.context.host.selectionHandlers.for(this.resolve().id),
      "worksheet.onSelectionChanged",
    );
  }
  get onActivated(): FakeEventHandlers<WorksheetActivationArgs> {
    return new FakeEventHandlers(
      this.context,
      () => this.context.host.activatedHandlers.for(this.resolve().id),
      "worksheet.onActivated",
    );
  }
  get onDeactivated(): FakeEventHandlers<WorksheetActivationArgs> {
    return new FakeEventHandlers(
      this.context,
      () => this.context.host.deactivatedHandlers.for(this.resolve().id),
      "worksheet.onDeactivated",
    );
  }

  /** A range of this sheet: an address, a sheet-qualified address of this sheet, a range name, or the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      const location = "Worksheet.getRange";
      if (address === undefined || address === "") return { sheet, rect: WHOLE_SHEET };
      const parsed = parseAddress(address);
      if (parsed?.sheetName !== undefined && sheet.workbook.findSheet(parsed.sheetName) !== sheet) {
        throw officeError("InvalidArgument", location, `'${address}' is on another sheet`);
      }
      const target = resolveRangeArgument(address, this.context, sheet, location);
      if (target.sheet !== sheet) throw officeError("InvalidArgument", location, `'${address}' is on another sheet`);
      return target;
    });
  }

  getRangeByIndexes(startRow: number, startColumn: number, rowCount: number, columnCount: number): FakeRange {
    return new FakeRange(this.context, () => ({
      sheet: this.resolve(),
      rect: checkedRect({ row: startRow, column: startColumn, rowCount, columnCount }, "Worksheet.getRangeByIndexes"),
    }));
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRangeByIndexes(row, column, 1, 1);
  }

  /** Like Excel, a blank sheet's used range is A1 (use getUsedRangeOrNullObject to tell blank sheets apart). */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve();
      return { sheet, rect: sheet.usedRect(valuesOnly) ?? { row: 0, column: 0, rowCount: 1, columnCount: 1 } };
    });
  }

  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.resolve();
        const rect = sheet.usedRect(valuesOnly);
        return rect ? { sheet, rect } : null;
      },
      "worksheet.getUsedRangeOrNullObject",
    );
  }

  activate(): void {
    this.enqueueOp("activate", (sheet, tx) => {
      if (sheet.visibility !== "Visible")
        throw officeError("InvalidOperation", "Worksheet.activate", "the sheet is hidden");
      const host = this.context.host;
      const previous = host.applyActivation(sheet);
      if (host.options.apiSelectionFiresEvents) tx.afterSync(() => host.fireActivationEvents(previous, sheet));
    });
  }

  delete(): void {
    this.enqueueOp("delete", (sheet) => sheet.workbook.removeSheet(sheet, "Worksheet.delete"));
  }

  /** Recalculation is not modelled; the call is logged. */
  calculate(_markAllDirty?: boolean): void {
    this.enqueueOp("calculate", () => undefined);
  }
}
