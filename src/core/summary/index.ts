/** Summary sheets, charts and the printable report (issue 6): the API the task pane, the CLI and the bench use. */
export * from "./buildSummaries";
export * from "./buildSummaryPlan";
export * from "./summaryError";
export * from "./summaryHeadline";
export * from "./summaryLayout";
export * from "./summarizeWorkbook";
export * from "./summaryFigures";
export * from "./leadGroups";
