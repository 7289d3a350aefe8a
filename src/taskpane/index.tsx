import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

/* global document, window, Office, Excel, HTMLElement */

/** Mounts the pane; Excel calls it once Office is ready, the workbench calls it directly. */
export function mountPane(element: HTMLElement): void {
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  );
}

/** Inside the workbench the pane runs on the emulator's Excel object, which the page hosting it provides. */
const workbench =
  window.parent !== window
    ? (window.parent as { workbenchExcel?: typeof Excel }).workbenchExcel
    : undefined;

if (workbench) {
  (window as unknown as { Excel: typeof Excel }).Excel = workbench;
  mountPane(document.getElementById("container")!);
} else if (typeof Office !== "undefined") {
  Office.onReady(() => mountPane(document.getElementById("container")!));
}
