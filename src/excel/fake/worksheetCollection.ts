import { FakeClientResult, FakeCollection } from "./clientObject";
import { FakeEventHandlers } from "./eventHandlers";
import type { WorksheetActivationArgs, WorksheetSelectionArgs } from "./fakeHost";
import { officeError } from "./fakeOfficeError";
import type { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";
import { FakeWorkbookState } from "./workbookState";
import { FakeWorksheet } from "./worksheet";

/**
 * Excel.WorksheetCollection. getItem(nameOrId) fails with ItemNotFound at the sync that first uses it (not when
 * called); getItemOrNullObject reports isNullObject after the next sync. add() without a name picks "SheetN".
 */
export class FakeWorksheetCollection extends FakeCollection<FakeWorksheet, FakeSheetState, FakeWorkbookState> {
  readonly typeName = "WorksheetCollection";
  readonly kind = "worksheets";

  constructor(context: FakeRequestContext) {
    super(context, () => context.host.state);
  }

  protected listElements(state: FakeWorkbookState): FakeSheetState[] {
    return [...state.sheetList];
  }

  protected makeItem(sheet: FakeSheetState): FakeWorksheet {
    return new FakeWorksheet(this.context, () => sheet);
  }

  add(name?: string): FakeWorksheet {
    let created: FakeSheetState | undefined;
    this.enqueueOp(
      "add",
      (state, tx) => {
        if (name !== undefined && typeof name !== "string")
          throw officeError("InvalidArgument", "WorksheetCollection.add", String(name));
        created = state.addSheet(name, "WorksheetCollection.add");
        tx.describe({ sheet: created.name });
      },
      name,
    );
    return new FakeWorksheet(this.context, () => created ?? null);
  }

  private find(key: string): FakeSheetState | null {
    const state = this.resolve();
    return state.findSheet(key) ?? state.sheetById(key) ?? null;
  }

  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getItem", `no sheet '${key}'`);
      return sheet;
    });
  }

  getItemOrNullObject(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.find(key), "worksheets.getItemOrNullObject");
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, () => this.resolve().activeSheet);
  }

  getFirst(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheets = this.resolve().sheetList.filter((sheet) => !visibleOnly || sheet.visibility === "Visible");
      return sheets[0] ?? null;
    });
  }

  getLast(visibleOnly = false): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheets = this.resolve().sheetList.filter((sheet) => !visibleOnly || sheet.visibility === "Visible");
      return sheets[sheets.length - 1] ?? null;
    });
  }

  getCount(visibleOnly = false): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.enqueueOp("getCount", (state, tx) => {
      const count = state.sheetList.filter((sheet) => !visibleOnly || sheet.visibility === "Visible").length;
      tx.onCommit(() => result.resolveWith(count));
    });
    return result;
  }

  get onSelectionChanged(): FakeEventHandlers<WorksheetSelectionArgs> {
    return new FakeEventHandlers(
      this.context,
      () => this.context.host.selectionHandlers.for("worksheets"),
      "worksheets.onSelectionChanged",
    );
  }

  get onActivated(): FakeEventHandlers<WorksheetActivationArgs> {
    return new FakeEventHandlers(
      this.context,
      () => this.context.host.activatedHandlers.for("worksheets"),
      "worksheets.onActivated",
    );
  }

  get onDeactivated(): FakeEventHandlers<WorksheetActivationArgs> {
    return new FakeEventHandlers(
      this.context,
      () => this.context.host.deactivatedHandlers.for("worksheets"),
      "worksheets.onDeactivated",
    );
  }
}
