import { Spinner } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import * as m from "../../core/messages/feedback";
import { useMessages } from "../useMessages";

/** Below this an action feels instant, and a spinner would only flash. */
export const PROGRESS_DELAY_MS = 300;

export interface DelayedProgressProps {
  /** Whether the action is running. */
  active: boolean;
  /** What is happening (translated), e.g. "Đang tạo sổ theo dõi…"; default "Đang xử lý…". */
  label?: string;
  delayMs?: number;
}

/**
 * A labelled spinner for an action that has been running for `delayMs` (300 ms): quick actions show nothing,
 * slower ones say what they are doing until they end.
 */
export function DelayedProgress({ active, label, delayMs = PROGRESS_DELAY_MS }: DelayedProgressProps) {
  const { t } = useMessages();
  const [shown, setShown] = useState(false);
  useEffect(() => {
    if (!active) {
      setShown(false);
      return undefined;
    }
    const timer = setTimeout(() => setShown(true), delayMs);
    return () => clearTimeout(timer);
  }, [active, delayMs]);
  if (!active || !shown) return null;
  return <Spinner size="small" label={label ?? t(m.working)} labelPosition="after" />;
}
