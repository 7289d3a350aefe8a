import { tokens, type GriffelStyle } from "@fluentui/react-components";

/** How the pane's tabs lay out their fields: one column, short fields side by side in a row that wraps. */
export const FORM_LAYOUT = {
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
} satisfies Record<string, GriffelStyle>;
