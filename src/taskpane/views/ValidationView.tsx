import { Text } from "@fluentui/react-components";
import { Suspense, lazy } from "react";
import * as m from "../../core/messages/checkView";
import { validationDescription, validationTitle } from "../../core/messages/ui";
import { DelayedProgress } from "../components/feedbackProgress";
import { usePaneServices } from "../paneServices";
import { useMessages } from "../useMessages";
import { ViewIntro } from "./ViewIntro";

// The list and the validator load in their own chunk the first time the view opens.
const FindingsPanel = lazy(() =>
  import("../components/findings/FindingsPanel").then((mod) => ({ default: mod.FindingsPanel })),
);

/** Kiểm tra: validates the workbook and lists its problems by severity and sheet; each one selects its cell. */
export function ValidationView() {
  const { t } = useMessages();
  const services = usePaneServices();
  return (
    <ViewIntro title={validationTitle} description={validationDescription}>
      {services.validate ? (
        <Suspense fallback={<DelayedProgress active label={t(m.running)} />}>
          <FindingsPanel />
        </Suspense>
      ) : (
        <Text as="p" size={200}>
          {t(m.unavailable)}
        </Text>
      )}
    </ViewIntro>
  );
}
