/**
 * What this Excel can do (host.ts, capabilitiesOf), for the views that write KI.* formulas: the
 * comparison preselects Werte-Modus where custom functions are missing.
 */
import { createContext, useContext } from "react";
import { FULL_CAPABILITIES, type Capabilities } from "./host";

export const CapabilitiesContext = createContext<Capabilities>(FULL_CAPABILITIES);

export function useCapabilities(): Capabilities {
  return useContext(CapabilitiesContext);
}
