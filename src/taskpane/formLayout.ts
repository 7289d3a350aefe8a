import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * How the pane's tabs lay out their fields: one column; short fields side by side in a row that wraps, two to a
 * row in a 320-px pane (`half`), a longer one on a row of its own there (`wide`); inputs fill their field.
 */
export const FORM_LAYOUT = {
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  half: { flex: "1 1 8.5em", minWidth: 0 },
  wide: { flex: "1 1 14em", minWidth: 0 },
  fill: { minWidth: 0, width: "100%" },
} satisfies Record<string, GriffelStyle>;
