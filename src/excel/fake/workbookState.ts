import { formatAddress, parseAddress, sheetPrefix } from "./address";
import { FakeOfficeError, officeError } from "./fakeOfficeError";
import { GridRect } from "./gridRect";
import { NamedItemRecord, TableRecord } from "./records";
import { FakeSheetState, SeedCell } from "./sheetState";

/** How a test describes one sheet to seed. */
export interface SheetSeed {
  name: string;
  /** Raw cells row by row from `startAt` (default "A1"); constants are stored as is, never interpreted. */
  rows?: ReadonlyArray<ReadonlyArray<SeedCell>>;
  startAt?: string;
  visibility?: "Visible" | "Hidden" | "VeryHidden";
  tabColor?: string;
  /** Seeds a protected sheet; options not given are false, as in Excel. */
  protection?: { password?: string; options?: Partial<FakeSheetState["protectionState"]["options"]> };
  freeze?: { rows?: number; columns?: number };
}

/** The workbook a fake starts with. Without `sheets`, it is a new blank workbook holding "Sheet1". */
export interface WorkbookSeed {
  /**
   * Sheets in order: either `{ "Thông tin": [["Đơn vị", "Sở Nội vụ"]] }` (rows from A1, or a SheetSeed without
   * its name) or an array of SheetSeed (use the array form when a sheet name looks like a number, since
   * JavaScript orders such object keys first).
   */
  sheets?: Record<string, ReadonlyArray<ReadonlyArray<SeedCell>> | Omit<SheetSeed, "name">> | ReadonlyArray<SheetSeed>;
  /** Defined names; `reference` is a formula such as "='Thông tin'!$B$3" or "=2024"; `scope` is a sheet name. */
  names?: ReadonlyArray<{ name: string; reference: string; comment?: string; scope?: string; visible?: boolean }>;
  /** Name of the active sheet (default: the first visible sheet). */
  activeSheet?: string;
  /** The selection on the active sheet (default "A1"). */
  selection?: string;
  calculationMode?: "Automatic" | "AutomaticExceptTables" | "Manual";
  /** The year Excel assumes for typed dates without a year ("3/14"); defaults to the current year. */
  currentYear?: number;
}

export interface TableSnapshot {
  id: string;
  name: string;
  sheet: string;
  address: string;
  style: string;
  showHeaders: boolean;
  showTotals: boolean;
  showBandedRows: boolean;
  showBandedColumns: boolean;
  showFilterButton: boolean;
  highlightFirstColumn: boolean;
  highlightLastColumn: boolean;
}

export interface NamedItemSnapshot {
  name: string;
  /** "Workbook", or the name of the sheet a sheet-scoped name belongs to. */
  scope: string;
  formula: string;
  type: string;
  comment: string;
  visible: boolean;
}

const SHEET_NAME_FORBIDDEN = /[:\\/?*[\]]/;

/** A name Excel accepts for a defined name or a table: letter/_/\ first, no spaces, not a cell reference. */
export function isValidDefinedName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.\\?]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name) && parseAddress(name) !== null) return false;
  return !/^(R|C|R\d*C\d*|R\d+|C\d+)$/i.test(name);
}

/**
 * The whole in-memory workbook: sheets in order, defined names, tables, the active sheet and selection. The
 * fake's proxies change it only during context.sync(); tests seed it through createFakeExcel({ … }) and inspect
 * it after a run: `state.sheet("Thông tin").cell("B3")`, `state.names`, `state.tables`, `state.activeSheetName`.
 */
export class FakeWorkbookState {
  readonly sheetList: FakeSheetState[] = [];
  readonly tableRecords: TableRecord[] = [];
  readonly nameRecords: NamedItemRecord[] = [];
  calculationMode: string = "Automatic";
  readonly currentYear: number;
  activeSheetId = "";
  private seq = 0;
  private ids = 0;

