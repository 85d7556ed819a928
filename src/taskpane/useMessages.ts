import { createContext, useCallback, useContext } from "react";
import { formatMessage, type Language, type Message } from "../core/messages/message";

/** The language the pane currently shows; App provides it, Vietnamese when nothing does. */
export const LanguageContext = createContext<Language>("vi");

/** Turns a message into text in the current language, filling `{name}` placeholders from `params`. */
export type Translate = (message: Message, params?: Record<string, string | number>) => string;

/** Gives components the current language and a `t` that picks a message's text in it. */
export function useMessages(): { language: Language; t: Translate } {
  const language = useContext(LanguageContext);
  const t = useCallback<Translate>(
    (message, params) => (params ? formatMessage(message, params) : message)[language],
    [language],
  );
  return { language, t };
}
