import { Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import * as m from "../../core/messages/entryView";
import { entryDescription, entryTitle } from "../../core/messages/ui";
import { DelayedProgress } from "../components/feedbackProgress";
import { usePaneServices } from "../paneServices";
import { useMessages } from "../useMessages";
import { ViewIntro } from "./ViewIntro";

// The form, its date picker and the validator load in their own chunk the first time the view opens.
const EntryPanel = lazy(() => import("../components/entry/EntryPanel").then((mod) => ({ default: mod.EntryPanel })));

/** Nhập liệu: the form for the row under Excel's cursor (or picked from a searchable list), written back to the sheet. */
export function EntryView() {
  const { t } = useMessages();
  const services = usePaneServices();
  const available = Boolean(services.readEntryWorkbook && services.readEntryRow && services.writeEntry);
  return (
    <ViewIntro title={entryTitle} description={entryDescription}>
      {available ? (
        <Suspense fallback={<DelayedProgress active label={t(m.loading)} />}>
          <EntryPanel />
        </Suspense>
      ) : (
        <Text as="p" size={200}>
          {t(m.unavailable)}
        </Text>
      )}
    </ViewIntro>
  );
}