  constructor(seed: WorkbookSeed = {}) {
    this.currentYear = seed.currentYear ?? new Date().getFullYear();
    this.calculationMode = seed.calculationMode ?? "Automatic";
    const sheets = normalizeSheets(seed.sheets);
    if (sheets.length === 0) sheets.push({ name: "Sheet1" });
    for (const sheetSeed of sheets) this.seedSheet(sheetSeed);
    const active = seed.activeSheet === undefined ? this.firstVisible() : this.findSheet(seed.activeSheet);
    if (!active) throw new Error(`[fake-excel] seed: no sheet named ${seed.activeSheet ?? "(visible)"}`);
    this.activeSheetId = active.id;
    if (seed.selection !== undefined) {
      const parsed = parseAddress(seed.selection);
      if (!parsed) throw new Error(`[fake-excel] seed: bad selection ${seed.selection}`);
      const target = parsed.sheetName === undefined ? active : this.findSheet(parsed.sheetName);
      if (!target) throw new Error(`[fake-excel] seed: no sheet for selection ${seed.selection}`);
      this.activeSheetId = target.id;
      target.selectionRect = parsed.rect;
    }
    for (const item of seed.names ?? []) {
      const scope = item.scope === undefined ? null : this.findSheet(item.scope);
      if (scope === undefined) throw new Error(`[fake-excel] seed: no sheet ${item.scope} for name ${item.name}`);
      this.addName(item.name, item.reference, scope, item.comment ?? "", "seed");
      if (item.visible === false) this.nameRecords[this.nameRecords.length - 1].visible = false;
    }
  }

  private seedSheet(seed: SheetSeed): void {
    const sheet = this.addSheet(seed.name, "seed");
    if (seed.rows) sheet.setValues(seed.startAt ?? "A1", seed.rows);
    if (seed.visibility) sheet.visibility = seed.visibility;
    if (seed.tabColor) sheet.tabColor = seed.tabColor;
    if (seed.freeze) sheet.freezeState = { rows: seed.freeze.rows ?? 0, columns: seed.freeze.columns ?? 0 };
    if (seed.protection) {
      sheet.protectionState.protected = true;
      sheet.protectionState.password = seed.protection.password ?? null;
      Object.assign(sheet.protectionState.options, seed.protection.options ?? {});
    }
  }

  // ---- engine ---------------------------------------------------------------------------------------------

  /** Monotonic write order, shared by every sheet, so later writes win over earlier ones. */
  nextSeq(): number {
    this.seq += 1;
    return this.seq;
  }

  newId(prefix: string): string {
    this.ids += 1;
    return `{${prefix}-${String(this.ids).padStart(8, "0")}}`;
  }

  /** Finds a live sheet by name, case-insensitively as Excel does. */
  findSheet(name: string): FakeSheetState | undefined {
    const wanted = name.toLocaleUpperCase();
    return this.sheetList.find((sheet) => sheet.name.toLocaleUpperCase() === wanted);
  }

  sheetById(id: string): FakeSheetState | undefined {
    return this.sheetList.find((sheet) => sheet.id === id);
  }

  firstVisible(): FakeSheetState | undefined {
    return this.sheetList.find((sheet) => sheet.visibility === "Visible");
  }

  get activeSheet(): FakeSheetState {
    const sheet = this.sheetById(this.activeSheetId) ?? this.firstVisible();
    if (!sheet) throw new Error("[fake-excel] the workbook has no visible sheet");
    return sheet;
  }

  /** The error Excel gives for a bad sheet name, or null when the name is acceptable. */
  sheetNameError(name: string, location: string, except?: FakeSheetState): FakeOfficeError | null {
    if (
      name.trim() === "" ||
      name.length > 31 ||
      SHEET_NAME_FORBIDDEN.test(name) ||
      name.startsWith("'") ||
      name.endsWith("'") ||
      name.toLocaleUpperCase() === "HISTORY"
    ) {
      return officeError("InvalidArgument", location, `'${name}' is not a valid sheet name`);
    }
    const existing = this.findSheet(name);
    if (existing && existing !== except) {
      return officeError("ItemAlreadyExists", location, `a sheet named '${existing.name}' exists`);
    }
    return null;
  }

  /** Adds a sheet at the end; without a name, Excel's next free "SheetN". */
  addSheet(name: string | undefined, location: string): FakeSheetState {
    let finalName = name;
    if (finalName === undefined) {
      let n = 1;
      while (this.findSheet(`Sheet${n}`)) n += 1;
      finalName = `Sheet${n}`;
    }
    const error = this.sheetNameError(finalName, location);
    if (error) throw error;
    const sheet = new FakeSheetState(this, this.newId("sheet"), finalName);
    this.sheetList.push(sheet);
    return sheet;
  }

