/** Reading and validating filled tracking workbooks (issue 5): the API the CLI, the task pane and consolidation use. */
export * from "./finding";
export * from "./trackingWorkbook";
export * from "./readTrackingWorkbook";
export * from "./evaluateWorkbook";
export * from "./validateWorkbook";
export * from "./parseViNumber";
export * from "./parseViDate";
export * from "./formatFigure";
