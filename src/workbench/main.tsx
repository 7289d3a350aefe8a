import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { addCustomFunctions, Emulator } from "../emulator";
import { readXlsx } from "../emulator/xlsx";
import { PLAN_FUNCTIONS } from "../functions/hyperFormulaPlugin";
import { Workbench } from "./Workbench";

/* global document, fetch */

/**
 * The workbench: the sample workbook open in a spreadsheet view over the workbook emulator, with the add-in's
 * real task pane docked beside it. No Excel and no account needed.
 */
const SAMPLE = "khlong-wan-plan-2566-2570.xlsx";

async function start(): Promise<void> {
  addCustomFunctions(PLAN_FUNCTIONS);
  const response = await fetch(`samples/${SAMPLE}`);
  const emulator = new Emulator(await readXlsx(await response.arrayBuffer()));
  createRoot(document.getElementById("workbench")!).render(
    <FluentProvider theme={webLightTheme}>
      <Workbench initial={emulator} fileName={SAMPLE} />
    </FluentProvider>
  );
}

start();
