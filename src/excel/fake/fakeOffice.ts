import { namedEnumObject } from "./publicSurface";

/** How the fake Office host presents itself to the task pane; every field can be changed per test. */
export interface FakeOfficeOptions {
  /**
   * Supported requirement sets and the highest version of each, e.g. { ExcelApi: "1.8" } to test the pane's
   * "unsupported Excel" message. Default: ExcelApi 1.17, ExcelApiOnline absent, SharedRuntime 1.1.
   */
  requirementSets?: Record<string, string>;
  /** Office's UI language, e.g. "vi-VN" or "en-US" (default "en-US"). */
  displayLanguage?: string;
  /** The document's language (default: the display language). */
  contentLanguage?: string;
  /** Theme colours; isDarkTheme is derived from bodyBackgroundColor unless given. */
  officeTheme?: Partial<
    Pick<
      Office.OfficeTheme,
      | "bodyBackgroundColor"
      | "bodyForegroundColor"
      | "controlBackgroundColor"
      | "controlForegroundColor"
      | "isDarkTheme"
    >
  >;
  platform?: "PC" | "OfficeOnline" | "Mac" | "iOS" | "Android" | "Universal";
}

const hostTypes = namedEnumObject<typeof Office.HostType>({
  Word: "Word",
  Excel: "Excel",
  PowerPoint: "PowerPoint",
  Outlook: "Outlook",
  OneNote: "OneNote",
  Project: "Project",
  Access: "Access",
});

const platformTypes = namedEnumObject<typeof Office.PlatformType>({
  PC: "PC",
  OfficeOnline: "OfficeOnline",
  Mac: "Mac",
  iOS: "iOS",
  Android: "Android",
  Universal: "Universal",
});

const themeIds = namedEnumObject<typeof Office.ThemeId>({
  Black: "Black",
  Colorful: "Colorful",
  DarkGray: "DarkGray",
  White: "White",
});

/** The subset of the Office global the task pane uses. */
export interface FakeOfficeNamespace {
  onReady(
    callback?: (info: { host: Office.HostType; platform: Office.PlatformType }) => unknown,
  ): Promise<{ host: Office.HostType; platform: Office.PlatformType }>;
  /** Legacy entry point some code assigns; onReady calls it once if set. */
  initialize?: (reason: unknown) => void;
  context: {
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    officeTheme: Office.OfficeTheme;
    displayLanguage: string;
    contentLanguage: string;
    host: Office.HostType;
    platform: Office.PlatformType;
    diagnostics: { host: Office.HostType; platform: Office.PlatformType; version: string };
  };
  HostType: typeof Office.HostType;
  PlatformType: typeof Office.PlatformType;
  ThemeId: typeof Office.ThemeId;
}

function versionParts(version: string | number): number[] {
  return String(version)
    .split(".")
    .map((part) => Number(part) || 0);
}

/** True when `have` is at least `want`, comparing dotted versions numerically ("1.10" > "1.9"). */
export function versionAtLeast(have: string, want: string | number): boolean {
  const a = versionParts(have);
  const b = versionParts(want);
  for (let i = 0; i < Math.max(a.length, b.length); i += 1) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference > 0;
  }
  return true;
}

function isDark(color: string): boolean {
  const match = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return false;
  const [r, g, b] = [match[1], match[2], match[3]].map((hex) => parseInt(hex, 16));
  return 0.299 * r + 0.587 * g + 0.114 * b < 128;
}

/**
 * A minimal Office global for the task pane: Office.onReady, Office.context.requirements.isSetSupported,
 * officeTheme, displayLanguage, HostType/PlatformType. Tests change it through the control methods.
 */
export class FakeOffice {
  readonly namespace: FakeOfficeNamespace;
  private readonly sets: Map<string, string>;

  constructor(options: FakeOfficeOptions = {}) {
    this.sets = new Map(Object.entries(options.requirementSets ?? { ExcelApi: "1.17", SharedRuntime: "1.1" }));
    const platform = platformTypes[options.platform ?? "PC"];
    const displayLanguage = options.displayLanguage ?? "en-US";
    const sets = this.sets;
    const namespace: FakeOfficeNamespace = {
      onReady: (callback) => {
        const info = { host: hostTypes.Excel, platform };
        return Promise.resolve().then(() => {
          namespace.initialize?.("DocumentOpened");
          callback?.(info);
          return info;
        });
      },
      context: {
        requirements: {
          isSetSupported(name: string, minVersion?: string | number): boolean {
            const have = sets.get(name);
            return have !== undefined && (minVersion === undefined || versionAtLeast(have, minVersion));
          },
        },
        officeTheme: this.theme(options.officeTheme ?? {}),
        displayLanguage,
        contentLanguage: options.contentLanguage ?? displayLanguage,
        host: hostTypes.Excel,
        platform,
        diagnostics: { host: hostTypes.Excel, platform, version: "16.0.0.0" },
      },
      HostType: hostTypes,
      PlatformType: platformTypes,
      ThemeId: themeIds,
    };
    this.namespace = namespace;
  }

  private theme(theme: NonNullable<FakeOfficeOptions["officeTheme"]>): Office.OfficeTheme {
    const bodyBackgroundColor = theme.bodyBackgroundColor ?? "#FFFFFF";
    const dark = theme.isDarkTheme ?? isDark(bodyBackgroundColor);
    return {
      bodyBackgroundColor,
      bodyForegroundColor: theme.bodyForegroundColor ?? (dark ? "#FFFFFF" : "#000000"),
      controlBackgroundColor: theme.controlBackgroundColor ?? bodyBackgroundColor,
      controlForegroundColor: theme.controlForegroundColor ?? (dark ? "#FFFFFF" : "#000000"),
      isDarkTheme: dark,
      themeId: dark ? themeIds.Black : themeIds.Colorful,
    };
  }

  /** Declares a requirement set supported up to `version`, or unsupported with null. */
  setRequirementSet(name: string, version: string | null): void {
    if (version === null) this.sets.delete(name);
    else this.sets.set(name, version);
  }

  setDisplayLanguage(language: string): void {
    this.namespace.context.displayLanguage = language;
  }

  setTheme(theme: NonNullable<FakeOfficeOptions["officeTheme"]>): void {
    this.namespace.context.officeTheme = this.theme(theme);
  }
}
