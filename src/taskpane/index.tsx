/**
 * The task pane's entry point, and the only file that touches the real `Office` global and the
 * browser's storage: it works out where the pane runs (connectHost) and renders App with that.
 * Everything below App receives what it needs through props and context.
 */
import { createRoot } from "react-dom/client";
import { App } from "./App";
import { connectHost, type OfficeLike } from "./connectHost";
import type { KeyValueStorage } from "./hostServices";
import { memoryStorage } from "./memoryStorage";

/**
 * office.js loaded outside Office may never call Office.onReady back; after this long the pane says it is
 * outside Excel (and corrects itself if Office answers later).
 */
const OFFICE_READY_TIMEOUT_MS = 3000;

/** localStorage, or memory when the browser denies it (reading `window.localStorage` itself can throw). */
function browserStorage(): KeyValueStorage {
  try {
    const storage = window.localStorage;
    storage.getItem("par-tracker.probe");
    return storage;
  } catch {
    return memoryStorage();
  }
}

function systemPrefersDark(): boolean {
  try {
    return window.matchMedia?.("(prefers-color-scheme: dark)").matches ?? false;
  } catch {
    return false;
  }
}

// `typeof` guards the case where office.js failed to load (offline, blocked): then `Office` is not defined.
const office: OfficeLike | undefined = typeof Office === "undefined" ? undefined : Office;

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void connectHost(
    office,
    { storage: browserStorage(), prefersDark: systemPrefersDark(), timeoutMs: OFFICE_READY_TIMEOUT_MS },
    (host) => root.render(<App host={host} />),
  );
}
