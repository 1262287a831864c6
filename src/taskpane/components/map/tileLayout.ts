/**
 * Where each of the 54 Kreise und kreisfreien Städte sits on the pane's tile-grid map of NRW: one
 * equal tile per entity on a 9 × 10 grid (column 0 = west, row 0 = north), placed by hand from the
 * rough position of each on a map of NRW and kept next to its neighbours where the grid allows.
 * Schematic, not to scale: the Ruhr's many cities are spread out, large Kreise shrink to one tile.
 * Documented in docs/pane-map.md. The short labels are the vehicle registration codes (Kfz-
 * Kennzeichen) of each, which NRW's planners read at a glance; Stadt Aachen and the StädteRegion share
 * "AC", so the StädteRegion is "StR".
 */
export interface TilePlace {
  key: string;
  code: string;
  col: number;
  row: number;
}

export const GRID_COLUMNS = 9;
export const GRID_ROWS = 10;

export const TILE_LAYOUT: readonly TilePlace[] = [
  { key: "05566", code: "ST", col: 4, row: 0 },
  { key: "05770", code: "MI", col: 8, row: 0 },
  { key: "05554", code: "BOR", col: 2, row: 1 },
  { key: "05558", code: "COE", col: 3, row: 1 },
  { key: "05515", code: "MS", col: 4, row: 1 },
  { key: "05570", code: "WAF", col: 5, row: 1 },
  { key: "05711", code: "BI", col: 7, row: 1 },
  { key: "05758", code: "HF", col: 8, row: 1 },
  { key: "05154", code: "KLE", col: 0, row: 2 },
  { key: "05170", code: "WES", col: 1, row: 2 },
  { key: "05512", code: "BOT", col: 2, row: 2 },
  { key: "05562", code: "RE", col: 3, row: 2 },
  { key: "05915", code: "HAM", col: 5, row: 2 },
  { key: "05754", code: "GT", col: 6, row: 2 },
  { key: "05766", code: "LIP", col: 8, row: 2 },
  { key: "05114", code: "KR", col: 0, row: 3 },
  { key: "05119", code: "OB", col: 1, row: 3 },
  { key: "05513", code: "GE", col: 2, row: 3 },
  { key: "05916", code: "HER", col: 3, row: 3 },
  { key: "05913", code: "DO", col: 4, row: 3 },
  { key: "05978", code: "UN", col: 5, row: 3 },
  { key: "05974", code: "SO", col: 6, row: 3 },
  { key: "05774", code: "PB", col: 7, row: 3 },
  { key: "05762", code: "HX", col: 8, row: 3 },
  { key: "05166", code: "VIE", col: 0, row: 4 },
  { key: "05112", code: "DU", col: 1, row: 4 },
  { key: "05113", code: "E", col: 2, row: 4 },
  { key: "05911", code: "BO", col: 3, row: 4 },
  { key: "05954", code: "EN", col: 4, row: 4 },
  { key: "05914", code: "HA", col: 5, row: 4 },
  { key: "05958", code: "HSK", col: 6, row: 4 },
  { key: "05116", code: "MG", col: 0, row: 5 },
  { key: "05117", code: "MH", col: 1, row: 5 },
  { key: "05111", code: "D", col: 2, row: 5 },
  { key: "05158", code: "ME", col: 3, row: 5 },
  { key: "05124", code: "W", col: 4, row: 5 },
  { key: "05962", code: "MK", col: 5, row: 5 },
  { key: "05370", code: "HS", col: 0, row: 6 },
  { key: "05162", code: "NE", col: 1, row: 6 },
  { key: "05122", code: "SG", col: 2, row: 6 },
  { key: "05120", code: "RS", col: 3, row: 6 },
  { key: "05374", code: "GM", col: 4, row: 6 },
  { key: "05966", code: "OE", col: 5, row: 6 },
  { key: "05970", code: "SI", col: 6, row: 6 },
  { key: "05334002", code: "AC", col: 0, row: 7 },
  { key: "05362", code: "BM", col: 1, row: 7 },
  { key: "05316", code: "LEV", col: 2, row: 7 },
  { key: "05378", code: "GL", col: 3, row: 7 },
  { key: "05334", code: "StR", col: 0, row: 8 },
  { key: "05358", code: "DN", col: 1, row: 8 },
  { key: "05315", code: "K", col: 2, row: 8 },
  { key: "05382", code: "SU", col: 3, row: 8 },
  { key: "05366", code: "EU", col: 1, row: 9 },
  { key: "05314", code: "BN", col: 2, row: 9 },
];

export type Direction = "left" | "right" | "up" | "down";

/**
 * The tile an arrow key moves to: the nearest tile in that direction, preferring the same row (or
 * column) and then the smallest sideways step, so holes in the grid are jumped over. Stays put at an
 * edge.
 */
export function neighbour(
  from: TilePlace,
  direction: Direction,
  tiles: readonly TilePlace[] = TILE_LAYOUT,
): TilePlace {
  const horizontal = direction === "left" || direction === "right";
  const sign = direction === "right" || direction === "down" ? 1 : -1;
  let best: TilePlace | null = null;
  let bestScore = Infinity;
  for (const tile of tiles) {
    const along = horizontal ? tile.col - from.col : tile.row - from.row;
    const across = Math.abs(horizontal ? tile.row - from.row : tile.col - from.col);
    if (along * sign <= 0) continue;
    // One step sideways weighs more than any distance straight on (the grid is at most 10 wide).
    const score = across * 100 + Math.abs(along);
    if (score < bestScore) {
      best = tile;
      bestScore = score;
    }
  }
  return best ?? from;
}
