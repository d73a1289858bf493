import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import type { TicketChanged } from "../../tickets/index.js";
import { insertNotification, insertNotifications } from "../../workspace/index.js";
import { findTicketMessage, staffUsers } from "../channels.repository.js";
import { mentionedUsers } from "./mentioned-users.js";

// Agent-side notices (GET /api/v1/notifications): a ticket assigned to you, an internal note
// that @mentions you. Never for what you did yourself.
export async function notifyAgents(tx: Db, change: TicketChanged): Promise<void> {
  await notifyAgentsOfMany(tx, [change]);
}

// A batch of changes: every "assigned to you" notice in one INSERT, then the mentions.
export async function notifyAgentsOfMany(tx: Db, changes: readonly TicketChanged[]): Promise<void> {
  await insertNotifications(tx, changes.flatMap(assignedNotices));
  for (const change of changes) await notifyMentions(tx, change);
}

function assignedNotices(change: TicketChanged) {
  const { after, actor } = change;
  return change.events.flatMap((e) =>
    e.type === "assigned" && typeof e.data.to === "string" && e.data.to !== actor?.userId
      ? [
          {
            tenantId: change.tenantId,
            ticketId: after.id,
            createdAt: change.at,
            id: newId("ntf"),
            userId: e.data.to,
            kind: "assigned" as const,
            data: { number: after.number, subject: after.subject, rule: e.data.rule ?? null },
          },
        ]
      : [],
  );
}

async function notifyMentions(tx: Db, change: TicketChanged): Promise<void> {
  const { after, actor } = change;
  for (const e of change.events) {
    if (
      e.type !== "message_added" ||
      e.data.visibility !== "internal" ||
      typeof e.data.messageId !== "string"
    )
      continue;
    const message = await findTicketMessage(tx, change.tenantId, e.data.messageId);
    if (!message?.body.includes("@")) continue;
    const people = await staffUsers(tx, change.tenantId);
    for (const userId of mentionedUsers(message.body, people)) {
      if (userId === actor?.userId) continue;
      await insertNotification(tx, {
        tenantId: change.tenantId,
        ticketId: after.id,
        createdAt: change.at,
        id: newId("ntf"),
        userId,
        kind: "mention",
        data: {
          number: after.number,
          subject: after.subject,
          by: actor?.userId ?? null,
          excerpt: message.body.slice(0, 200),
        },
      });
    }
  }
}
