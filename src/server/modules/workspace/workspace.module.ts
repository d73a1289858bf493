import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./workspace.isolation.js";
import { registerWorkspaceRoutes } from "./workspace.routes.js";

// The agent's workspace: macros and the templates they share with trigger replies, saved views,
// the collision notice (who else has a ticket open) and in-app notifications.
export const workspaceModule = defineModule({
  name: "workspace",
  isolationFixtures,
  routes: registerWorkspaceRoutes,
});
