/**
 * Known gaps and uncertainties of the data, in German with source ids, so a planner sees what the
 * numbers rest on: assumed start dates, conflicting sources, periods without a rule, assumed rule data.
 */
import { CENTRES } from "./centres";
import { formatGermanDate } from "./dates";
import { entityByKey } from "./entities";
import { RULES } from "./rules";
import { PAY_STEPS } from "./payRounds";
import { FIRST_RULE_DATE } from "./ruleSelection";
import { sourceById } from "./sources";
import type { DataGap } from "./types";

function name(entityKey: string): string {
  return entityByKey(entityKey)?.fullName ?? entityKey;
}

export function dataGaps(): DataGap[] {
  const gaps: DataGap[] = [];

  for (const c of CENTRES) {
    if (c.startStatus === "angenommen") {
      gaps.push({
        kind: "angenommener_start",
        entityKey: c.entityKey,
        text: c.sources.every((id) => sourceById(id).kind === "ohneAdresse")
          ? `${name(c.entityKey)}: Start ${c.startKnown} nur aus einer Quelle ohne bekannte Adresse; gerechnet wird mit ${formatGermanDate(c.start)}.`
          : `${name(c.entityKey)}: Start nicht genau bekannt (${c.startKnown}); gerechnet wird mit ${formatGermanDate(c.start)}.`,
        sources: c.sources,
      });
    } else if (c.startStatus === "widersprüchlich") {
      gaps.push({
        kind: "widerspruch",
        entityKey: c.entityKey,
        text: `${name(c.entityKey)}: Quellen widersprechen sich beim Start (${c.startKnown}); gerechnet wird mit ${formatGermanDate(c.start)}.`,
        sources: c.sources,
      });
    }
  }

  const fromOpening = CENTRES.filter((c) => c.grantStart === undefined).length;
  gaps.push({
    kind: "fehlt",
    text:
      `Förderbeginn: für ${fromOpening} der ${CENTRES.length} KI ist kein Förderbeginn (Bewilligungszeitraum oder ` +
      "vorzeitiger Maßnahmebeginn) belegt; für das Geld gilt dort die Eröffnung (als solche gekennzeichnet).",
    sources: ["web:kreis-borken-vorlage", "web:lokalkompass-mk-2012"],
  });
  gaps.push({
    kind: "fehlt",
    figureId: "komm-an-ehrenamt-7-05",
    text:
      "Die früher neben den 7,05 Mio € KOMM-AN-Maßnahmemitteln geführten 7,7 Mio € haben keine auffindbare Quelle " +
      "und sind entfernt.",
    sources: ["seed:000", "web:sgk-komm-an-2017"],
  });

  gaps.push({
    kind: "regelluecke",
    text:
      `Vor dem ${formatGermanDate(FIRST_RULE_DATE)} gilt keine Förderrichtlinie: Jahre bis 2011 ergeben den Fehler ` +
      "„keine Regel“, 2012 wird erst ab Juli gerechnet (Richtlinie des Monatsersten).",
    sources: ["web:richtlinie-2012"],
  });
  gaps.push({
    kind: "fehlt",
    ruleId: "rl-2012",
    text:
      "Inhalt der Richtlinien-Änderungen vom 23.03.2015 und 26.04.2016 unbekannt; die Beträge laut " +
      "Pressemitteilungen 2016 sind unverändert.",
    sources: ["web:richtlinie-2012", "seed:000", "seed:001"],
  });
  for (const r of RULES) {
    if (r.status !== "angenommen") continue;
    const assumed = r.components.filter((c) => c.status === "angenommen").map((c) => c.id);
    gaps.push({
      kind: "angenommene_regel",
      ruleId: r.id,
      text: `${r.title}: ${r.validityNote ?? ""} Angenommen: ${assumed.join(", ")}. ${r.note ?? ""}`
        .replace(/\s+/g, " ")
        .trim(),
      sources: r.sources,
    });
  }
  // The cost side (costs.ts, payRounds.ts): what its figures assume.
  const assumedPay = PAY_STEPS.filter((p) => p.status === "angenommen");
  gaps.push({
    kind: "fehlt",
    text:
      `Tarifrunden für Lehrerstellen: ${assumedPay.map((p) => formatGermanDate(p.date)).join(", ")} (TV-L, ` +
      "Einigung vom 14.02.2026) belegt; dass NRW sie auf die Besoldung überträgt, ist angenommen. Nach dem " +
      "Laufzeitende gilt die „Tarifsteigerung nach Laufzeit“ des Szenarios (angenommen, Standard 0 %).",
    sources: [...new Set(assumedPay.flatMap((p) => p.sources))],
  });
  gaps.push({
    kind: "fehlt",
    text:
      "Kosten: amtliche Durchschnittskosten je Stelle wurden nicht gefunden; KI.KOSTEN und KI.EIGENANTEIL rechnen " +
      "nur mit eigenen Werten im Szenario. Die 0,5 Stelle organisatorisch-technische Unterstützung zählt als " +
      "Verwaltung, die zusätzlichen Stellen des Ausbaus 2017 als Fachkraftstellen (angenommen).",
    sources: ["seed:004", "web:sgk-ausbau-2017"],
  });
  gaps.push({
    kind: "fehlt",
    text: "Budget der Landesweiten Koordinierungsstelle (LaKI) nicht gefunden; nicht im Modell.",
    sources: ["seed:004", "seed:001"],
  });
  gaps.push({
    kind: "fehlt",
    text:
      "KOMM-AN NRW sowie kommunale, Stiftungs- und Drittmittel sind nicht im Modell; gerechnet werden nur die " +
      "Landesmittel nach der KI-Richtlinie und die Lehrerstellen.",
    sources: ["seed:001", "seed:002"],
  });
  return gaps;
}
