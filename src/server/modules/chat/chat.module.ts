import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./chat.isolation.js";
import { registerChatRoutes } from "./chat.routes.js";

// The chat: the assistant answers first, then an agent; the portal widget, the website widget and
// other channels (WeChat) share this engine (docs/chat.md).
export const chatModule = defineModule({
  name: "chat",
  isolationFixtures,
  routes: (app, s) => registerChatRoutes(app, s),
});
