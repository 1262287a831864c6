/**
 * What KI.KOSTEN and KI.EIGENANTEIL compute, on plain arguments as Excel passes them (one value per
 * argument; range broadcasting wraps these the same way as the other functions of catalogue.ts).
 * The cost model is src/model/costs.ts; the averages come only from the scenario.
 */
import { COST_ARTS, eigenanteil, kosten, resolveEntity } from "../model";
import { cellNumber } from "./catalogue";
import { toChoice, toEntityText, toYear } from "./coerce";
import { toScenario } from "./scenarioArg";

export function kostenOf(kreis: unknown, jahr: unknown, art?: unknown, szenario?: unknown): number {
  const entity = resolveEntity(toEntityText(kreis));
  const year = toYear(jahr);
  const kind = toChoice(art, "art", COST_ARTS, "gesamt");
  return cellNumber(kosten(entity.key, year, kind, toScenario(szenario)));
}

export function eigenanteilOf(kreis: unknown, jahr: unknown, szenario?: unknown): number {
  const entity = resolveEntity(toEntityText(kreis));
  const year = toYear(jahr);
  return cellNumber(eigenanteil(entity.key, year, toScenario(szenario)).eigenanteil);
}
