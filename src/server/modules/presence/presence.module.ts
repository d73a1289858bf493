import { defineModule } from "../../platform/module.js";
import { registerPresenceRoutes } from "./presence.routes.js";

// Who of the staff is online, away or offline, kept fresh by heartbeats. Setting a status and the
// timeout sweep live in assignment, because both may move the queue.
export const presenceModule = defineModule({ name: "presence", routes: registerPresenceRoutes });
