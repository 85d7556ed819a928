import { FakeClientObject } from "./clientObject";
import { officeError } from "./fakeOfficeError";
import type { FakeHost } from "./fakeHost";
import { OperationLogEntry } from "./fakeStats";
import { FakeApplication, FakeWorkbook } from "./workbook";

/** What a queued operation can do while its sync runs. */
export interface SyncTx {
  /** Publishes loaded values once the whole batch has succeeded (a failed batch publishes nothing). */
  onCommit(action: () => void): void;
  /** Runs after the sync has succeeded, e.g. to fire selection events caused by the batch. */
  afterSync(action: () => void): void;
  /** Records the sheet and address the running operation touched, for the operation log; the first call wins. */
  describe(where: { sheet?: string; address?: string }): void;
}

interface PendingOperation {
  entry: OperationLogEntry;
  run: (tx: SyncTx) => void;
}

/** context.trackedObjects: tracking keeps the context usable after its Excel.run has finished. */
export class FakeTrackedObjects {
  private readonly tracked = new Set<unknown>();

  add(objects: unknown): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) this.tracked.add(object);
  }

  remove(objects: unknown): void {
    for (const object of Array.isArray(objects) ? objects : [objects]) this.tracked.delete(object);
  }

  get size(): number {
    return this.tracked.size;
  }
}

/**
 * Excel.RequestContext: a queue of operations that context.sync() sends as one batch. Operations run in queue
 * order against the workbook state; the first failure rejects the sync with Excel's error, the operations
 * before it stay applied and the rest are dropped, as in Excel. Loads publish their values only when the whole
 * batch succeeds.
 */
export class FakeRequestContext {
  readonly id: number;
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly trackedObjects = new FakeTrackedObjects();
  readonly requestHeaders: Record<string, string> = {};
  /** Set when the Excel.run that owns this context has finished (and nothing is tracked). */
  closed = false;
  private pending: PendingOperation[] = [];

  constructor(readonly host: FakeHost) {
    this.id = host.nextContextId();
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
  }

  /** Queues one operation; the fake's proxies call this for every write, method call and load. */
  enqueue(kind: string, run: (tx: SyncTx) => void, detail?: string): void {
    if (this.closed) {
      throw officeError("InvalidObjectPath", kind, "the object's Excel.run has finished; track it or use a new run");
    }
    this.pending.push({ entry: this.host.stats.record(kind, this.id, detail), run });
  }

  get hasPendingOperations(): boolean {
    return this.pending.length > 0;
  }

  /** The kinds of the operations queued since the last sync, like office.js's debugInfo. */
  get debugInfo(): { pendingStatements: string[] } {
    return { pendingStatements: this.pending.map((operation) => operation.entry.kind) };
  }

  async sync<T>(passThroughValue?: T): Promise<T | undefined> {
    if (this.closed) throw officeError("InvalidObjectPath", "RequestContext.sync", "the Excel.run has finished");
    const batch = this.pending;
    this.pending = [];
    const serial = this.host.stats.beginSync();
    const commits: Array<() => void> = [];
    const after: Array<() => void> = [];
    let failure: unknown = undefined;
    let current: OperationLogEntry | undefined;
    // The object an operation was queued on describes it first; what it touches further down does not.
    let described = false;
    const tx: SyncTx = {
      onCommit: (action) => commits.push(action),
      afterSync: (action) => after.push(action),
      describe: (where) => {
        if (!current || described) return;
        described = true;
        if (where.sheet !== undefined) current.sheet = where.sheet;
        if (where.address !== undefined) current.address = where.address;
      },
    };
    for (const operation of batch) {
      operation.entry.sync = serial;
      if (failure !== undefined) {
        operation.entry.status = "skipped";
        continue;
      }
      current = operation.entry;
      described = false;
      try {
        operation.run(tx);
        operation.entry.status = "applied";
      } catch (error) {
        operation.entry.status = "failed";
        failure = error;
      }
    }
    await this.host.roundTrip();
    if (failure !== undefined) throw failure;
    for (const commit of commits) commit();
    for (const action of after) action();
    return passThroughValue;
  }

  /** context.load(object, option): the same as object.load(option). */
  load(object: unknown, option?: unknown): void {
    if (!(object instanceof FakeClientObject)) {
      throw officeError("InvalidArgument", "RequestContext.load", "not an object of this fake");
    }
    object.load(option);
  }

  /** context.trace(message): logged as an operation so a test can see where in a batch it was. */
  trace(message: string): void {
    this.enqueue("context.trace", () => undefined, message);
  }
}
