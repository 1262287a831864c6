/** Source citations for tooltips: title, publisher, date and address (model/sources.ts citation). */
import { citationOf } from "../../model";

export function sourceTitle(id: string): string {
  return citationOf(id);
}
