import { validationDescription, validationTitle } from "../../core/messages/ui";
import { ViewIntro } from "./ViewIntro";

/** Kiểm tra: lists problems in the workbook, each with its sheet and cell. Its working UI comes in a later issue. */
export function ValidationView() {
  return <ViewIntro title={validationTitle} description={validationDescription} />;
}
