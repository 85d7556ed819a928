/** One queued Excel API operation: a property write, a method call with an effect, or a load (a read). */
export interface OperationLogEntry {
  /** Queue order across the whole fake, from 1. */
  readonly id: number;
  /**
   * What was queued, as `<object path>.<member>`: "range.values", "range.format.fill.color", "worksheets.add",
   * "worksheet.protection.protect", "application.suspendApiCalculationUntilNextSync"; loads are "<object>.load"
   * ("range.load", "worksheets.load"), with the requested paths in `detail`.
   */
  readonly kind: string;
  /** The argument or the loaded paths, when that helps reading a log (e.g. the address of getRange). */
  readonly detail?: string;
  /** Which request context queued it (each Excel.run gets a new one). */
  readonly contextId: number;
  /** The sheet and local address the operation touched, filled in when it ran. */
  sheet?: string;
  address?: string;
  status: "queued" | "applied" | "failed" | "skipped";
  /** The 1-based number of the context.sync() that ran it (counted since the fake was created). */
  sync?: number;
}

/**
 * Counters the tests assert on: how many context.sync() calls (round trips) and Excel.run batches the code made,
 * and every operation it queued. `reset()` starts a fresh count, e.g. after seeding through the API.
 */
export class FakeStats {
  syncCount = 0;
  runCount = 0;
  readonly operations: OperationLogEntry[] = [];
  private nextId = 1;
  private syncSerial = 0;

  get operationCount(): number {
    return this.operations.length;
  }

  /** Loads are the operations that read from the workbook. */
  get loadCount(): number {
    return this.operations.filter((entry) => entry.kind.endsWith(".load")).length;
  }

  /** How many logged operations have this kind, or a kind matching the pattern. */
  count(kind: string | RegExp): number {
    return this.operations.filter((entry) => (typeof kind === "string" ? entry.kind === kind : kind.test(entry.kind)))
      .length;
  }

  /** The logged operations of one sync, by its number (see OperationLogEntry.sync). */
  operationsOfSync(sync: number): OperationLogEntry[] {
    return this.operations.filter((entry) => entry.sync === sync);
  }

  reset(): void {
    this.syncCount = 0;
    this.runCount = 0;
    this.operations.length = 0;
  }

  /** Logs a newly queued operation. */
  record(kind: string, contextId: number, detail?: string): OperationLogEntry {
    const base = { id: this.nextId, kind, contextId, status: "queued" as const };
    this.nextId += 1;
    const entry: OperationLogEntry = detail === undefined ? { ...base } : { ...base, detail };
    this.operations.push(entry);
    return entry;
  }

  /** Counts a sync and returns its serial number (which, unlike syncCount, survives reset()). */
  beginSync(): number {
    this.syncCount += 1;
    this.syncSerial += 1;
    return this.syncSerial;
  }
}
