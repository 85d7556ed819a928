import { entryDescription, entryTitle } from "../../core/messages/ui";
import { ViewIntro } from "./ViewIntro";

/** Nhập liệu: records activity statuses and target figures for a reporting period. Its working UI comes in a later issue. */
export function EntryView() {
  return <ViewIntro title={entryTitle} description={entryDescription} />;
}
