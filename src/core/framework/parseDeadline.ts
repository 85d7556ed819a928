/**
 * Reads a deadline cell (minimal first version).
 */
import type { Deadline, ParseWarning } from "./types";
import { normalizeText } from "../text/normalizeText";
import { matchKey } from "../text/matchKey";
import { formatMessage } from "../messages/message";
import { deadlineEmpty, deadlineUnrecognised } from "../messages/parsing";

/** Returns the due date a deadline cell means, or that it is ongoing or conditional. */
export function parseDeadline(text: string, planYear: number): { deadline: Deadline; warnings: ParseWarning[] } {
  const key = matchKey(text);
  if (key === "") {
    return {
      deadline: { text, due: null, kind: "conditional" },
      warnings: [{ code: "deadline.empty", message: deadlineEmpty }],
    };
  }
  if (key.replace(/ /g, "").includes("thuongxuyen"))
    return { deadline: { text, due: null, kind: "ongoing" }, warnings: [] };
  const year = /(\d{4})/.exec(key)?.[1] ?? String(planYear);
  if (key.startsWith("nam")) return { deadline: { text, due: `${year}-12-31`, kind: "date" }, warnings: [] };
  return {
    deadline: { text, due: null, kind: "conditional" },
    warnings: [
      { code: "deadline.unrecognised", message: formatMessage(deadlineUnrecognised, { text: normalizeText(text) }) },
    ],
  };
}
