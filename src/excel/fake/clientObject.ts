import { FakeOfficeError, officeError, propertyNotLoaded, valueNotLoaded } from "./fakeOfficeError";
import { LoadTree, describeTree, emptyTree, parseLoadOption } from "./loadTree";
import type { FakeRequestContext, SyncTx } from "./requestContext";

/** Per scalar property, how to read it from the resolved target during sync. */
export type Readers<S, T> = { [P in keyof S]: (target: T) => S[P] };

/** What navigation properties and collection items have in common: they load, serialise and accept set(). */
export interface Loadable {
  applyLoad(tree: LoadTree, tx: SyncTx): void;
  toJSON(): Record<string, unknown>;
  set(properties: unknown, options?: unknown): void;
}

export function hasKey<O extends object>(object: O, key: string): key is Extract<keyof O, string> {
  return Object.prototype.hasOwnProperty.call(object, key);
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function fill<S, T, K extends keyof S>(out: Partial<S>, key: K, readers: Readers<S, T>, target: T): void {
  out[key] = readers[key](target);
}

/**
 * Base of every proxy object (Range, Worksheet, RangeFormat, …). Like office.js, a proxy holds no live data:
 * method calls and property writes queue operations on its context, and load() queues a read whose result
 * becomes readable only after context.sync(). The proxy's target (the sheet, the cells) is located lazily, the
 * first time an operation runs, and then kept, as Excel instantiates an object path once.
 *
 * S is the shape of the scalar properties a load() can read; T is what the proxy resolves to.
 */
export abstract class FakeClientObject<S extends object, T> implements Loadable {
  /** Excel's type name, used in error locations: "Range", "Worksheet". */
  abstract readonly typeName: string;
  /** The operation-log prefix: "range", "range.format.font", "worksheet". */
  abstract readonly kind: string;
  protected abstract readonly readers: Readers<S, T>;
  protected snapshot: Partial<S> = {};
  private target: T | null | undefined = undefined;
  private nullState: boolean | undefined = undefined;

  /**
   * @param locator finds the target during sync; returns null when it does not exist (or throws a specific error).
   * @param nullableKind set for *OrNullObject results: the instantiation is queued under this kind, and the
   *   object reports isNullObject after the next sync instead of failing.
   */
  constructor(
    readonly context: FakeRequestContext,
    private readonly locator: () => T | null,
    private readonly nullableKind?: string,
  ) {
    if (nullableKind !== undefined) {
      context.enqueue(nullableKind, (tx) => {
        const located = this.tryResolve();
        tx.onCommit(() => {
          this.nullState = located === null;
        });
      });
    }
  }

  /** Navigation properties that load/set/toJSON descend into (format → font, fill, …). */
  protected navigation(): Record<string, Loadable> {
    return {};
  }

  /** Writable scalar properties for set(); each entry calls the property's setter (which queues the write). */
  protected setters(): Record<string, (value: unknown) => void> {
    return {};
  }

  /** False when the target has gone (a deleted sheet), which Excel reports as ItemNotFound. */
  protected isLive(_target: T): boolean {
    return true;
  }

  /** The sheet/address an operation on this object touches, for the operation log. */
  protected describe(_target: T): { sheet?: string; address?: string } {
    return {};
  }

  /** Locates the target once (during sync) and keeps it; null means it does not exist. */
  tryResolve(): T | null {
    if (this.target === undefined) this.target = this.locator();
    if (this.target !== null && !this.isLive(this.target)) {
      throw officeError("ItemNotFound", this.typeName, "the object was deleted");
    }
    return this.target;
  }

  /** The target, or Excel's ItemNotFound; used by every queued operation. */
  resolve(): T {
    const target = this.tryResolve();
    if (target === null) {
      throw officeError(
        "ItemNotFound",
        this.nullableKind ?? this.typeName,
        this.nullableKind === undefined ? undefined : "operation on a null object",
      );
    }
    return target;
  }

  /** Queues an operation `<kind>.<member>` that runs against the resolved target at the next sync. */
  protected enqueueOp(member: string, run: (target: T, tx: SyncTx) => void, detail?: string): void {
    this.context.enqueue(
      `${this.kind}.${member}`,
      (tx) => {
        const target = this.resolve();
        const where = this.describe(target);
        // An object that cannot say where it is (a collection) leaves it to the operation to describe.
        if (where.sheet !== undefined) tx.describe(where);
        run(target, tx);
      },
      detail,
    );
  }

  /** A loaded property, or Excel's PropertyNotLoaded error when load() + sync() did not fetch it. */
  protected read<K extends keyof S>(key: K): S[K] {
    if (this.nullState === true) {
      throw new FakeOfficeError(
        "PropertyNotLoaded",
        `[fake-excel] '${String(key)}' read on a null object; check isNullObject first`,
        `${this.typeName}.${String(key)}`,
      );
    }
    const value = this.snapshot[key];
    if (value === undefined) throw propertyNotLoaded(String(key), this.typeName);
    return value;
  }

  get isNullObject(): boolean {
    if (this.nullableKind === undefined) return false;
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject", this.typeName);
    return this.nullState;
  }

  load(option?: unknown): this {
    const tree = parseLoadOption(option, `${this.typeName}.load`);
    this.context.enqueue(`${this.kind}.load`, (tx) => this.applyLoad(tree, tx), describeTree(tree));
    return this;
  }

  /** Runs a load during sync: computes the requested properties now, publishes them if the sync succeeds. */
  applyLoad(tree: LoadTree, tx: SyncTx): void {
    const target = this.tryResolve();
    if (this.nullableKind !== undefined) {
      const isNull = target === null;
      tx.onCommit(() => {
        this.nullState = isNull;
      });
    }
    if (target === null) {
      if (this.nullableKind === undefined) throw officeError("ItemNotFound", this.typeName);
      return;
    }
    const where = this.describe(target);
    if (where.sheet !== undefined) tx.describe(where);
    const navigation = this.navigation();
    const wanted = new Set<string>(tree.all ? Object.keys(this.readers) : []);
    for (const [name, child] of tree.children) {
      if (hasKey(this.readers, name)) wanted.add(name);
      else if (hasKey(navigation, name)) navigation[name].applyLoad(child, tx);
      else {
        throw officeError(
          "InvalidArgument",
          `${this.typeName}.load`,
          `'${name}' is not a property of ${this.typeName} (or the fake does not model it)`,
        );
      }
    }
    const out: Partial<S> = {};
    for (const name of wanted) if (hasKey(this.readers, name)) fill(out, name, this.readers, target);
    tx.onCommit(() => {
      Object.assign(this.snapshot, out);
    });
  }

  toJSON(): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(this.snapshot)) out[key] = value;
    for (const [name, child] of Object.entries(this.navigation())) {
      const json = child.toJSON();
      if (Object.keys(json).length > 0) out[name] = json;
    }
    return out;
  }

  /** Sets several properties at once; nested objects go to navigation properties (set({ format: { … } })). */
  set(properties: unknown, options?: unknown): void {
    const source = properties instanceof FakeClientObject ? properties.toJSON() : properties;
    const location = `${this.typeName}.set`;
    if (!isRecord(source)) throw officeError("InvalidArgument", location, "set() takes an object");
    const throwOnReadOnly = !(isRecord(options) && options.throwOnReadOnly === false);
    const setters = this.setters();
    const navigation = this.navigation();
    for (const [key, value] of Object.entries(source)) {
      if (hasKey(setters, key)) setters[key](value);
      else if (hasKey(navigation, key) && isRecord(value)) navigation[key].set(value, options);
      else if (hasKey(this.readers, key) || hasKey(navigation, key)) {
        if (throwOnReadOnly) throw officeError("InvalidArgument", location, `'${key}' is read-only`);
      } else {
        throw officeError("InvalidArgument", location, `'${key}' is not a property the fake models`);
      }
    }
  }

  track(): this {
    this.context.trackedObjects.add(this);
    return this;
  }

  untrack(): this {
    this.context.trackedObjects.remove(this);
    return this;
  }
}

