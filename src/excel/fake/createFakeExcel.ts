import { parseAddress } from "./address";
import { FakeClientObject } from "./clientObject";
import { FakeExcelEnums, excelEnums } from "./excelEnums";
import { FakeHost } from "./fakeHost";
import { FakeOffice, FakeOfficeOptions } from "./fakeOffice";
import { FakeOfficeError, officeError } from "./fakeOfficeError";
import { FakeStats } from "./fakeStats";
import { RunImplementation, asExcelContext, asExcelRun } from "./publicSurface";
import { FakeRequestContext } from "./requestContext";
import { FakeWorkbookState, WorkbookSeed } from "./workbookState";

/** Everything createFakeExcel accepts: the workbook to start with, plus how the fake host behaves. */
export interface FakeExcelOptions extends WorkbookSeed {
  /** Whether Range.select()/Worksheet.activate() from the API fire selection/activation events (default true, as Excel). */
  apiSelectionFiresEvents?: boolean;
  /** Simulated round-trip time of each context.sync() in ms (default 0: the next microtask). */
  syncDelayMs?: number;
  /** The Office host the task pane sees (requirement sets, language, theme). */
  office?: FakeOfficeOptions;
}

/** The runtime Excel namespace the fake provides: run() and the enums the project reads. */
export interface FakeExcelNamespace extends FakeExcelEnums {
  run: typeof Excel.run;
}

/** The OfficeExtension global the fake provides, so `error instanceof OfficeExtension.Error` works. */
export interface FakeOfficeExtensionNamespace {
  Error: typeof FakeOfficeError;
  ErrorCodes: Record<string, string>;
  config: { extendedErrorLogging: boolean };
}

const OFFICE_EXTENSION_ERROR_CODES = {
  accessDenied: "AccessDenied",
  generalException: "GeneralException",
  activityLimitReached: "ActivityLimitReached",
  invalidObjectPath: "InvalidObjectPath",
  propertyNotLoaded: "PropertyNotLoaded",
  valueNotLoaded: "ValueNotLoaded",
  invalidRequestContext: "InvalidRequestContext",
  invalidArgument: "InvalidArgument",
  runMustReturnPromise: "RunMustReturnPromise",
  cannotRegisterEvent: "CannotRegisterEvent",
  apiNotFound: "ApiNotFound",
  connectionFailure: "ConnectionFailure",
};

function isBatch(value: unknown): value is (context: Excel.RequestContext) => unknown {
  return typeof value === "function";
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return typeof value === "object" && value !== null && "then" in value && typeof value.then === "function";
}

/** The context of run()'s first argument when it names previous objects or a context; null for a new one. */
function contextOf(value: unknown): FakeRequestContext | null {
  if (value instanceof FakeRequestContext) return value;
  if (value instanceof FakeClientObject) return value.context;
  if (Array.isArray(value)) {
    const contexts = value.map(contextOf);
    const first = contexts[0] ?? null;
    if (contexts.some((context) => context !== first)) {
      throw officeError("InvalidRequestContext", "Excel.run", "the objects belong to different contexts");
    }
    return first;
  }
  if (typeof value === "object" && value !== null && "previousObjects" in value)
    return contextOf(value.previousObjects);
  return null;
}

/**
 * A fake Excel host for tests: an in-memory workbook behind an Excel.run / RequestContext / proxy-object API
 * that queues operations and applies them at context.sync(), as office.js does. See README.md for what it
 * models and what it does not.
 */
export class FakeExcel {
  /** The runtime `Excel` namespace: `fake.Excel.run(async (context) => …)` and the enums. */
  readonly Excel: FakeExcelNamespace;
  /** The runtime `Office` namespace for the task pane. */
  readonly Office: FakeOffice["namespace"];
  /** The runtime `OfficeExtension` namespace (Error, ErrorCodes). */
  readonly OfficeExtension: FakeOfficeExtensionNamespace;
  /** Controls for the Office host: setRequirementSet, setDisplayLanguage, setTheme. */
  readonly office: FakeOffice;
  /** The workbook, for seeding more data and inspecting results (state.sheet("X").cell("B2"), …). */
  readonly state: FakeWorkbookState;
  /** Sync, run and operation counts since creation or the last resetStats(). */
  readonly stats = new FakeStats();
  private readonly host: FakeHost;

