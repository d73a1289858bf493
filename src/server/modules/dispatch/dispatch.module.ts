import { defineModule } from "../../platform/module.js";
import { provideSlotPlanCheck, provideTravelMinutes } from "../field/index.js";
import { isolationFixtures } from "./dispatch.isolation.js";
import { registerDispatchRoutes } from "./dispatch.routes.js";
import { slotPlanCheck } from "./slot-check.js";
import { travelMinutes } from "./travel-minutes.js";

// Dispatch: the pure route optimiser (used by the CLI and the bench), the board's routes, and the
// plan check the field module's booking slots ask (provided here, when the modules are wired:
// field cannot import dispatch, which builds on it).
export const dispatchModule = defineModule({
  name: "dispatch",
  isolationFixtures,
  routes: (app, s) => {
    provideSlotPlanCheck(slotPlanCheck);
    provideTravelMinutes(travelMinutes);
    registerDispatchRoutes(app, s);
  },
});
