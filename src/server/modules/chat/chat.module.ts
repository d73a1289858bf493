import { defineModule } from "../../platform/module.js";
import { isolationFixtures } from "./chat.isolation.js";
import { registerChatRoutes } from "./chat.routes.js";
import { registerWechat, wechatJobs, wechatSchedules, wechatSubscribers } from "./wechat/wechat.part.js";

// The chat: the assistant answers first, then an agent; the portal widget, the website widget and
// other channels (WeChat) share this engine (docs/chat.md).
export const chatModule = defineModule({
  name: "chat",
  isolationFixtures,
  routes: (app, s) => {
    registerChatRoutes(app, s);
    registerWechat(app, s);
  },
  // The WeChat Official Account channel (wechat/, README "WeChat").
  jobs: wechatJobs,
  subscribers: wechatSubscribers,
  schedules: wechatSchedules,
});
