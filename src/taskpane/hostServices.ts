/**
 * What the task pane knows about where it runs. index.tsx builds it from the real Office global
 * (see connectHost.ts); tests build it by hand. Components read the host only through this object,
 * never through `Office`, so that every state of the shell renders in jsdom.
 */
import type { Language } from "../core/messages/message";

/** `excel`: a supported Excel; `outside`: not inside Excel at all; `unsupported`: an Excel lacking REQUIRED_EXCEL_API. */
export type HostKind = "excel" | "outside" | "unsupported";

/**
 * Why the pane is outside Excel, so that the message can say what went wrong:
 * `noOffice`: office.js is absent (offline, or blocked); `noResponse`: Office.onReady never answered
 * (office.js loaded in a plain browser tab can stay silent); `browser`: Office.onReady answered with no
 * host; `otherApp`: another Office application (Word, PowerPoint…) opened the pane.
 */
export type OutsideReason = "noOffice" | "noResponse" | "browser" | "otherApp";

export type ThemeMode = "light" | "dark";

/** The part of the Web Storage API the pane uses; localStorage in Office, a plain object in tests. */
export interface KeyValueStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export interface HostServices {
  kind: HostKind;
  /** Set only when `kind` is `outside`. */
  outsideReason?: OutsideReason;
  /** The Office application's name when `outsideReason` is `otherApp`, e.g. "Word". */
  otherApp?: string;
  /** The theme to start with: the Office theme, or the system's colour scheme when Office gives none. */
  theme: ThemeMode;
  /**
   * Calls `listener` whenever Office reports a theme change; returns the unsubscribe function.
   * Absent when the host cannot report changes (Excel does not raise OfficeThemeChanged in every
   * build): the pane then keeps its starting theme until it is reopened.
   */
  onThemeChange?: (listener: (theme: ThemeMode) => void) => () => void;
  /** Remembers the user's language choice between sessions. */
  storage: KeyValueStorage;
  /** The language used until the user picks one. */
  defaultLanguage: Language;
}
