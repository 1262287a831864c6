/** Old keys (05313, 05354) that resolve to an entity, each with the model's note as its tooltip. */
import { Caption1 } from "@fluentui/react-components";
import { OLD_KEYS } from "../../model";
import { fill, useI18n } from "../i18n";

export function OldKeys({ entityKey }: { entityKey: string }) {
  const { t } = useI18n();
  const old = Object.entries(OLD_KEYS).filter(([, o]) => o.successor === entityKey);
  return (
    <>
      {old.map(([key, o]) => (
        <Caption1 key={key} title={o.note} data-old-key={key} block>
          {fill(t.registerOldKey, { old: key })}
        </Caption1>
      ))}
    </>
  );
}
