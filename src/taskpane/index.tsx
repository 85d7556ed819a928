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
import type { PaneServices } from "./paneServices";

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

/**
 * The Excel adapters and the embedded framework load after the first render, in their own chunk, so
 * the pane appears at once; the composition root is the one place that joins the views to src/excel.
 */
async function loadExcelServices(): Promise<PaneServices> {
  const [{ createExcelServices }, { HA_TINH_2024_FRAMEWORK }, { HA_TINH_2024_UNITS }] = await Promise.all([
    // Named chunks, so that `npm run bench` and the build's output say what each lazy file holds.
    import(/* webpackChunkName: "excel-services" */ "../excel/excelServices"),
    import(/* webpackChunkName: "framework" */ "../core/framework/embeddedFramework"),
    import(/* webpackChunkName: "units" */ "../core/framework/units"),
  ]);
  return createExcelServices({ framework: HA_TINH_2024_FRAMEWORK, units: HA_TINH_2024_UNITS });
}

const container = document.getElementById("root");
if (container) {
  const root = createRoot(container);
  void connectHost(
    office,
    { storage: browserStorage(), prefersDark: systemPrefersDark(), timeoutMs: OFFICE_READY_TIMEOUT_MS },
    (host) => {
      root.render(<App host={host} />);
      if (host.kind === "excel")
        void loadExcelServices().then((services) => root.render(<App host={host} services={services} />));
    },
  );
}
