export * from "./amendment";
export * from "./appendixText";
export * from "./budgetStyle";
export * from "./log";
export * from "./posting";
export * from "./rounds";
