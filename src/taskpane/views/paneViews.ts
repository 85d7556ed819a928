import { DataBarVerticalRegular } from "@fluentui/react-icons/lib/atoms/svg/data-bar-vertical";
import { DocumentMultipleRegular } from "@fluentui/react-icons/lib/atoms/svg/document-multiple";
import { EditRegular } from "@fluentui/react-icons/lib/atoms/svg/edit";
import { ShieldTaskRegular } from "@fluentui/react-icons/lib/atoms/svg/shield-task";
import { TaskListLtrRegular } from "@fluentui/react-icons/lib/atoms/svg/task-list-ltr";
import type { ComponentType } from "react";
import type { Message } from "../../core/messages/message";
import { consolidationTab, entryTab, frameworkTab, summaryTab, validationTab } from "../../core/messages/ui";
import { ConsolidationView } from "./ConsolidationView";
import { EntryView } from "./EntryView";
import { FrameworkView } from "./FrameworkView";
import { SummaryView } from "./SummaryView";
import { ValidationView } from "./ValidationView";

export type ViewId = "framework" | "entry" | "validation" | "summary" | "consolidation";

export interface PaneView {
  id: ViewId;
  /** The short label under the tab's icon; the view's own heading says more. */
  tab: Message;
  icon: ComponentType<{ className?: string }>;
  component: ComponentType;
}

/** The views in the order of the work: load the plan, enter progress, check, summarise, consolidate. */
export const PANE_VIEWS: readonly PaneView[] = [
  { id: "framework", tab: frameworkTab, icon: TaskListLtrRegular, component: FrameworkView },
  { id: "entry", tab: entryTab, icon: EditRegular, component: EntryView },
  { id: "validation", tab: validationTab, icon: ShieldTaskRegular, component: ValidationView },
  { id: "summary", tab: summaryTab, icon: DataBarVerticalRegular, component: SummaryView },
  { id: "consolidation", tab: consolidationTab, icon: DocumentMultipleRegular, component: ConsolidationView },
];
