import "./test/installDomPolyfills";
import { describe, expect, it, jest } from "@jest/globals";
import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { act, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "./App";
import { LANGUAGE_STORAGE_KEY } from "./language";
import { memoryStorage } from "./memoryStorage";
import { makeHost } from "./test/makeHost";
import { PANE_VIEWS } from "./views/paneViews";
import * as ui from "../core/messages/ui";
import { connectHost, type OfficeLike } from "./connectHost";
import type { HostServices, KeyValueStorage } from "./hostServices";

// Fluent renders, user-event typing and axe runs take seconds in jsdom, more on a loaded CI machine.
jest.setTimeout(30_000);

const VIEW_TITLES = [ui.frameworkTitle, ui.entryTitle, ui.validationTitle, ui.summaryTitle, ui.consolidationTitle];
const VIEW_DESCRIPTIONS = [
  ui.frameworkDescription,
  ui.entryDescription,
  ui.validationDescription,
  ui.summaryDescription,
  ui.consolidationDescription,
];

/** Checks the tabs' accessible names, in order (the visible text also holds Fluent's hidden width placeholder). */
function expectTabs(labels: string[]): void {
  expect(screen.getAllByRole("tab")).toEqual(labels.map((label) => screen.getByRole("tab", { name: label })));
}

function viewHeading(): string {
  return within(screen.getByRole("tabpanel")).getByRole("heading", { level: 2 }).textContent ?? "";
}

async function switchTo(language: "English" | "Tiếng Việt", currentLabel: string) {
  const user = userEvent.setup();
  await user.click(screen.getByRole("button", { name: currentLabel }));
  await user.click(await screen.findByRole("menuitemradio", { name: language }));
}

describe("App: language", () => {
  it("speaks Vietnamese by default", () => {
    render(<App host={makeHost()} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ui.appTitle.vi);
    expect(screen.getByRole("tablist", { name: ui.navigationLabel.vi })).toBeTruthy();
    expectTabs(PANE_VIEWS.map((view) => view.tab.vi));
    expect(viewHeading()).toBe(ui.frameworkTitle.vi);
    expect(screen.getByRole("button", { name: ui.languageMenuLabel.vi })).toBeTruthy();
  });

  it("switches to English and remembers it across remounts", async () => {
    const storage = memoryStorage();
    const { unmount } = render(<App host={makeHost({ storage })} />);
    await switchTo("English", ui.languageMenuLabel.vi);

    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ui.appTitle.en);
    expectTabs(PANE_VIEWS.map((view) => view.tab.en));
    expect(screen.getByRole("tablist", { name: ui.navigationLabel.en })).toBeTruthy();
    expect(viewHeading()).toBe(ui.frameworkTitle.en);
    expect(storage.snapshot()[LANGUAGE_STORAGE_KEY]).toBe("en");
    unmount();

    render(<App host={makeHost({ storage })} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ui.appTitle.en);
    await switchTo("Tiếng Việt", ui.languageMenuLabel.en);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ui.appTitle.vi);
    expect(storage.snapshot()[LANGUAGE_STORAGE_KEY]).toBe("vi");
  });

  it("marks the pane's language for screen readers and spell checkers", async () => {
    const { container } = render(<App host={makeHost()} />);
    const provider = container.firstElementChild;
    expect(provider?.getAttribute("lang")).toBe("vi");
    await switchTo("English", ui.languageMenuLabel.vi);
    expect(provider?.getAttribute("lang")).toBe("en");
  });

  it("keeps the view open when the language changes", async () => {
    render(<App host={makeHost()} />);
    await userEvent.setup().click(screen.getByRole("tab", { name: ui.summaryTab.vi }));
    await switchTo("English", ui.languageMenuLabel.vi);
    expect(viewHeading()).toBe(ui.summaryTitle.en);
  });

  it("still works, for the session, when storage throws", async () => {
    const broken: KeyValueStorage = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    render(<App host={makeHost({ storage: broken })} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ui.appTitle.vi);
    await switchTo("English", ui.languageMenuLabel.vi);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ui.appTitle.en);
  });

  it("starts in the host's default language when nothing is stored", () => {
    render(<App host={makeHost({ defaultLanguage: "en" })} />);
    expect(screen.getByRole("heading", { level: 1 }).textContent).toBe(ui.appTitle.en);
  });
});

