import { consolidationDescription, consolidationTitle } from "../../core/messages/ui";
import { ViewIntro } from "./ViewIntro";

/** Hợp nhất: merges the units' returned workbooks into provincial figures. Its working UI comes in a later issue. */
export function ConsolidationView() {
  return <ViewIntro title={consolidationTitle} description={consolidationDescription} />;
}
