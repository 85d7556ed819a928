import "./test/installDomPolyfills";
import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import { screen } from "@testing-library/react";
import * as ui from "../core/messages/ui";
import type { OfficeLike } from "./connectHost";
import { LANGUAGE_STORAGE_KEY } from "./language";

const globals = globalThis as { Office?: OfficeLike; IS_REACT_ACT_ENVIRONMENT?: boolean };

/**
 * Loads the entry point afresh, as the page does, into a page holding only the root element. The entry
 * gets its own copy of React (isolated modules), which testing-library's act() cannot wrap, so these
 * tests run outside act and wait for the rendering like a user would.
 */
async function startPane(): Promise<void> {
  document.body.innerHTML = '<div id="root"></div>';
  await jest.isolateModulesAsync(async () => {
    await import("./index");
  });
}

describe("index.tsx", () => {
  let actEnvironment: boolean | undefined;
  beforeEach(() => {
    actEnvironment = globals.IS_REACT_ACT_ENVIRONMENT;
    globals.IS_REACT_ACT_ENVIRONMENT = false;
  });
  afterEach(() => {
    globals.IS_REACT_ACT_ENVIRONMENT = actEnvironment;
    delete globals.Office;
    window.localStorage.clear();
  });

  it("explains that office.js is missing when the page is opened without it", async () => {
    await startPane();
    expect(await screen.findByText(ui.outsideNoOffice.vi)).toBeTruthy();
  });

  it("shows the views inside a supported Excel, in the language remembered in localStorage", async () => {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, "en");
    globals.Office = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      HostType: { Excel: "Excel" },
      context: { requirements: { isSetSupported: () => true } },
    };
    await startPane();
    expect(await screen.findByRole("tablist", { name: ui.navigationLabel.en })).toBeTruthy();
  });
});
