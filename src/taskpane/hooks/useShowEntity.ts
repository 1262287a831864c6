/**
 * Shows an entity's register row: in Excel selects its row on sheet "KI-Register" (through the
 * Excel layer's goToRegisterRow), in preview opens the pane's Register view at that row. Failures
 * (no register sheet yet) go to `onError` as the German/English message of describeError.
 */
import { useCallback } from "react";
import { goToRegisterRow } from "../../excel";
import { describeError } from "../data/errors";
import { useI18n } from "../i18n";
import { useNavigation } from "../navigation";

export function useShowEntity(onError: (message: string) => void): (key: string) => Promise<void> {
  const i18n = useI18n();
  const { mode, open } = useNavigation();
  return useCallback(
    async (key: string) => {
      if (mode === "excel") {
        try {
          await goToRegisterRow(key);
        } catch (error) {
          onError(describeError(error, i18n).message);
        }
        return;
      }
      open("register", { kind: "entity", id: key });
    },
    [mode, open, onError, i18n],
  );
}
