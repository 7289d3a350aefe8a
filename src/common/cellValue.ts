/** A cell's value as Office.js hands it over, and a block of them. Shared by the plan core and the emulator. */
export type CellValue = string | number | boolean | null | undefined;
export type Grid = readonly (readonly CellValue[])[];
