/** Says, outside Excel, that the pane only reads and computes, and that writing needs Excel. */
import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useI18n } from "../i18n";

export function PreviewNotice() {
  const { t } = useI18n();
  return (
    <MessageBar intent="info" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.previewTitle}</MessageBarTitle>
        {t.previewBody}
      </MessageBarBody>
    </MessageBar>
  );
}
