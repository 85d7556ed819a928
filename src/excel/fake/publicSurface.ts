/**
 * The one place where the fake's own classes are presented as @types/office-js types.
 *
 * Why casts at all: Excel's declared classes (Excel.Range has hundreds of members, Excel.RequestContext extends
 * OfficeExtension.ClientRequestContext) cannot be implemented in full by a test fake, and TypeScript string enums
 * are nominal, so a plain "Custom" is not an `Excel.ConditionalFormatType`. The fake implements the members the
 * project uses, with the same names and value types, and hands them out typed as Excel's types from here only.
 * Anything the fake does not implement is missing at run time, and a test that touches it fails loudly
 * (TypeError: ... is not a function) rather than silently passing.
 */
import type { FakeRequestContext } from "./requestContext";

/** Each enum member's runtime string; `${E[K] & string}` makes tsc check it against the declared value. */
type EnumValues<E> = { readonly [K in keyof E]: `${E[K] & string}` };

/** A runtime object for a string enum declared by @types/office-js, checked member by member. */
export function enumObject<E>(values: EnumValues<E>): E {
  return values as unknown as E;
}

/**
 * A runtime object for an enum that @types/office-js declares without values (Office.HostType and friends are
 * numeric in the .d.ts but strings in office.js), so only the member names can be checked.
 */
export function namedEnumObject<E>(values: { readonly [K in keyof E]: string }): E {
  return values as unknown as E;
}

/** Hands a fake context to code written against Excel.RequestContext. */
export function asExcelContext(context: FakeRequestContext): Excel.RequestContext {
  return context as unknown as Excel.RequestContext;
}

/** The untyped entry point of Excel.run; dispatches on the run-time shape of its arguments. */
export type RunImplementation = (first: unknown, second?: unknown) => Promise<unknown>;

/** Presents the fake's single run implementation as Excel.run with all its overloads. */
export function asExcelRun(run: RunImplementation): typeof Excel.run {
  return run as unknown as typeof Excel.run;
}
