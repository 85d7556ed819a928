import { afterEach, beforeEach, describe, expect, it, jest } from "@jest/globals";
import { REQUIRED_EXCEL_API } from "../excel/requirements";
import { connectHost, type HostEnvironment, type OfficeLike } from "./connectHost";
import type { HostServices } from "./hostServices";
import { memoryStorage } from "./memoryStorage";
import type { OfficeThemeColors } from "./themeFromOffice";

const EXCEL = "Excel";
const THEME_CHANGED = "officeThemeChanged";

type Context = NonNullable<OfficeLike["context"]>;

/** A fake Office namespace whose onReady answers `host` (or never, when `host` is "never"). */
function fakeOffice(host: unknown, context: Context = {}, withThemeEvent = false): OfficeLike {
  return {
    onReady: () => (host === "never" ? new Promise(() => undefined) : Promise.resolve({ host })),
    HostType: { Excel: EXCEL },
    ...(withThemeEvent ? { EventType: { OfficeThemeChanged: THEME_CHANGED } } : {}),
    context,
  };
}

const supported = (theme?: OfficeThemeColors): Context => ({
  requirements: { isSetSupported: () => true },
  ...(theme ? { officeTheme: theme } : {}),
});

function env(overrides: Partial<HostEnvironment> = {}): HostEnvironment {
  return { storage: memoryStorage(), prefersDark: false, timeoutMs: 3000, ...overrides };
}

async function connect(office: OfficeLike | undefined, environment = env()): Promise<HostServices[]> {
  const hosts: HostServices[] = [];
  await connectHost(office, environment, (host) => hosts.push(host));
  return hosts;
}

describe("connectHost", () => {
  beforeEach(() => {
    jest.useFakeTimers();
  });
  afterEach(() => {
    jest.useRealTimers();
  });

  it("reports outside Excel at once when office.js is absent", async () => {
    const hosts = await connect(undefined);
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toMatchObject({
      kind: "outside",
      outsideReason: "noOffice",
      theme: "light",
      defaultLanguage: "vi",
    });
  });

  it("passes the storage through", async () => {
    const storage = memoryStorage();
    const hosts = await connect(fakeOffice(EXCEL, supported()), env({ storage }));
    expect(hosts[0].storage).toBe(storage);
  });

  it.each([
    ["Excel with the API set", EXCEL, supported(), { kind: "excel" }],
    ["Excel without the API set", EXCEL, { requirements: { isSetSupported: () => false } }, { kind: "unsupported" }],
    ["Excel too old to have requirement checks", EXCEL, {}, { kind: "unsupported" }],
    [
      "Excel whose requirement check throws",
      EXCEL,
      {
        requirements: {
          isSetSupported: () => {
            throw new Error("not available");
          },
        },
      },
      { kind: "unsupported" },
    ],
    ["a plain browser tab (no host)", null, {}, { kind: "outside", outsideReason: "browser" }],
    [
      "another Office application",
      "Word",
      supported(),
      { kind: "outside", outsideReason: "otherApp", otherApp: "Word" },
    ],
  ] as const)("recognises %s", async (_name, host, context, expected) => {
    const hosts = await connect(fakeOffice(host, context));
    expect(hosts).toHaveLength(1);
    expect(hosts[0]).toMatchObject(expected);
  });

  it("asks for the required API set by name and version", async () => {
    const isSetSupported = jest.fn((_name: string, _version?: string) => true);
    await connect(fakeOffice(EXCEL, { requirements: { isSetSupported } }));
    expect(isSetSupported).toHaveBeenCalledWith(REQUIRED_EXCEL_API.name, REQUIRED_EXCEL_API.version);
  });

  it("says outside Excel when Office.onReady stays silent, but only after the timeout", async () => {
    const hosts: HostServices[] = [];
    void connectHost(fakeOffice("never"), env({ timeoutMs: 3000 }), (host) => hosts.push(host));
    jest.advanceTimersByTime(2999);
    expect(hosts).toHaveLength(0);
    jest.advanceTimersByTime(1);
    expect(hosts).toEqual([expect.objectContaining({ kind: "outside", outsideReason: "noResponse" })]);
  });

  it("corrects itself when Office answers after the timeout", async () => {
    let answer: (info: { host: unknown }) => void = () => undefined;
    const office: OfficeLike = {
      ...fakeOffice(EXCEL, supported()),
      onReady: () => new Promise((resolve) => (answer = resolve)),
    };
    const hosts: HostServices[] = [];
    const done = connectHost(office, env(), (host) => hosts.push(host));
    jest.advanceTimersByTime(3000);
    answer({ host: EXCEL });
    await done;
    expect(hosts.map((host) => host.kind)).toEqual(["outside", "excel"]);
  });

  it("does not report a timeout once Office has answered", async () => {
    const hosts = await connect(fakeOffice(EXCEL, supported()));
    jest.advanceTimersByTime(10_000);
    expect(hosts.map((host) => host.kind)).toEqual(["excel"]);
  });

  it("reports outside Excel when Office.onReady rejects", async () => {
    const office: OfficeLike = { ...fakeOffice(EXCEL), onReady: () => Promise.reject(new Error("boom")) };
    const hosts = await connect(office);
    expect(hosts).toEqual([expect.objectContaining({ kind: "outside", outsideReason: "noResponse" })]);
  });

  it.each([
    ["a dark Office theme (isDarkTheme)", { isDarkTheme: true }, false, "dark"],
    ["a dark Office theme (background colour only)", { bodyBackgroundColor: "#262626" }, false, "dark"],
    ["a light Office theme, even on a dark system", { bodyBackgroundColor: "#ffffff" }, true, "light"],
    ["no Office theme, dark system", undefined, true, "dark"],
    ["no Office theme, light system", undefined, false, "light"],
  ] as const)("takes the theme from %s", async (_name, theme, prefersDark, expected) => {
    const hosts = await connect(fakeOffice(EXCEL, supported(theme)), env({ prefersDark }));
    expect(hosts[0].theme).toBe(expected);
  });

  it("follows the system colour scheme outside Office", async () => {
    const hosts = await connect(undefined, env({ prefersDark: true }));
    expect(hosts[0].theme).toBe("dark");
  });

  it("survives an officeTheme getter that throws", async () => {
    const context = supported();
    Object.defineProperty(context, "officeTheme", {
      get: () => {
        throw new Error("not supported");
      },
    });
    const hosts = await connect(fakeOffice(EXCEL, context), env({ prefersDark: true }));
    expect(hosts[0]).toMatchObject({ kind: "excel", theme: "dark" });
  });
});

