/**
 * NRW at a glance: one tile per Kreis / kreisfreie Stadt, placed roughly where it lies
 * (tileLayout.ts), coloured and marked by its status on the Stichtag. Tiles are buttons named after
 * their entity and status; the map is one tab stop and the arrow keys move between tiles (roving
 * tabindex). Enter or a click opens the entity's register row through `onOpen`.
 */
import { Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { useRef, useState, type KeyboardEvent } from "react";
import { entityByKey } from "../../../model";
import { ENTITY_STATUSES, type EntityStatus } from "../../data/entityStatus";
import { fill, useI18n } from "../../i18n";
import { STATUS_LABEL, STATUS_SYMBOL } from "../EntityStatusBadge";
import { GRID_COLUMNS, GRID_ROWS, TILE_LAYOUT, neighbour, type Direction } from "./tileLayout";
import { useTileStyles } from "./tileStyles";

const ARROWS: Record<string, Direction> = {
  ArrowLeft: "left",
  ArrowRight: "right",
  ArrowUp: "up",
  ArrowDown: "down",
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  legend: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "grid",
    gridTemplateColumns: "1fr 1fr",
    gap: tokens.spacingVerticalXS,
  },
  legendItem: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS },
  info: { minHeight: "1.4em" },
});

export interface TileMapProps {
  /** The Stichtag, ISO, for the accessible names. */
  date: string;
  statuses: ReadonlyMap<string, EntityStatus>;
  onOpen: (key: string) => void;
}

export function TileMap({ date, statuses, onOpen }: TileMapProps) {
  const { t, format } = useI18n();
  const styles = useStyles();
  const tiles = useTileStyles();
  const [current, setCurrent] = useState(TILE_LAYOUT[0].key);
  const [pointed, setPointed] = useState<string | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const shownDate = format.date(date);
  const statusOf = (key: string): EntityStatus => statuses.get(key) ?? "ohne";
  const counts = new Map<EntityStatus, number>(ENTITY_STATUSES.map((s) => [s, 0]));
  for (const place of TILE_LAYOUT) counts.set(statusOf(place.key), counts.get(statusOf(place.key))! + 1);

  const move = (event: KeyboardEvent, key: string) => {
    const direction = ARROWS[event.key];
    if (!direction) return;
    event.preventDefault();
    const from = TILE_LAYOUT.find((p) => p.key === key)!;
    const to = neighbour(from, direction);
    setCurrent(to.key);
    buttons.current.get(to.key)?.focus();
  };
  const info = pointed ?? null;
  const infoEntity = info ? entityByKey(info) : undefined;

  return (
    <div className={styles.root}>
      <ul className={styles.legend} aria-label={t.mapLegend}>
        {ENTITY_STATUSES.map((status) => (
          <li key={status} className={styles.legendItem} data-legend={status}>
            <span aria-hidden="true" className={mergeClasses(tiles.swatch, tiles[status])}>
              {STATUS_SYMBOL[status]}
            </span>
            <Caption1>{`${t[STATUS_LABEL[status]]}: ${counts.get(status)}`}</Caption1>
          </li>
        ))}
      </ul>
      <div
        role="group"
        aria-label={fill(t.mapLabel, { date: shownDate })}
        className={tiles.grid}
        style={{
          gridTemplateColumns: `repeat(${GRID_COLUMNS}, 1fr)`,
          gridTemplateRows: `repeat(${GRID_ROWS}, auto)`,
        }}
        onMouseLeave={() => setPointed(null)}
      >
        {TILE_LAYOUT.map((place) => {
          const entity = entityByKey(place.key)!;
          const status = statusOf(place.key);
          const name = `${entity.fullName}: ${t[STATUS_LABEL[status]]}`;
          return (
            <button
              key={place.key}
              type="button"
              ref={(element) => {
                if (element) buttons.current.set(place.key, element);
                else buttons.current.delete(place.key);
              }}
              className={mergeClasses(tiles.tile, tiles[status], `ki-tile-${status}`)}
              style={{ gridColumn: place.col + 1, gridRow: place.row + 1 }}
              data-key={place.key}
              data-status={status}
              aria-label={name}
              title={name}
              tabIndex={place.key === current ? 0 : -1}
              onFocus={() => {
                setCurrent(place.key);
                setPointed(place.key);
              }}
              onMouseEnter={() => setPointed(place.key)}
              onKeyDown={(event) => move(event, place.key)}
              onClick={() => onOpen(place.key)}
            >
              <span aria-hidden="true">{place.code}</span>
              <span aria-hidden="true" className={tiles.symbol}>
                {STATUS_SYMBOL[status]}
              </span>
            </button>
          );
        })}
      </div>
      {/* What the pointer or focus is on, for sighted users; the tiles' names say the same. */}
      <Caption1 aria-hidden="true" className={styles.info} data-map-info>
        {infoEntity
          ? `${infoEntity.fullName} (${infoEntity.key}): ${t[STATUS_LABEL[statusOf(info!)]]}`
          : t.mapHint}
      </Caption1>
    </div>
  );
}
