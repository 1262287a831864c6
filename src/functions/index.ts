/**
 * Entry of the functions bundle. In Excel, office.js provides the CustomFunctions runtime before this
 * bundle runs. Opened in a plain browser (the pane's preview mode) there is none, and the
 * `CustomFunctions.associate(...)` calls that custom-functions-metadata-plugin appends to
 * functions.ts would throw; the guard gives them a no-op registry there instead.
 */
import "./previewGuard";
import "./functions";
import "./costFunctions";
