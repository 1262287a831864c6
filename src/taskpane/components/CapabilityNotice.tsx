/**
 * Says at start, in Excel, what this Excel cannot do: without custom functions (see host.ts,
 * capabilitiesOf) the KI.* formulas do not calculate, while the views and the sheets they write work.
 */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import type { Capabilities } from "../host";
import { useI18n } from "../i18n";

export function CapabilityNotice({ capabilities }: { capabilities: Capabilities }) {
  const { t } = useI18n();
  if (capabilities.customFunctions) return null;
  return (
    <MessageBar intent="warning" layout="multiline" aria-live="polite">
      <MessageBarBody>
        <MessageBarTitle>{t.noCustomFunctionsTitle}</MessageBarTitle>
        <div>{t.noCustomFunctionsBody}</div>
        <div>{t.noCustomFunctionsWorks}</div>
        <div>{t.noCustomFunctionsFails}</div>
      </MessageBarBody>
    </MessageBar>
  );
}
