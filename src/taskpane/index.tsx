import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { App } from "./App";

/* global document, Office */

/** Mounts the pane; Excel calls it once Office is ready, the workbench calls it directly. */
export function mountPane(element: HTMLElement): void {
  createRoot(element).render(
    <FluentProvider theme={webLightTheme}>
      <App />
    </FluentProvider>
  );
}

if (typeof Office !== "undefined") {
  Office.onReady(() => mountPane(document.getElementById("container")!));
}
