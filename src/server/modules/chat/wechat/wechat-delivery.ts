import type { Services } from "../../../platform/context.js";
import { localWeChatApi, type WeChatApi } from "./wechat-api.js";

// The one place that picks the platform implementation. Only the local one exists: a deployment
// that talks to api.weixin.qq.com adds its implementation here (see README "WeChat").
export function wechatApiFor(s: Services): WeChatApi {
  return localWeChatApi(s.db);
}
