import type { FakeExcel } from "../../src/excel/fake";

/** Where a test leaves the fake's options (FakeExcelOptions, as JSON) for the page. */
export const E2E_OPTIONS_GLOBAL = "__parE2EOptions";
/** Where the page exposes the installed FakeExcel. */
export const E2E_FAKE_GLOBAL = "parFake";

/** `window` in the e2e page, as page.evaluate callbacks see it. */
export type E2EWindow = typeof globalThis & { parFake: FakeExcel };
