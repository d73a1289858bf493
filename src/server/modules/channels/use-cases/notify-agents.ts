import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import type { TicketChanged } from "../../tickets/index.js";
import { insertNotification } from "../../workspace/index.js";
import { findTicketMessage, staffUsers } from "../channels.repository.js";

type Person = { id: string; name: string; email: string };

// `@` + a user's name or the local part of their e-mail, not inside a word or an address
// (so "bob@example.com" mentions nobody). Longest names first: "@Wang Fang" beats "@Wang".
export function mentionedUsers(body: string, people: Person[]): string[] {
  const text = body.toLowerCase();
  const found = new Set<string>();
  const handles = people
    .flatMap((p) => [
      { id: p.id, handle: p.name.trim().toLowerCase() },
      { id: p.id, handle: (p.email.split("@")[0] ?? "").toLowerCase() },
    ])
    .filter((h) => h.handle.length > 0)
    .sort((a, b) => b.handle.length - a.handle.length);
  // Each "@" is taken by the longest handle that fits there.
  const taken = new Set<number>();
  for (const { id, handle } of handles) {
    for (let at = text.indexOf(`@${handle}`); at >= 0; at = text.indexOf(`@${handle}`, at + 1)) {
      if (taken.has(at)) continue;
      const before = at === 0 ? "" : (text[at - 1] ?? "");
      const after = text[at + 1 + handle.length] ?? "";
      if (/[\p{L}\p{N}._-]/u.test(before) || /[\p{L}\p{N}_@-]/u.test(after)) continue;
      taken.add(at);
      found.add(id);
    }
  }
  return [...found];
}

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
