import { FakeClientObject, Loadable, Readers } from "./clientObject";
import { FakeEventHandlers } from "./eventHandlers";
import type { WorkbookSelectionArgs } from "./fakeHost";
import { officeError } from "./fakeOfficeError";
import { FakeNamedItemCollection } from "./namedItems";
import { FakeRange } from "./range";
import type { FakeRequestContext } from "./requestContext";
import { FakeTableCollection } from "./tables";
import { FakeWorkbookState } from "./workbookState";
import { FakeWorksheetCollection } from "./worksheetCollection";

interface ApplicationSnapshot {
  calculationMode: string;
}

/**
 * Excel.Application. suspendApiCalculationUntilNextSync / suspendScreenUpdatingUntilNextSync have no effect in
 * the fake beyond being logged (with the sync that ran them), which is what a test can assert.
 */
export class FakeApplication extends FakeClientObject<ApplicationSnapshot, FakeWorkbookState> {
  readonly typeName = "Application";
  readonly kind = "application";
  protected readonly readers: Readers<ApplicationSnapshot, FakeWorkbookState> = {
    calculationMode: (state) => state.calculationMode,
  };

  constructor(context: FakeRequestContext) {
    super(context, () => context.host.state);
  }

  protected override setters(): Record<string, (value: unknown) => void> {
    return { calculationMode: (v) => (this.calculationMode = v) };
  }

  get calculationMode(): string {
    return this.read("calculationMode");
  }
  set calculationMode(v: unknown) {
    this.enqueueOp(
      "calculationMode",
      (state) => {
        if (v !== "Automatic" && v !== "AutomaticExceptTables" && v !== "Manual") {
          throw officeError("InvalidArgument", "Application.calculationMode", String(v));
        }
        state.calculationMode = v;
      },
      String(v),
    );
  }

  suspendApiCalculationUntilNextSync(): void {
    this.enqueueOp("suspendApiCalculationUntilNextSync", () => undefined);
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.enqueueOp("suspendScreenUpdatingUntilNextSync", () => undefined);
  }

  calculate(calculationType: unknown): void {
    this.enqueueOp("calculate", () => undefined, String(calculationType));
  }
}

interface WorkbookSnapshot {
  name: string;
}

/** Excel.Workbook: worksheets, names, tables, application, the selection and its event. */
export class FakeWorkbook extends FakeClientObject<WorkbookSnapshot, FakeWorkbookState> {
  readonly typeName = "Workbook";
  readonly kind = "workbook";
  readonly application: FakeApplication;
  readonly worksheets: FakeWorksheetCollection;
  readonly names: FakeNamedItemCollection;
  readonly tables: FakeTableCollection;
  protected readonly readers: Readers<WorkbookSnapshot, FakeWorkbookState> = { name: () => "Book1.xlsx" };

  constructor(context: FakeRequestContext) {
    super(context, () => context.host.state);
    this.application = new FakeApplication(context);
    this.worksheets = new FakeWorksheetCollection(context);
    this.names = new FakeNamedItemCollection(context, () => ({ scope: null }), "workbook.names");
    this.tables = new FakeTableCollection(context, () => ({ sheet: null }), "workbook.tables");
  }

  protected override navigation(): Record<string, Loadable> {
    return { application: this.application, worksheets: this.worksheets, names: this.names, tables: this.tables };
  }

  get name(): string {
    return this.read("name");
  }

  get onSelectionChanged(): FakeEventHandlers<WorkbookSelectionArgs> {
    return new FakeEventHandlers(
      this.context,
      () => this.context.host.workbookSelectionHandlers.for("workbook"),
      "workbook.onSelectionChanged",
    );
  }

  /** The selection on the active sheet, as of the sync that first uses the returned range. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve().activeSheet;
      return { sheet, rect: sheet.selectionRect };
    });
  }

  /** The top-left cell of the selection (the fake does not track a separate active cell). */
  getActiveCell(): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.resolve().activeSheet;
      return { sheet, rect: { ...sheet.selectionRect, rowCount: 1, columnCount: 1 } };
    });
  }
}
