import { FakeExcel, FakeExcelOptions } from "./createFakeExcel";

const GLOBALS = ["Excel", "Office", "OfficeExtension"] as const;

/** A fake installed on a global object, with the way back. */
export interface InstalledFakeExcel {
  readonly fake: FakeExcel;
  /** Restores the previous Excel / Office / OfficeExtension globals (or removes them). */
  uninstall(): void;
}

/**
 * Sets `Excel`, `Office` and `OfficeExtension` on a global object (globalThis in jest, window in the e2e page) to
 * a fake, so code that calls the global Excel.run, reads Excel.* enums, waits for Office.onReady or checks
 * Office.context.requirements runs against it. Pass a FakeExcel to share one, or options to create one.
 */
export function installFakeExcel(
  globalObject: object,
  fakeOrOptions?: FakeExcel | FakeExcelOptions,
): InstalledFakeExcel {
  const fake = fakeOrOptions instanceof FakeExcel ? fakeOrOptions : new FakeExcel(fakeOrOptions);
  const previous = GLOBALS.map((name) => ({
    name,
    had: Object.prototype.hasOwnProperty.call(globalObject, name),
    value: Reflect.get(globalObject, name),
  }));
  Object.assign(globalObject, { Excel: fake.Excel, Office: fake.Office, OfficeExtension: fake.OfficeExtension });
  return {
    fake,
    uninstall(): void {
      for (const entry of previous) {
        if (entry.had) Object.assign(globalObject, { [entry.name]: entry.value });
        else Reflect.deleteProperty(globalObject, entry.name);
      }
    },
  };
}