describe("App: navigation", () => {
  it("opens each view by clicking its tab", async () => {
    const user = userEvent.setup();
    render(<App host={makeHost()} />);
    for (const [index, view] of PANE_VIEWS.entries()) {
      const tab = screen.getByRole("tab", { name: view.tab.vi });
      await user.click(tab);
      expect(tab.getAttribute("aria-selected")).toBe("true");
      expect(viewHeading()).toBe(VIEW_TITLES[index].vi);
      expect(screen.getByRole("tabpanel").getAttribute("aria-labelledby")).toBe(tab.id);
    }
  });

  it("opens each view from the keyboard: Tab into the tab list, arrows to move, Enter to open", async () => {
    const user = userEvent.setup();
    render(<App host={makeHost()} />);
    await user.tab(); // the language menu
    expect(document.activeElement).toBe(screen.getByRole("button", { name: ui.languageMenuLabel.vi }));
    await user.tab(); // the selected tab
    expect(document.activeElement).toBe(screen.getByRole("tab", { name: PANE_VIEWS[0].tab.vi }));
    for (const [index, view] of PANE_VIEWS.entries()) {
      if (index > 0) await user.keyboard("{ArrowRight}");
      const tab = screen.getByRole("tab", { name: view.tab.vi });
      expect(document.activeElement).toBe(tab);
      await user.keyboard("{Enter}");
      expect(tab.getAttribute("aria-selected")).toBe("true");
      expect(viewHeading()).toBe(VIEW_TITLES[index].vi);
    }
    await user.tab(); // on into the open view
    expect(document.activeElement).toBe(screen.getByRole("tabpanel"));
  });

  it.each(["vi", "en"] as const)("introduces every view in %s, and says which are not ready yet", async (language) => {
    const user = userEvent.setup();
    render(<App host={makeHost({ defaultLanguage: language })} />);
    for (const [index, view] of PANE_VIEWS.entries()) {
      await user.click(screen.getByRole("tab", { name: view.tab[language] }));
      const panel = within(screen.getByRole("tabpanel"));
      expect(panel.getByRole("heading", { level: 2 }).textContent).toBe(VIEW_TITLES[index][language]);
      expect(panel.getByText(VIEW_DESCRIPTIONS[index][language])).toBeTruthy();
      // Views that have their working UI drop the "not ready" line.
      const ready = (["framework", "entry", "validation", "summary", "consolidation"] as string[]).includes(view.id);
      expect(panel.queryByText(ui.viewNotReady[language]) === null).toBe(ready);
    }
  });
});

describe("App: outside Excel", () => {
  it.each([
    ["noOffice", ui.outsideNoOffice],
    ["noResponse", ui.outsideNoResponse],
    ["browser", ui.outsideBrowser],
  ] as const)("explains reason %s and what to do, in both languages", async (reason, why) => {
    render(<App host={makeHost({ kind: "outside", outsideReason: reason })} />);
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(ui.outsideTitle.vi);
    expect(screen.getByText(why.vi)).toBeTruthy();
    expect(screen.getByText(ui.outsideNextStep.vi)).toBeTruthy();
    await switchTo("English", ui.languageMenuLabel.vi);
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(ui.outsideTitle.en);
    expect(screen.getByText(why.en)).toBeTruthy();
    expect(screen.getByText(ui.outsideNextStep.en)).toBeTruthy();
  });

  it("names the other Office application", () => {
    render(<App host={makeHost({ kind: "outside", outsideReason: "otherApp", otherApp: "PowerPoint" })} />);
    expect(screen.getByText(ui.outsideOtherApp.vi.replace("{app}", "PowerPoint"))).toBeTruthy();
  });
});