  removeSheet(sheet: FakeSheetState, location: string): void {
    const visible = this.sheetList.filter((other) => other.visibility === "Visible");
    if (sheet.visibility === "Visible" && visible.length === 1) {
      throw officeError("InvalidOperation", location, "a workbook must keep at least one visible sheet");
    }
    const index = this.sheetList.indexOf(sheet);
    this.sheetList.splice(index, 1);
    sheet.deleted = true;
    for (let i = this.tableRecords.length - 1; i >= 0; i -= 1) {
      if (this.tableRecords[i].sheetId === sheet.id) this.tableRecords.splice(i, 1);
    }
    for (let i = this.nameRecords.length - 1; i >= 0; i -= 1) {
      if (this.nameRecords[i].scopeSheetId === sheet.id) this.nameRecords.splice(i, 1);
    }
    if (this.activeSheetId === sheet.id) {
      const next = this.sheetList.slice(index).find((other) => other.visibility === "Visible") ?? this.firstVisible();
      this.activeSheetId = next ? next.id : "";
    }
  }

  moveSheet(sheet: FakeSheetState, position: number, location: string): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheetList.length) {
      throw officeError("InvalidArgument", location, `position ${position} is outside 0..${this.sheetList.length - 1}`);
    }
    this.sheetList.splice(this.sheetList.indexOf(sheet), 1);
    this.sheetList.splice(position, 0, sheet);
  }

  findName(name: string, scopeSheetId: string | null): NamedItemRecord | undefined {
    const wanted = name.toLocaleUpperCase();
    return this.nameRecords.find(
      (record) => record.scopeSheetId === scopeSheetId && record.name.toLocaleUpperCase() === wanted,
    );
  }

  findTable(nameOrId: string): TableRecord | undefined {
    const wanted = nameOrId.toLocaleUpperCase();
    return this.tableRecords.find((table) => table.id === nameOrId || table.name.toLocaleUpperCase() === wanted);
  }

  /**
   * Adds a defined name. A reference that is a plain range ("=Sheet!$A$1:$B$2", unqualified = the scope sheet or
   * the active sheet) is stored as a range so it follows renames; anything else is kept as formula text.
   */
  addName(
    name: string,
    reference: string | { sheet: FakeSheetState; rect: GridRect },
    scope: FakeSheetState | null,
    comment: string,
    location: string,
  ): NamedItemRecord {
    if (!isValidDefinedName(name)) throw officeError("InvalidArgument", location, `'${name}' is not a valid name`);
    const scopeId = scope === null ? null : scope.id;
    if (this.findName(name, scopeId) || (scope === null && this.findTable(name))) {
      throw officeError("ItemAlreadyExists", location, `the name '${name}' exists`);
    }
    const record: NamedItemRecord = {
      name,
      scopeSheetId: scopeId,
      ...this.nameReference(reference, scope, location),
      comment,
      visible: true,
    };
    this.nameRecords.push(record);
    return record;
  }

  /** Splits what a name refers to into a range reference (followed across renames) or formula text. */
  nameReference(
    reference: string | { sheet: FakeSheetState; rect: GridRect },
    scope: FakeSheetState | null,
    location: string,
  ): Pick<NamedItemRecord, "reference" | "formulaText"> {
    if (typeof reference !== "string") {
      return { reference: { sheetId: reference.sheet.id, rect: reference.rect }, formulaText: null };
    }
    const text = reference.startsWith("=") ? reference : `=${reference}`;
    const parsed = parseAddress(text.slice(1));
    if (!parsed) return { reference: null, formulaText: text };
    const sheet = parsed.sheetName === undefined ? (scope ?? this.activeSheet) : this.findSheet(parsed.sheetName);
    if (!sheet) throw officeError("InvalidArgument", location, `no sheet for reference ${reference}`);
    return { reference: { sheetId: sheet.id, rect: parsed.rect }, formulaText: null };
  }

  /** The formula a defined name reports: "='Thông tin'!$B$3" for ranges, the text otherwise. */
  nameFormula(record: NamedItemRecord): string {
    if (record.reference === null) return record.formulaText ?? "=#REF!";
    const sheet = this.sheetById(record.reference.sheetId);
    return sheet ? `=${formatAddress(record.reference.rect, { sheetName: sheet.name, absolute: true })}` : "=#REF!";
  }

  /** Excel.NamedItemType as far as the fake can tell without evaluating formulas (see README). */
  nameType(record: NamedItemRecord): string {
    if (record.reference !== null) return "Range";
    const body = (record.formulaText ?? "").slice(1).trim();
    if (/^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/.test(body))
      return Number.isInteger(Number(body)) ? "Integer" : "Double";
    if (/^(TRUE|FALSE)$/i.test(body)) return "Boolean";
    if (/^#/.test(body)) return "Error";
    return "String";
  }

  /** Excel's next free default table name. */
  nextTableName(): string {
    let n = 1;
    while (this.findTable(`Table${n}`) || this.findName(`Table${n}`, null)) n += 1;
    return `Table${n}`;
  }

  // ---- inspection -----------------------------------------------------------------------------------------

  /** A sheet by name (case-insensitive); throws a plain Error naming the existing sheets when it is missing. */
  sheet(name: string): FakeSheetState {
    const sheet = this.findSheet(name);
    if (!sheet) throw new Error(`[fake-excel] no sheet '${name}'; sheets: ${this.sheetNames.join(", ")}`);
    return sheet;
  }

  hasSheet(name: string): boolean {
    return this.findSheet(name) !== undefined;
  }

  get sheetNames(): string[] {
    return this.sheetList.map((sheet) => sheet.name);
  }

  get activeSheetName(): string {
    return this.activeSheet.name;
  }

  /** The selection as a sheet-qualified address, e.g. "'Khung nhiệm vụ'!M4". */
  get selection(): string {
    const sheet = this.activeSheet;
    return formatAddress(sheet.selectionRect, { sheetName: sheet.name });
  }

  nameSnapshots(): NamedItemSnapshot[] {
    return this.nameRecords.map((record) => ({
      name: record.name,
      scope: record.scopeSheetId === null ? "Workbook" : (this.sheetById(record.scopeSheetId)?.name ?? "#REF!"),
      formula: this.nameFormula(record),
      type: this.nameType(record),
      comment: record.comment,
      visible: record.visible,
    }));
  }

  /** Workbook-scoped defined names (sheet-scoped ones are under state.sheet(x).names). */
  get names(): NamedItemSnapshot[] {
    return this.nameSnapshots().filter((item) => item.scope === "Workbook");
  }

  tableSnapshots(): TableSnapshot[] {
    return this.tableRecords.map((table) => ({
      id: table.id,
      name: table.name,
      sheet: this.sheetById(table.sheetId)?.name ?? "#REF!",
      address: formatAddress(table.rect),
      style: table.style,
      showHeaders: table.showHeaders,
      showTotals: table.showTotals,
      showBandedRows: table.showBandedRows,
      showBandedColumns: table.showBandedColumns,
      showFilterButton: table.showFilterButton,
      highlightFirstColumn: table.highlightFirstColumn,
      highlightLastColumn: table.highlightLastColumn,
    }));
  }

  get tables(): TableSnapshot[] {
    return this.tableSnapshots();
  }

  /** One table by name (case-insensitive), or undefined. */
  table(name: string): TableSnapshot | undefined {
    const record = this.findTable(name);
    return record ? this.tableSnapshots().find((table) => table.id === record.id) : undefined;
  }

  /** "Sheet!" prefix helper for messages and addresses. */
  qualified(sheet: FakeSheetState, rect: GridRect): string {
    return sheetPrefix(sheet.name) + formatAddress(rect);
  }
}

function normalizeSheets(sheets: WorkbookSeed["sheets"]): SheetSeed[] {
  if (sheets === undefined) return [];
  if (isSheetSeedArray(sheets)) return [...sheets];
  return Object.entries(sheets).map(([name, seed]) => (isRows(seed) ? { name, rows: seed } : { name, ...seed }));
}

function isSheetSeedArray(sheets: NonNullable<WorkbookSeed["sheets"]>): sheets is ReadonlyArray<SheetSeed> {
  return Array.isArray(sheets);
}

function isRows(
  seed: ReadonlyArray<ReadonlyArray<SeedCell>> | Omit<SheetSeed, "name">,
): seed is ReadonlyArray<ReadonlyArray<SeedCell>> {
  return Array.isArray(seed);
}
