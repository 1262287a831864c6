/** The pane's default Stichtag: the model's clock (one home for "today"), a module tests can mock. */
export { todayIso } from "../../model";
