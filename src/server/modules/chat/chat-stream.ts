import type { Context } from "hono";
import { streamSSE } from "hono/streaming";
import type { Services } from "../../platform/context.js";
import type { Actor } from "../../platform/http/actor.js";
import {
  type ConversationRow,
  conversationDtos,
  findConversation,
  messagesAfter,
  toMessageDto,
  waitingAndMine,
} from "./chat.repository.js";
import { nextChatChange } from "./chat-bus.js";

// Server-Sent Events for both sides. Each stream looks at the tables when this process announces a
// change, and at least every POLL_MS otherwise, so changes made by another server process arrive
// too (within a second). Events: `message`, `typing`, `conversation` (status, assignee, ticket) and,
// for agents, `queue`.
const POLL_MS = 1_000;
const HEARTBEAT_MS = 15_000;
// A typing moment older than this is not shown any more (clients send one every ~2 s while typing).
const TYPING_FRESH_MS = 5_000;

type Writer = { writeSSE(m: { event?: string; data: string; id?: string }): Promise<void> };

function fresh(s: Services, at: Date | null): number {
  if (!at) return 0;
  return s.clock.now().getTime() - at.getTime() < TYPING_FRESH_MS ? at.getTime() : 0;
}

async function run(c: Context, tenantId: string, tick: (out: Writer) => Promise<boolean>): Promise<Response> {
  return streamSSE(c, async (stream) => {
    const abort = new AbortController();
    stream.onAbort(() => abort.abort());
    let beat = Date.now();
    while (!abort.signal.aborted) {
      if (!(await tick(stream))) break;
      if (Date.now() - beat > HEARTBEAT_MS) {
        beat = Date.now();
        await stream.write(": keep-alive\n\n");
      }
      await nextChatChange(tenantId, POLL_MS, abort.signal);
    }
  });
}

// The customer's (or visitor's) view of one conversation, from message `afterSeq` on.
export function customerStream(c: Context, s: Services, conv: ConversationRow, afterSeq: number) {
  let seq = afterSeq;
  let version = -1;
  let typingSent = 0;
  return run(c, conv.tenantId, async (out) => {
    const row = await findConversation(s.db, conv.tenantId, conv.id);
    if (!row) return false;
    if (row.lastSeq > seq)
      for (const m of await messagesAfter(s.db, row.tenantId, row.id, seq)) {
        await out.writeSSE({ event: "message", id: String(m.seq), data: JSON.stringify(toMessageDto(m)) });
        seq = m.seq;
      }
    if (row.version !== version) {
      version = row.version;
      const [dto] = await conversationDtos(s.db, row.tenantId, [row]);
      await out.writeSSE({ event: "conversation", data: JSON.stringify(dto) });
    }
    const typing = fresh(s, row.agentTypingAt);
    if (typing && typing !== typingSent) {
      typingSent = typing;
      await out.writeSSE({
        event: "typing",
        data: JSON.stringify({ conversationId: row.id, author: "agent" }),
      });
    }
    return true;
  });
}

// An agent's console: the queue (waiting chats and their own) whenever it changes, and the
// messages, typing and changes of every conversation in it.
export function agentStream(c: Context, s: Services, actor: Actor) {
  let signature = "";
  const seqOf = new Map<string, number>();
  const versionOf = new Map<string, number>();
  const typingOf = new Map<string, number>();
  const report = async (out: Writer, row: ConversationRow) => {
    const from = seqOf.get(row.id) ?? row.lastSeq;
    if (row.lastSeq > from)
      for (const m of await messagesAfter(s.db, row.tenantId, row.id, from))
        await out.writeSSE({
          event: "message",
          data: JSON.stringify({ conversationId: row.id, message: toMessageDto(m) }),
        });
    seqOf.set(row.id, Math.max(from, row.lastSeq));
    if (versionOf.has(row.id) && versionOf.get(row.id) !== row.version) {
      const [dto] = await conversationDtos(s.db, row.tenantId, [row]);
      await out.writeSSE({ event: "conversation", data: JSON.stringify(dto) });
    }
    versionOf.set(row.id, row.version);
    const typing = fresh(s, row.customerTypingAt);
    if (typing && typing !== typingOf.get(row.id)) {
      typingOf.set(row.id, typing);
      await out.writeSSE({
        event: "typing",
        data: JSON.stringify({ conversationId: row.id, author: "customer" }),
      });
    }
  };
  return run(c, actor.tenantId, async (out) => {
    const rows = await waitingAndMine(s.db, actor.tenantId, actor.userId);
    const now = rows.map((r) => `${r.id}:${r.version}`).join(",");
    if (now !== signature) {
      signature = now;
      const dtos = await conversationDtos(s.db, actor.tenantId, rows);
      const queue = {
        waiting: dtos.filter((d) => d.status === "waiting"),
        mine: dtos.filter((d) => d.status === "assigned"),
      };
      await out.writeSSE({ event: "queue", data: JSON.stringify(queue) });
    }
    for (const row of rows) await report(out, row);
    // Conversations that left the list (closed, taken by someone else): their last changes.
    const listed = new Set(rows.map((r) => r.id));
    for (const id of [...seqOf.keys()].filter((k) => !listed.has(k))) {
      const row = await findConversation(s.db, actor.tenantId, id);
      if (row) await report(out, row);
      seqOf.delete(id);
      versionOf.delete(id);
      typingOf.delete(id);
    }
    return true;
  });
}
