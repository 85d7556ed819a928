/** Consolidating the workbooks units send back (issue 7): the API the CLI, the task pane and the bench use. */
export * from "./submission";
export * from "./consolidationResult";
export * from "./toSubmission";
export * from "./consolidateSubmissions";
export * from "./consolidate";
export * from "./buildConsolidationPlan";
export * from "./consolidationLayout";
export * from "./consolidationJson";
export * from "./readUnitsList";