describe("App: Excel without the required API set", () => {
  it("names the API set and says how to get it, in both languages", async () => {
    render(<App host={makeHost({ kind: "unsupported" })} />);
    expect(screen.queryByRole("tablist")).toBeNull();
    expect(screen.getByRole("heading", { level: 2 }).textContent).toBe(ui.unsupportedTitle.vi);
    expect(screen.getByText(/ExcelApi 1\.9/).textContent).toBe(
      "Phần bổ trợ cần bộ API ExcelApi 1.9, nhưng Excel đang dùng chưa hỗ trợ.",
    );
    expect(screen.getByText(ui.unsupportedNextStep.vi)).toBeTruthy();
    await switchTo("English", ui.languageMenuLabel.vi);
    expect(screen.getByText(/ExcelApi 1\.9/).textContent).toBe(
      "The add-in needs the ExcelApi 1.9 API set, which this Excel does not support.",
    );
    expect(screen.getByText(ui.unsupportedNextStep.en)).toBeTruthy();
  });
});

describe("App: theme", () => {
  /** The background colour variable of the theme rule FluentProvider inserted for its own element. */
  function providerBackground(container: HTMLElement): string | undefined {
    const provider = container.firstElementChild;
    const rules = [...document.querySelectorAll("style")].flatMap((style) => [...(style.sheet?.cssRules ?? [])]);
    // jsdom's selector engine rejects vendor pseudo-elements some Fluent inputs emit; such rules are not the theme's.
    const matches = (selector: string): boolean => {
      try {
        return provider?.matches(selector) ?? false;
      } catch {
        return false;
      }
    };
    const own = rules.find(
      (rule) =>
        rule instanceof CSSStyleRule &&
        matches(rule.selectorText) &&
        rule.style.getPropertyValue("--colorNeutralBackground1"),
    );
    return own instanceof CSSStyleRule ? own.style.getPropertyValue("--colorNeutralBackground1").trim() : undefined;
  }

  it("uses the light theme for a light host", () => {
    const { container } = render(<App host={makeHost({ theme: "light" })} />);
    expect(providerBackground(container)).toBe(webLightTheme.colorNeutralBackground1);
  });

  it("uses the dark theme for a dark host", () => {
    const { container } = render(<App host={makeHost({ theme: "dark" })} />);
    expect(providerBackground(container)).toBe(webDarkTheme.colorNeutralBackground1);
  });

  it("follows the host's theme changes while open", () => {
    let notify: (theme: "light" | "dark") => void = () => undefined;
    let subscribed = 0;
    const host = makeHost({
      theme: "light",
      onThemeChange: (listener) => {
        notify = listener;
        subscribed += 1;
        return () => {
          subscribed -= 1;
        };
      },
    });
    const { container, unmount } = render(<App host={host} />);
    expect(providerBackground(container)).toBe(webLightTheme.colorNeutralBackground1);
    act(() => notify("dark"));
    expect(providerBackground(container)).toBe(webDarkTheme.colorNeutralBackground1);
    act(() => notify("light"));
    expect(providerBackground(container)).toBe(webLightTheme.colorNeutralBackground1);
    expect(subscribed).toBe(1);
    unmount();
    expect(subscribed).toBe(0);
  });

  it("picks the dark theme when Office reports a dark theme, end to end through connectHost", async () => {
    const office: OfficeLike = {
      onReady: () => Promise.resolve({ host: "Excel" }),
      HostType: { Excel: "Excel" },
      context: { officeTheme: { bodyBackgroundColor: "#262626" }, requirements: { isSetSupported: () => true } },
    };
    let host: HostServices | undefined;
    await connectHost(
      office,
      { storage: memoryStorage(), prefersDark: false, timeoutMs: 3000 },
      (found) => (host = found),
    );
    if (!host) throw new Error("connectHost reported no host");
    const { container } = render(<App host={host} />);
    expect(providerBackground(container)).toBe(webDarkTheme.colorNeutralBackground1);
    expect(screen.getByRole("tablist")).toBeTruthy();
  });
});
