/**
 * Überblick: NRW at a glance. The tile-grid map of the 54 Kreise und kreisfreien Städte coloured by
 * their status on the view's Stichtag, with a play-through of the years 2012–2019, and under it the
 * timeline of working centres with the reported counts. A tile opens its register row (in Excel: the
 * row on sheet "KI-Register"). Loaded as its own chunk when first opened (views/index.tsx).
 */
import { Button, MessageBar, MessageBarBody, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import { registryAt, yearEnd } from "../../model";
import { DateField } from "../components/DateField";
import { TileMap } from "../components/map/TileMap";
import { CentreTimeline } from "../components/timeline/CentreTimeline";
import { useTableStyles } from "../components/tableStyles";
import { todayIso } from "../data/clock";
import { statusByEntity } from "../data/entityStatus";
import { useShowEntity } from "../hooks/useShowEntity";
import { fill, useI18n } from "../i18n";

/** The years the play-through shows, each at its last day (the state reached in that year). */
export const PLAY_YEARS = [2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019] as const;
/** Long enough to take in a map, short enough that eight years take under ten seconds. */
const PLAY_STEP_MS = 1000;

const useStyles = makeStyles({
  controls: { display: "flex", alignItems: "flex-end", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  heading: { display: "block", margin: 0 },
});

export default function OverviewView() {
  const { t, format } = useI18n();
  const styles = useStyles();
  const table = useTableStyles();
  const [date, setDate] = useState(todayIso);
  const [error, setError] = useState<string | null>(null);
  /** Index into PLAY_YEARS while playing, else null. */
  const [playing, setPlaying] = useState<number | null>(null);
  const statuses = useMemo(() => statusByEntity(registryAt(date)), [date]);
  const show = useShowEntity(setError);

  useEffect(() => {
    if (playing === null) return;
    const timer = window.setTimeout(() => {
      const next = playing + 1;
      if (next < PLAY_YEARS.length) {
        setDate(yearEnd(PLAY_YEARS[next]));
        setPlaying(next);
      } else setPlaying(null);
    }, PLAY_STEP_MS);
    return () => window.clearTimeout(timer);
  }, [playing]);

  const play = () => {
    if (playing !== null) {
      setPlaying(null);
      return;
    }
    setDate(yearEnd(PLAY_YEARS[0]));
    setPlaying(0);
  };

  return (
    <div className={table.section}>
      <Text as="h2" weight="semibold" size={400} className={styles.heading}>
        {fill(t.mapTitle, { date: format.date(date) })}
      </Text>
      <div className={styles.controls}>
        <DateField label={t.stichtag} value={date} onChange={setDate} />
        <Button appearance="secondary" onClick={play}>
          {playing === null
            ? fill(t.mapPlay, { from: PLAY_YEARS[0], to: PLAY_YEARS[PLAY_YEARS.length - 1] })
            : t.mapStop}
        </Button>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <TileMap date={date} statuses={statuses} onOpen={(key) => void show(key)} />
      <Text as="h2" weight="semibold" size={400} className={styles.heading}>
        {t.timelineTitle}
      </Text>
      <CentreTimeline />
    </div>
  );
}
