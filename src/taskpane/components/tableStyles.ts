/** Shared look of the pane's tables: highlighted rows and narrow source lines. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const useTableStyles = makeStyles({
  wrap: { overflowX: "auto" },
  highlighted: {
    backgroundColor: tokens.colorPaletteYellowBackground2,
    outline: `${tokens.strokeWidthThick} solid ${tokens.colorPaletteYellowBorderActive}`,
  },
  stack: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    alignItems: "flex-start",
  },
  number: { fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});
