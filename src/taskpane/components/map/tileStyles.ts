/**
 * The look of a map tile per status: colours from the Okabe–Ito palette (distinguishable with the
 * common colour-vision deficiencies) and, as the cue that does not depend on colour, a border style
 * and fill pattern per status plus the status symbol on the tile. In Windows high-contrast mode
 * (forced-colors) the system colours replace ours; the border styles, the inverted tile for
 * "in Betrieb" and the symbols still tell the statuses apart.
 */
import { makeStyles, tokens } from "@fluentui/react-components";

const FORCED = "@media (forced-colors: active)";

export const useTileStyles = makeStyles({
  grid: {
    display: "grid",
    gap: "3px",
    width: "100%",
    maxWidth: "380px",
  },
  tile: {
    aspectRatio: "1",
    minWidth: 0,
    padding: 0,
    margin: 0,
    display: "flex",
    flexDirection: "column",
    alignItems: "center",
    justifyContent: "center",
    lineHeight: 1.1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase100,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusSmall,
    cursor: "pointer",
    ":focus-visible": {
      outline: `3px solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "1px",
      zIndex: 1,
    },
    [FORCED]: { ":focus-visible": { outline: "3px solid Highlight" } },
  },
  symbol: { fontSize: tokens.fontSizeBase200 },
  in_betrieb: {
    backgroundColor: "#0072B2",
    color: "#FFFFFF",
    border: "2px solid #003F63",
    [FORCED]: {
      forcedColorAdjust: "none",
      backgroundColor: "CanvasText",
      color: "Canvas",
      border: "2px solid CanvasText",
    },
  },
  angenommen: {
    backgroundColor: "#E69F00",
    backgroundImage: "repeating-linear-gradient(45deg, rgba(255,255,255,0.45) 0 3px, transparent 3px 7px)",
    color: "#000000",
    border: "2px solid #8A5F00",
    [FORCED]: { backgroundImage: "none", border: "2px solid CanvasText" },
  },
  widerspruch: {
    backgroundColor: "#CC79A7",
    backgroundImage: "repeating-linear-gradient(-45deg, rgba(0,0,0,0.25) 0 2px, transparent 2px 6px)",
    color: "#000000",
    border: "3px double #5E2A47",
    [FORCED]: { backgroundImage: "none", border: "4px double CanvasText" },
  },
  ohne: {
    backgroundColor: "#FFFFFF",
    color: "#000000",
    border: "2px dashed #595959",
    [FORCED]: { border: "2px dashed CanvasText" },
  },
  swatch: {
    display: "inline-flex",
    alignItems: "center",
    justifyContent: "center",
    width: "1.6em",
    height: "1.6em",
    boxSizing: "border-box",
    borderRadius: tokens.borderRadiusSmall,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
  },
});
