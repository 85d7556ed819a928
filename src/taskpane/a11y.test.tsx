import "./test/installDomPolyfills";
import { describe, expect, it, jest } from "@jest/globals";
import { act, render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import axe from "axe-core";
import { App } from "./App";
import type { HostServices } from "./hostServices";
import { makeHost } from "./test/makeHost";
import { PANE_VIEWS } from "./views/paneViews";

// Fluent renders, user-event typing and axe runs take seconds in jsdom, more on a loaded CI machine.
jest.setTimeout(30_000);

// axe probes icon fonts through a canvas, which jsdom lacks; without one it skips that probe.
HTMLCanvasElement.prototype.getContext = () => null;

/** axe-core's violations for the rendered document; colour contrast needs real rendering, so it is left to the browser. */
async function violations(): Promise<string[]> {
  const results = await act(() => axe.run(document.body, { rules: { "color-contrast": { enabled: false } } }));
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.nodes.map((node) => node.html).join(" | ")}`,
  );
}

describe("accessibility (axe-core)", () => {
  it.each<[string, Partial<HostServices>]>([
    ["Excel, Vietnamese", {}],
    ["Excel, English", { defaultLanguage: "en" }],
    ["Excel, dark theme", { theme: "dark" }],
    ["outside Excel", { kind: "outside", outsideReason: "browser" }],
    ["unsupported Excel", { kind: "unsupported" }],
  ])("finds no violations: %s", async (_name, overrides) => {
    render(<App host={makeHost(overrides)} />);
    expect(await violations()).toEqual([]);
  });

  it("finds no violations in any view", async () => {
    const user = userEvent.setup();
    render(<App host={makeHost()} />);
    for (const view of PANE_VIEWS) {
      await user.click(screen.getByRole("tab", { name: view.tab.vi }));
      expect(await violations()).toEqual([]);
    }
  });

  it("finds no violations with the language menu open", async () => {
    const user = userEvent.setup();
    render(<App host={makeHost()} />);
    await user.click(screen.getByRole("button", { name: /Ngôn ngữ/ }));
    await screen.findByRole("menuitemradio", { name: "English" });
    expect(await violations()).toEqual([]);
  });
});
