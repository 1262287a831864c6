/** Source titles for tooltips; an unknown id shows itself rather than breaking the view. */
import { sourceById } from "../../model";

export function sourceTitle(id: string): string {
  try {
    const source = sourceById(id);
    return [source.title, source.date ?? source.dateText, source.url ?? source.file]
      .filter(Boolean)
      .join(" · ");
  } catch {
    return id;
  }
}
