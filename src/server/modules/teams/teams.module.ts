import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./teams.isolation.js";
import { registerTeamsRoutes } from "./teams.routes.js";

// Teams of staff with the skills they stand for: a lower layer that tickets (a ticket's team),
// triggers (their targets) and assignment (candidates restricted to a team) read.
export const teamsModule = defineModule({ name: "teams", isolationFixtures, routes: registerTeamsRoutes });
