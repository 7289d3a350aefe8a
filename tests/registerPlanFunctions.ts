import { addCustomFunctions } from "../src/emulator/formulas";
import { PLAN_FUNCTIONS } from "../src/functions/hyperFormulaPlugin";

// The tests host the emulator as the workbench and the command line do: with the PLAN functions added.
addCustomFunctions(PLAN_FUNCTIONS);