  constructor(options: FakeExcelOptions = {}) {
    this.state = new FakeWorkbookState(options);
    this.host = new FakeHost(this.state, this.stats, {
      apiSelectionFiresEvents: options.apiSelectionFiresEvents ?? true,
      syncDelayMs: options.syncDelayMs ?? 0,
    });
    this.office = new FakeOffice(options.office);
    this.Office = this.office.namespace;
    this.OfficeExtension = {
      Error: FakeOfficeError,
      ErrorCodes: { ...OFFICE_EXTENSION_ERROR_CODES },
      config: { extendedErrorLogging: false },
    };
    this.Excel = { ...excelEnums, run: asExcelRun(this.run) };
  }

  /**
   * Excel.run: a new context per batch (or the context of the previous objects / context passed first); after
   * the batch's promise resolves, pending operations are synced once more, as office.js does, and a new
   * context is closed so that its objects cannot queue more work unless they were tracked.
   */
  private readonly run: RunImplementation = async (first, second) => {
    const batch = second === undefined ? first : second;
    if (!isBatch(batch)) throw officeError("InvalidArgument", "Excel.run", "the batch must be a function");
    const reused = second === undefined ? null : contextOf(first);
    const context = reused ?? this.host.newContext();
    // A finished run's context comes back to life inside a run that names it (office.js's pattern for
    // removing an event handler: Excel.run(result.context, …)), and is closed again afterwards.
    const closeAfter = reused === null || reused.closed;
    context.closed = false;
    this.stats.runCount += 1;
    try {
      const result = batch(asExcelContext(context));
      if (!isPromiseLike(result)) throw officeError("RunMustReturnPromise", "Excel.run");
      const value = await result;
      if (context.hasPendingOperations) await context.sync();
      return value;
    } finally {
      if (closeAfter && context.trackedObjects.size === 0) context.closed = true;
    }
  };

  /** A request context outside Excel.run, for code that takes a context; it is never closed. */
  createContext(): Excel.RequestContext {
    return asExcelContext(this.host.newContext());
  }

  resetStats(): void {
    this.stats.reset();
  }

  /**
   * Simulates the user selecting cells: "B2" on the active sheet or "'Khung nhiệm vụ'!M4" on another (which
   * is activated). Fires the activation and selection-changed events and waits for their handlers.
   */
  async select(address: string): Promise<void> {
    const parsed = parseAddress(address);
    if (!parsed) throw new Error(`[fake-excel] select: not an A1 address: ${address}`);
    const sheet = parsed.sheetName === undefined ? this.state.activeSheet : this.state.sheet(parsed.sheetName);
    this.host.select(sheet, parsed.rect);
    await this.host.settle();
  }

  /** Simulates the user clicking a sheet tab; fires the activation events and waits for their handlers. */
  async activate(sheetName: string): Promise<void> {
    this.host.activate(this.state.sheet(sheetName));
    await this.host.settle();
  }

  /** Waits for every event handler started so far; rejects with the first error a handler threw. */
  settle(): Promise<void> {
    return this.host.settle();
  }

  /** How many event handlers are registered (all events), e.g. to check that the pane unsubscribes. */
  get handlerCount(): number {
    return (
      this.host.selectionHandlers.count() +
      this.host.workbookSelectionHandlers.count() +
      this.host.activatedHandlers.count() +
      this.host.deactivatedHandlers.count()
    );
  }
}

/** Creates an isolated fake Excel with the given workbook (default: a blank workbook with "Sheet1"). */
export function createFakeExcel(options: FakeExcelOptions = {}): FakeExcel {
  return new FakeExcel(options);
}
