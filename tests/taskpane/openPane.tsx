import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Emulator } from "../../src/emulator";
import { App } from "../../src/taskpane/App";

export type User = ReturnType<typeof userEvent.setup>;

/** The pane over an emulated workbook, as Excel shows it: Office.js is the emulator's, the pane's day is `today`. */
export function renderPane(emulator: Emulator, today: Date): User {
  (globalThis as { Excel?: unknown }).Excel = emulator.excel;
  const user = userEvent.setup();
  render(
    <FluentProvider theme={webLightTheme}>
      <App today={today} />
    </FluentProvider>
  );
  return user;
}

/** Waits for the plan to be read (its organisation shown; the sample's by default), then opens a tab. */
export async function openTab(
  user: User,
  tab: string,
  organisation = "องค์การบริหารส่วนตำบลคลองวาฬ"
): Promise<void> {
  await screen.findByText(organisation);
  await user.click(screen.getByRole("tab", { name: tab }));
}
