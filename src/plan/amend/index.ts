export * from "./amendment";
export { appendixSheetName } from "./appendixRow";
export * from "./projectQuery";
export * from "./appendixText";
export * from "./budgetStyle";
export * from "./log";
export * from "./posting";
export * from "./rounds";
export * from "./history";
