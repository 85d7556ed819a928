import { frameworkDescription, frameworkTitle } from "../../core/messages/ui";
import { ViewIntro } from "./ViewIntro";

/** Khung: loads the plan's framework and builds the unit's tracking workbook. Its working UI comes in a later issue. */
export function FrameworkView() {
  return <ViewIntro title={frameworkTitle} description={frameworkDescription} />;
}