describe("connectHost theme changes", () => {
  type Handler = (args?: unknown) => void;

  function officeWithThemeEvent() {
    const handlers = new Set<Handler>();
    const document = {
      addHandlerAsync: jest.fn((eventType: unknown, handler: Handler) => {
        if (eventType === THEME_CHANGED) handlers.add(handler);
      }),
      removeHandlerAsync: jest.fn((_eventType: unknown, options?: { handler?: Handler }) => {
        if (options?.handler) handlers.delete(options.handler);
      }),
    };
    const office = fakeOffice(EXCEL, { ...supported({ isDarkTheme: false }), document }, true);
    return { office, document, raise: (args: unknown) => handlers.forEach((handler) => handler(args)), handlers };
  }

  it("relays OfficeThemeChanged to the listener, and unsubscribes", async () => {
    const { office, raise, handlers } = officeWithThemeEvent();
    const [host] = await connect(office);
    const seen: string[] = [];
    const unsubscribe = host.onThemeChange?.((theme) => seen.push(theme));
    expect(unsubscribe).toBeDefined();
    raise({ officeTheme: { isDarkTheme: true } });
    raise({ officeTheme: { bodyBackgroundColor: "#fafafa" } });
    unsubscribe?.();
    expect(handlers.size).toBe(0);
    raise({ officeTheme: { isDarkTheme: true } });
    expect(seen).toEqual(["dark", "light"]);
  });

  it("rereads Office's theme when the event carries none", async () => {
    const { office, raise } = officeWithThemeEvent();
    const [host] = await connect(office);
    const seen: string[] = [];
    host.onThemeChange?.((theme) => seen.push(theme));
    if (office.context) office.context.officeTheme = { isDarkTheme: true };
    raise({});
    expect(seen).toEqual(["dark"]);
  });

  it("offers no live theme where Excel lacks the OfficeThemeChanged event", async () => {
    const { document } = officeWithThemeEvent();
    const [host] = await connect(fakeOffice(EXCEL, { ...supported(), document }, false));
    expect(host.onThemeChange).toBeUndefined();
  });

  it("does not throw when Excel refuses the handler", async () => {
    const office = fakeOffice(
      EXCEL,
      {
        ...supported(),
        document: {
          addHandlerAsync: () => {
            throw new Error("Invalid event type");
          },
        },
      },
      true,
    );
    const [host] = await connect(office);
    const unsubscribe = host.onThemeChange?.(() => undefined);
    expect(() => unsubscribe?.()).not.toThrow();
  });
});
