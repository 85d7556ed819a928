/**
 * The error the Office.js adapter throws when Excel refuses a batch: a bilingual message for the user,
 * with Excel's own error (code, errorLocation) kept for the log.
 */
import { bilingual, formatMessage, type Message } from "../core/messages/message";

/** Excel's error in one line: its message, plus where in the batch it happened when Office.js says so. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const debugInfo = (cause as { debugInfo?: { errorLocation?: string } }).debugInfo;
  const location = debugInfo?.errorLocation;
  return location ? `${cause.message} [${location}]` : cause.message;
}

export class ExcelError extends Error {
  /** What to show the user, Vietnamese first. */
  readonly userMessage: Message;
  /** The error Office.js raised. */
  readonly cause: unknown;

  constructor(template: Message, cause: unknown) {
    const userMessage = formatMessage(template, { detail: describeCause(cause) });
    super(bilingual(userMessage));
    this.name = "ExcelError";
    this.userMessage = userMessage;
    this.cause = cause;
  }
}
