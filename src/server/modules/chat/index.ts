export { chatModule } from "./chat.module.js";
/** @public */
export {
  type ConversationRow,
  findConversation,
  findOpenConversationOf,
  type MessageRow,
} from "./chat.repository.js";
/** @public */
export type { ChatChannel, ChatStatus } from "./chat.tables.js";
// The engine's commands and its outbound port, for the channels that chat outside the browser
// (WeChat): see docs/chat.md. Public by design before their first caller, hence the tags.
/** @public */
export { type ChatDelivery, provideChatDelivery } from "./chat-outbound.js";
// A customer's data export and the erasure of what they said in chats (privacy module).
export { eraseChatData, exportChatData } from "./personal-data/chat-personal-data.js";
/** @public */
export { acceptConversation } from "./use-cases/accept-conversation.js";
/** @public */
export { agentReply } from "./use-cases/agent-reply.js";
/** @public */
export { closeConversation } from "./use-cases/close-conversation.js";
/** @public */
export { handOff } from "./use-cases/hand-off.js";
/** @public */
export { leaveOfflineMessage } from "./use-cases/leave-offline-message.js";
/** @public */
export { postCustomerMessage } from "./use-cases/post-customer-message.js";
/** @public */
export { startConversation } from "./use-cases/start-conversation.js";
/** @public */
export { turnIntoTicket } from "./use-cases/turn-into-ticket.js";
// The demo tenant's Official Account (the demo seed).
export { seedWechatDemo } from "./wechat/demo/wechat-demo-account.js";
// A customer's erasure unbinds their WeChat (privacy module).
export { eraseWechatData } from "./wechat/erase-wechat-data.js";
