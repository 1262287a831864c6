/**
 * What the pane recovered from at start: unreadable or old stored state (scenarios in preview, the
 * add-in's memory in the workbook). Shown once, dismissible; nothing readable was lost.
 */
import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from "@fluentui/react-components";
import { useState } from "react";
import type { ActionNotice } from "../../excel";
import type { StorageNotice } from "../data/previewScenarios";
import { noticeText } from "../data/results";
import { fill, useI18n, type I18n } from "../i18n";

export type StartupNotice = StorageNotice | ActionNotice;

function text(notice: StartupNotice, i18n: I18n): string {
  const { t } = i18n;
  switch (notice.code) {
    case "corrupt":
      return t.storageCorrupt;
    case "migrated":
      return t.storageMigrated;
    case "newer":
      return fill(t.storageNewer, { version: notice.version });
    case "dropped":
      return fill(t.storageDropped, { count: notice.count });
    case "unavailable":
      return t.storageUnavailable;
    default:
      return noticeText(notice, i18n);
  }
}

export function StartupNotices({ notices }: { notices: StartupNotice[] }) {
  const i18n = useI18n();
  const [dismissed, setDismissed] = useState(false);
  if (dismissed || notices.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{i18n.t.storageTitle}</MessageBarTitle>
        {notices.map((notice, index) => (
          <div key={index}>{text(notice, i18n)}</div>
        ))}
      </MessageBarBody>
      <MessageBarActions>
        <Button appearance="transparent" onClick={() => setDismissed(true)}>
          {i18n.t.actionDismiss}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
