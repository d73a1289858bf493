import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import type { TicketChanged } from "../../tickets/index.js";
import { insertNotification } from "../../workspace/index.js";
import { findTicketMessage, staffUsers } from "../channels.repository.js";
import { mentionedUsers } from "./mentioned-users.js";

// Agent-side notices (GET /api/v1/notifications): a ticket assigned to you, an internal note
// that @mentions you. Never for what you did yourself.
export async function notifyAgents(tx: Db, change: TicketChanged): Promise<void> {
  const { after, actor } = change;
  const base = { tenantId: change.tenantId, ticketId: after.id, createdAt: change.at };
  const data = { number: after.number, subject: after.subject };
  for (const e of change.events) {
    if (e.type === "assigned" && typeof e.data.to === "string" && e.data.to !== actor?.userId)
      await insertNotification(tx, {
        ...base,
        id: newId("ntf"),
        userId: e.data.to,
        kind: "assigned",
        data: { ...data, rule: e.data.rule ?? null },
      });
    if (
      e.type === "message_added" &&
      e.data.visibility === "internal" &&
      typeof e.data.messageId === "string"
    ) {
      const message = await findTicketMessage(tx, change.tenantId, e.data.messageId);
      if (!message?.body.includes("@")) continue;
      const people = await staffUsers(tx, change.tenantId);
      for (const userId of mentionedUsers(message.body, people)) {
        if (userId === actor?.userId) continue;
        await insertNotification(tx, {
          ...base,
          id: newId("ntf"),
          userId,
          kind: "mention",
          data: { ...data, by: actor?.userId ?? null, excerpt: message.body.slice(0, 200) },
        });
      }
    }
  }
}
