import { Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";

/** Below this an action feels instant, and a spinner would only flash. */
const DELAY_MS = 300;

/** A labelled spinner that appears only once the action it stands for has run for 300 ms; mount it while busy. */
export function DelayedSpinner({ label }: { label: string }) {
  const [shown, setShown] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setShown(true), DELAY_MS);
    return () => clearTimeout(timer);
  }, []);
  return shown ? <Spinner size="small" label={label} labelPosition="after" /> : null;
}
