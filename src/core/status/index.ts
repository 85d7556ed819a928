/** The status engine: one rule set, evaluated in TypeScript and compiled into workbook formulas. */
export * from "./cellValue";
export * from "./expr";
export * from "./evaluate";
export * from "./toFormula";
export * from "./ruleBuilders";
export * from "./statusTypes";
export * from "./statusLabels";
export * from "./statusColours";
export * from "./statusContext";
export * from "./periods";
export * from "./targetStatus";
export * from "./activityStatus";
