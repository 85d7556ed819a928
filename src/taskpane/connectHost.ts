import { REQUIRED_EXCEL_API } from "../excel/requirements";
import type { HostServices, KeyValueStorage, OutsideReason, ThemeMode } from "./hostServices";
import { themeFromOffice, type OfficeThemeColors } from "./themeFromOffice";

/** Office types event handlers loosely (one handler type for every event); the payload is checked at run time. */
type EventHandler = (args?: unknown) => void;

/**
 * The slice of the `Office` namespace the pane needs. The real global satisfies it; tests pass a
 * plain object. Enum values are `unknown` because only their identity matters.
 */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
  EventType?: { OfficeThemeChanged?: unknown };
  context?: {
    officeTheme?: OfficeThemeColors;
    requirements?: { isSetSupported(name: string, minVersion?: string): boolean };
    document?: {
      addHandlerAsync?(
        eventType: unknown,
        handler: EventHandler,
        callback?: (result: { status: unknown }) => void,
      ): void;
      removeHandlerAsync?(eventType: unknown, options?: { handler?: EventHandler }): void;
    };
  };
}

export interface HostEnvironment {
  storage: KeyValueStorage;
  /** The system's colour scheme, used when Office gives no theme (outside Office, older builds). */
  prefersDark: boolean;
  /** How long to wait for Office.onReady before saying the pane is outside Excel. */
  timeoutMs: number;
}

/**
 * Works out where the pane runs and reports it through `onHost`. office.js loaded outside Office may
 * never call Office.onReady back, so after `timeoutMs` the pane is reported `outside`; if Office answers
 * later after all (a slow Excel on the web), `onHost` is called again with the real answer. The promise
 * settles once Office has answered, or at once when office.js is absent.
 */
export function connectHost(
  office: OfficeLike | undefined,
  env: HostEnvironment,
  onHost: (host: HostServices) => void,
): Promise<void> {
  const fallbackTheme: ThemeMode = env.prefersDark ? "dark" : "light";
  const base = { storage: env.storage, defaultLanguage: "vi" as const };
  const outside = (reason: OutsideReason, theme: ThemeMode, otherApp?: string): HostServices => ({
    ...base,
    kind: "outside",
    outsideReason: reason,
    ...(otherApp === undefined ? {} : { otherApp }),
    theme,
  });

  if (!office || typeof office.onReady !== "function") {
    onHost(outside("noOffice", fallbackTheme));
    return Promise.resolve();
  }

  let answered = false;
  const timer = setTimeout(() => {
    if (!answered) onHost(outside("noResponse", fallbackTheme));
  }, env.timeoutMs);

  return office.onReady().then(
    (info) => {
      answered = true;
      clearTimeout(timer);
      const theme = readOfficeTheme(office) ?? fallbackTheme;
      if (info.host === office.HostType.Excel) {
        onHost({
          ...base,
          kind: supportsRequiredApi(office) ? "excel" : "unsupported",
          theme,
          ...themeSubscription(office),
        });
      } else if (info.host === null || info.host === undefined) {
        onHost(outside("browser", theme));
      } else {
        onHost(outside("otherApp", theme, String(info.host)));
      }
    },
    () => {
      answered = true;
      clearTimeout(timer);
      onHost(outside("noResponse", fallbackTheme));
    },
  );
}

function readOfficeTheme(office: OfficeLike): ThemeMode | undefined {
  try {
    return themeFromOffice(office.context?.officeTheme);
  } catch {
    // Some hosts throw from the officeTheme getter instead of leaving it undefined.
    return undefined;
  }
}

function supportsRequiredApi(office: OfficeLike): boolean {
  try {
    return office.context?.requirements?.isSetSupported(REQUIRED_EXCEL_API.name, REQUIRED_EXCEL_API.version) === true;
  } catch {
    return false;
  }
}

/**
 * Live theme updates, where the host has them. Office.EventType.OfficeThemeChanged is missing from
 * many Excel builds, and where the enum exists Excel may still refuse the handler (the callback then
 * reports a failure, which is ignored): in both cases the pane keeps the theme it started with.
 */
function themeSubscription(office: OfficeLike): Pick<HostServices, "onThemeChange"> {
  const eventType = office.EventType?.OfficeThemeChanged;
  const document = office.context?.document;
  if (eventType === undefined || typeof document?.addHandlerAsync !== "function") return {};
  return {
    onThemeChange: (listener) => {
      const handler: EventHandler = (args) => {
        const mode = themeFromOffice(themeInEvent(args)) ?? readOfficeTheme(office);
        if (mode) listener(mode);
      };
      try {
        document.addHandlerAsync?.(eventType, handler, () => undefined);
      } catch {
        return () => undefined;
      }
      return () => {
        try {
          document.removeHandlerAsync?.(eventType, { handler });
        } catch {
          // Nothing to undo when the host never accepted the handler.
        }
      };
    },
  };
}

/** The `officeTheme` of an OfficeThemeChanged event's payload, if it has one. */
function themeInEvent(args: unknown): OfficeThemeColors | undefined {
  if (typeof args !== "object" || args === null || !("officeTheme" in args)) return undefined;
  const theme: unknown = args.officeTheme;
  return typeof theme === "object" && theme !== null ? (theme as OfficeThemeColors) : undefined;
}
