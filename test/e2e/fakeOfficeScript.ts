/**
 * What the e2e page loads in place of office.js (bundled for the browser by buildFakeOfficeScript): it installs
 * the same fake Excel host the unit tests use on `window`, configured by the options a test set with
 * `page.addInitScript` before the pane's own script runs, and leaves the fake on `window.parFake` so the test
 * can fire selection changes and inspect the workbook.
 */
import { installFakeExcel, type FakeExcelOptions } from "../../src/excel/fake";
import { E2E_FAKE_GLOBAL, E2E_OPTIONS_GLOBAL } from "./e2eGlobals";

const options: unknown = Reflect.get(globalThis, E2E_OPTIONS_GLOBAL);
const { fake } = installFakeExcel(globalThis, (options ?? {}) as FakeExcelOptions);
Reflect.set(globalThis, E2E_FAKE_GLOBAL, fake);
