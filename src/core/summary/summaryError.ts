/** A workbook the summaries cannot be built from; `userMessage` says why and what to do, in both languages. */
import { bilingual, type Message } from "../messages/message";

export class SummaryError extends Error {
  constructor(readonly userMessage: Message) {
    super(bilingual(userMessage));
    this.name = "SummaryError";
  }
}
