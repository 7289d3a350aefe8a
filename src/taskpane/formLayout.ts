import { tokens, type GriffelStyle } from "@fluentui/react-components";

/**
 * How the pane's tabs lay out their fields: one column; short fields side by side in a row that wraps, two to a
 * row in a 320-px pane (`half`), a longer one on a row of its own there (`wide`); inputs fill their field.
 */
export const FORM_LAYOUT = {
  form: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    // Fluent's inputs size themselves to about 20 characters; in a task pane they take their field's width.
    "& .fui-Input, & .fui-Dropdown, & .fui-Combobox, & .fui-Textarea": {
      minWidth: 0,
      maxWidth: "100%",
    },
    "& .fui-Input__input, & .fui-Combobox__input": { minWidth: 0, width: "100%" },
    "& .fui-Dropdown__button": { minWidth: 0 },
  },
  row: { display: "flex", gap: tokens.spacingHorizontalS, flexWrap: "wrap", alignItems: "end" },
  half: { flex: "1 1 8.5em", minWidth: 0, "& .fui-Input, & .fui-Dropdown": { width: "100%" } },
  wide: { flex: "1 1 14em", minWidth: 0, "& .fui-Input, & .fui-Dropdown": { width: "100%" } },
  fill: { minWidth: 0, width: "100%" },
} satisfies Record<string, GriffelStyle>;
