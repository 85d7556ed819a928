/** A user-facing text in Vietnamese (first) and English (second). */
export interface Message {
  vi: string;
  en: string;
}

/** The two languages the product speaks; Vietnamese is the default. */
export type Language = "vi" | "en";

/** Fills `{name}` placeholders in both languages of a message, so that callers never build sentences by hand. */
export function formatMessage(message: Message, params: Record<string, string | number> = {}): Message {
  const fill = (text: string): string =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
  return { vi: fill(message.vi), en: fill(message.en) };
}

/** Renders a message as one line, Vietnamese first with English after, for the CLI and workbook notes. */
export function bilingual(message: Message): string {
  return message.vi === message.en ? message.vi : `${message.vi} / ${message.en}`;
}
