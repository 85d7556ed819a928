import { formatAddress } from "./address";
import { FakeStats } from "./fakeStats";
import { GridRect } from "./gridRect";
import { FakeRequestContext } from "./requestContext";
import { FakeSheetState } from "./sheetState";
import type { FakeWorkbook } from "./workbook";
import { FakeWorkbookState } from "./workbookState";

export interface WorksheetSelectionArgs {
  type: "WorksheetSelectionChanged";
  address: string;
  worksheetId: string;
}

export interface WorksheetActivationArgs {
  type: "WorksheetActivated" | "WorksheetDeactivated";
  worksheetId: string;
}

export interface WorkbookSelectionArgs {
  workbook: FakeWorkbook;
}

export type EventHandler<A> = (args: A) => unknown;

/** Handlers by source: "workbook", "worksheets" (the collection) or a sheet id. */
export class HandlerRegistry<A> {
  private readonly sets = new Map<string, Set<EventHandler<A>>>();

  for(source: string): Set<EventHandler<A>> {
    let set = this.sets.get(source);
    if (!set) {
      set = new Set();
      this.sets.set(source, set);
    }
    return set;
  }

  count(): number {
    let total = 0;
    for (const set of this.sets.values()) total += set.size;
    return total;
  }
}

export interface FakeHostOptions {
  /** Whether Range.select() / Worksheet.activate() from the API fire selection/activation events (Excel does). */
  apiSelectionFiresEvents: boolean;
  /** Simulated round-trip time of each context.sync(), in ms; 0 resolves on the next microtask. */
  syncDelayMs: number;
}

/**
 * What all contexts of one fake share: the workbook state, the stats, the registered event handlers, and the
 * handler promises still running (so tests can await them with settle()).
 */
export class FakeHost {
  readonly selectionHandlers = new HandlerRegistry<WorksheetSelectionArgs>();
  readonly workbookSelectionHandlers = new HandlerRegistry<WorkbookSelectionArgs>();
  readonly activatedHandlers = new HandlerRegistry<WorksheetActivationArgs>();
  readonly deactivatedHandlers = new HandlerRegistry<WorksheetActivationArgs>();
  private contextCount = 0;
  private running: Array<Promise<void>> = [];
  private handlerErrors: unknown[] = [];

  constructor(
    readonly state: FakeWorkbookState,
    readonly stats: FakeStats,
    readonly options: FakeHostOptions,
  ) {}

  nextContextId(): number {
    this.contextCount += 1;
    return this.contextCount;
  }

  newContext(): FakeRequestContext {
    return new FakeRequestContext(this);
  }

  /** Waits like a round trip to Excel. */
  roundTrip(): Promise<void> {
    if (this.options.syncDelayMs <= 0) return Promise.resolve();
    return new Promise((resolve) => setTimeout(resolve, this.options.syncDelayMs));
  }

  private dispatch<A>(handlers: Set<EventHandler<A>>, args: () => A): void {
    for (const handler of [...handlers]) {
      const run = Promise.resolve()
        .then(() => handler(args()))
        .then(
          () => undefined,
          (error: unknown) => {
            this.handlerErrors.push(error);
          },
        );
      this.running.push(run);
    }
  }

  /** Makes `sheet` the active sheet; returns the previously active one. */
  applyActivation(sheet: FakeSheetState): FakeSheetState {
    const previous = this.state.activeSheet;
    this.state.activeSheetId = sheet.id;
    return previous;
  }

  /** Fires deactivated/activated events when the active sheet changed from `previous` to `sheet`. */
  fireActivationEvents(previous: FakeSheetState, sheet: FakeSheetState): void {
    if (previous === sheet) return;
    const deactivated = { type: "WorksheetDeactivated" as const, worksheetId: previous.id };
    this.dispatch(this.deactivatedHandlers.for(previous.id), () => deactivated);
    this.dispatch(this.deactivatedHandlers.for("worksheets"), () => deactivated);
    const activated = { type: "WorksheetActivated" as const, worksheetId: sheet.id };
    this.dispatch(this.activatedHandlers.for(sheet.id), () => activated);
    this.dispatch(this.activatedHandlers.for("worksheets"), () => activated);
  }

  /** Activates `sheet` and selects rect on it; returns the previously active sheet. */
  applySelection(sheet: FakeSheetState, rect: GridRect): FakeSheetState {
    const previous = this.applyActivation(sheet);
    sheet.selectionRect = rect;
    return previous;
  }

  /** Fires the activation events (if the sheet changed) and the selection-changed events. */
  fireSelectionEvents(previous: FakeSheetState, sheet: FakeSheetState, rect: GridRect): void {
    this.fireActivationEvents(previous, sheet);
    const args = { type: "WorksheetSelectionChanged" as const, address: formatAddress(rect), worksheetId: sheet.id };
    this.dispatch(this.selectionHandlers.for(sheet.id), () => args);
    this.dispatch(this.selectionHandlers.for("worksheets"), () => args);
    // SelectionChangedEventArgs carries a workbook bound to a fresh context, like office.js does.
    this.dispatch(this.workbookSelectionHandlers.for("workbook"), () => ({ workbook: this.newContext().workbook }));
  }

  /** What a user's click does: select rect on sheet and fire the events. */
  select(sheet: FakeSheetState, rect: GridRect): void {
    this.fireSelectionEvents(this.applySelection(sheet, rect), sheet, rect);
  }

  /** What a user's click on a sheet tab does. */
  activate(sheet: FakeSheetState): void {
    this.fireActivationEvents(this.applyActivation(sheet), sheet);
  }

  /** Resolves when every event handler started so far (and any it caused) has finished; rethrows the first error. */
  async settle(): Promise<void> {
    while (this.running.length > 0) {
      const batch = this.running;
      this.running = [];
      await Promise.all(batch);
    }
    const [first] = this.handlerErrors;
    this.handlerErrors = [];
    if (first !== undefined) throw first;
  }
}
