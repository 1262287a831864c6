/**
 * Series colours of the pane's charts: the Okabe–Ito palette (Okabe & Ito, "Color Universal Design",
 * 2008, https://jfly.uni-koeln.de/color/), whose colours stay apart for the common colour-vision
 * deficiencies; in this order the first two (blue, orange) also differ in lightness, so they survive
 * greyscale printing.
 */
export const SERIES_COLOURS = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442"];

export const seriesColour = (index: number): string => SERIES_COLOURS[index % SERIES_COLOURS.length];
