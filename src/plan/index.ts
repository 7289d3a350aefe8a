/** The plan engine: pure functions over cell values, no Office and no DOM. */
export * from "../common/a1";
export * from "./bookChecks";
export * from "./checks";
export * from "./fiscalYear";
export * from "./dates";
export * from "./messages";
export * from "./model";
export * from "./reader";
export * from "./select";
export * from "./summary";
export * from "./thaiNumerals";
export * from "./workPlans";
export * from "./summarySheet";
export * from "./summaryChecks";
export * from "./report";
export * from "./amend";
export * from "./document";
