import { summaryDescription, summaryTitle } from "../../core/messages/ui";
import { ViewIntro } from "./ViewIntro";

/** Tổng hợp: the unit's progress counts by status, and targets met or not. Its working UI comes in a later issue. */
export function SummaryView() {
  return <ViewIntro title={summaryTitle} description={summaryDescription} />;
}
