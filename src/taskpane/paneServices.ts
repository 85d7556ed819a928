import { createContext, useContext } from "react";

/**
 * The adapter functions the views call to reach the workbook, injected by index.tsx (real Excel),
 * by tests (fakes) or by nothing at all (outside Excel). Views never call Office or Excel directly.
 *
 * Every member is optional: a view whose adapter is absent disables the action that needs it
 * instead of failing. Later issues add members here as their views need them (reading and writing
 * the tracking workbook, for example); each member is an async function returning plain data from
 * src/core, so that a view stays testable with a fake.
 */
export interface PaneServices {
  /** Activates `sheet` and selects `address` (A1 notation), e.g. to show the cell a finding names. */
  selectCell?: (sheet: string, address: string) => Promise<void>;
}

/** Supplies PaneServices to the views; empty (no adapters) unless App is given some. */
export const PaneServicesContext = createContext<PaneServices>({});

/** Gives a view the injected adapters. */
export function usePaneServices(): PaneServices {
  return useContext(PaneServicesContext);
}
