import {
  Link,
  Toast,
  ToastBody,
  ToastTitle,
  ToastTrigger,
  Toaster,
  useToastController,
} from "@fluentui/react-components";
import { useCallback } from "react";
import * as m from "../../core/messages/feedback";
import { useMessages } from "../useMessages";

/** The one toaster of the pane; App renders it once, views reach it through useSuccessToast. */
export const PANE_TOASTER_ID = "par-pane-toaster";

/** Long enough to read a sentence of counts in a narrow pane; hovering pauses it. */
const SUCCESS_TOAST_MS = 6000;

/**
 * The toaster the success toasts appear in, at the bottom of the pane. App renders it inside FluentProvider.
 * `inline`: in a portal, Fluent's mount node covered the whole pane in the theme's background while a toast
 * showed (seen in headless Chromium); inline, the toasts also stay inside the pane's landmarks.
 */
export function FeedbackToaster() {
  return <Toaster toasterId={PANE_TOASTER_ID} position="bottom" pauseOnHover limit={3} inline />;
}

/**
 * Shows a success toast: what was done (`title`) and the counts (`body`), already translated. Views call it
 * when an action ends well; errors go to ErrorMessageBar instead, which stays until dismissed.
 */
export function useSuccessToast(): (title: string, body?: string) => void {
  const { dispatchToast } = useToastController(PANE_TOASTER_ID);
  const { t } = useMessages();
  const dismissLabel = t(m.dismiss);
  return useCallback(
    (title, body) =>
      dispatchToast(
        <Toast>
          <ToastTitle
            action={
              // The toast sits over the bottom of the pane: it can be closed at once, by mouse or keyboard.
              <ToastTrigger>
                <Link as="button">{dismissLabel}</Link>
              </ToastTrigger>
            }
          >
            {title}
          </ToastTitle>
          {body !== undefined && <ToastBody>{body}</ToastBody>}
        </Toast>,
        { intent: "success", timeout: SUCCESS_TOAST_MS, politeness: "polite" },
      ),
    [dispatchToast, dismissLabel],
  );
}
