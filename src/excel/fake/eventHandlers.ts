import type { EventHandler } from "./fakeHost";
import type { FakeRequestContext } from "./requestContext";

/** OfficeExtension.EventHandlerResult: remove() queues the unregistration on the same context. */
export class FakeEventHandlerResult<A> {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handlers: FakeEventHandlers<A>,
    private readonly handler: EventHandler<A>,
  ) {}

  remove(): void {
    this.handlers.remove(this.handler);
  }
}

/**
 * OfficeExtension.EventHandlers (workbook.onSelectionChanged, worksheet.onSelectionChanged, …). As in Excel,
 * add() and remove() take effect at the next context.sync(). Tests fire events with fake.select(...) /
 * fake.activate(...), and API calls (Range.select, Worksheet.activate) fire them too.
 */
export class FakeEventHandlers<A> {
  constructor(
    private readonly context: FakeRequestContext,
    /** Finds the handler set during sync (a worksheet's id is only known once its proxy resolves). */
    private readonly registry: () => Set<EventHandler<A>>,
    private readonly kind: string,
  ) {}

  add(handler: EventHandler<A>): FakeEventHandlerResult<A> {
    this.context.enqueue(`${this.kind}.add`, (tx) => {
      const handlers = this.registry();
      tx.onCommit(() => {
        handlers.add(handler);
      });
    });
    return new FakeEventHandlerResult(this.context, this, handler);
  }

  remove(handler: EventHandler<A>): void {
    this.context.enqueue(`${this.kind}.remove`, (tx) => {
      const handlers = this.registry();
      tx.onCommit(() => {
        handlers.delete(handler);
      });
    });
  }
}