/**
 * Base of collections (worksheets, names, tables, …). `items` becomes readable after load() + sync(); loading
 * the collection with property names ("name", "items/name") loads those properties on every item.
 */
export abstract class FakeCollection<I extends Loadable, E, T> extends FakeClientObject<Record<never, never>, T> {
  protected readonly readers: Readers<Record<never, never>, T> = {};
  private itemsSnapshot: I[] | undefined = undefined;

  /** The collection's elements, in Excel's order, during sync. */
  protected abstract listElements(target: T): E[];
  /** A proxy bound to one element. */
  protected abstract makeItem(element: E): I;

  get items(): I[] {
    if (this.itemsSnapshot === undefined) throw propertyNotLoaded("items", this.typeName);
    return this.itemsSnapshot;
  }

  override applyLoad(tree: LoadTree, tx: SyncTx): void {
    const target = this.resolve();
    // Describes the load by the collection itself, even as nothing, so that its items do not.
    tx.describe(this.describe(target));
    const itemTree: LoadTree = tree.children.get("items") ?? emptyTree(tree.all);
    for (const [name, child] of tree.children) if (name !== "items") itemTree.children.set(name, child);
    if (tree.all) itemTree.all = true;
    let elements = this.listElements(target);
    const skip = tree.skip ?? 0;
    elements = elements.slice(skip, tree.top === undefined ? undefined : skip + tree.top);
    const items = elements.map((element) => this.makeItem(element));
    for (const item of items) item.applyLoad(itemTree, tx);
    tx.onCommit(() => {
      this.itemsSnapshot = items;
    });
  }

  override toJSON(): Record<string, unknown> {
    return this.itemsSnapshot === undefined ? {} : { items: this.itemsSnapshot.map((item) => item.toJSON()) };
  }
}

/** OfficeExtension.ClientResult: a value computed at the next sync (getCount() and friends). */
export class FakeClientResult<V> {
  private box: { value: V } | undefined = undefined;

  get value(): V {
    if (this.box === undefined) throw valueNotLoaded();
    return this.box.value;
  }

  /** Called from a sync commit. */
  resolveWith(value: V): void {
    this.box = { value };
  }
}
