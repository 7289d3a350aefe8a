export * from "./register";
export * from "./roundDocument";
export { CLAUSE_TO_FILL } from "./templates";
