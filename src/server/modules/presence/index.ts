export { presenceModule } from "./presence.module.js";
export {
  expirePresence,
  findPresence,
  oldestOnlineSeen,
  touchPresence,
  upsertPresence,
} from "./presence.repository.js";
export { agentPresence, type PresenceStatus } from "./presence.tables.js";
