import { bilingual, type Message } from "../messages/message";

/** A request the entry code refuses (a framework column, a missing column, a row that is not data), with its bilingual message. */
export class EntryError extends Error {
  /** What to show the user, Vietnamese first. */
  readonly userMessage: Message;

  constructor(userMessage: Message) {
    super(bilingual(userMessage));
    this.name = "EntryError";
    this.userMessage = userMessage;
  }
}
