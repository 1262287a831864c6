/**
 * Source ids of a datum, e.g. "seed:001, web:rp-viersen". Each id carries the source's full title as
 * its tooltip (abbr title) so the column stays narrow and the user can still see where it comes from.
 */
import { Caption1 } from "@fluentui/react-components";
import { Fragment } from "react";
import { sourceTitle } from "../data/sources";
import { useI18n } from "../i18n";

export function Sources({ ids, label }: { ids: readonly string[]; label?: boolean }) {
  const { t } = useI18n();
  if (ids.length === 0) return <Caption1>{t.noSource}</Caption1>;
  return (
    <Caption1 data-sources={ids.join(" ")}>
      {label && `${t.sourceLabel}: `}
      {ids.map((id, index) => (
        <Fragment key={id}>
          {index > 0 && ", "}
          <abbr title={sourceTitle(id)}>{id}</abbr>
        </Fragment>
      ))}
    </Caption1>
  );
}
