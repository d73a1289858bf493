import type { ChatConversation, ChatMessage, ChatQueue, ChatTranscript } from "../../../shared/api/chat";
import { api, tokenStore } from "../../app/api";
import { currentLocale } from "../../i18n";

export type { ChatConversation, ChatMessage, ChatQueue, ChatTranscript };

const CUSTOMER = "/chat/conversations";
const AGENT = "/chat/agent/conversations";

export const customerChat = {
  start: () =>
    api.post<ChatTranscript & { visitorToken: string | null }>(CUSTOMER, { locale: currentLocale() }),
  read: (id: string) => api.get<ChatTranscript>(`${CUSTOMER}/${id}`),
  say: (id: string, text: string) =>
    api.post<{ items: ChatMessage[] }>(`${CUSTOMER}/${id}/messages`, { text }),
  handoff: (id: string) => api.post<ChatTranscript>(`${CUSTOMER}/${id}/handoff`),
  leaveMessage: (id: string, text: string) =>
    api.post<{ ticketId: string; ticketNumber: string }>(`${CUSTOMER}/${id}/offline-message`, { text }),
  typing: (id: string) => api.post<{ ok: boolean }>(`${CUSTOMER}/${id}/typing`),
  close: (id: string) => api.post<ChatConversation>(`${CUSTOMER}/${id}/close`),
};

export const agentChat = {
  queue: () => api.get<ChatQueue>("/chat/queue"),
  read: (id: string) => api.get<ChatTranscript>(`${AGENT}/${id}`),
  accept: (id: string) => api.post<ChatTranscript>(`${AGENT}/${id}/accept`),
  reply: (id: string, text: string) => api.post<ChatMessage>(`${AGENT}/${id}/messages`, { text }),
  typing: (id: string) => api.post<{ ok: boolean }>(`${AGENT}/${id}/typing`),
  close: (id: string) => api.post<ChatTranscript>(`${AGENT}/${id}/close`),
  survey: (id: string) => api.post<ChatMessage>(`${AGENT}/${id}/survey`),
  ticket: (id: string) => api.post<{ ticketId: string; ticketNumber: string }>(`${AGENT}/${id}/ticket`, {}),
};

export type StreamEvent = { event: string; data: unknown };

// Server-Sent Events read through fetch (EventSource cannot send the bearer token). Reconnects
// after a drop until `signal` aborts; `path()` gives the URL to use at each (re)connection.
export async function followEvents(
  path: () => string,
  onEvent: (e: StreamEvent) => void,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const token = tokenStore.get();
      const res = await fetch(`/api/v1${path()}`, {
        headers: { Accept: "text/event-stream", ...(token ? { Authorization: `Bearer ${token}` } : {}) },
        signal,
      });
      if (!res.ok || !res.body) throw new Error(String(res.status));
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let pending = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        pending += value;
        const blocks = pending.split("\n\n");
        pending = blocks.pop() ?? "";
        for (const block of blocks) {
          let event = "message";
          let data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith("event:")) event = line.slice(6).trim();
            else if (line.startsWith("data:")) data += line.slice(5).trim();
          }
          if (data) onEvent({ event, data: JSON.parse(data) });
        }
      }
    } catch {
      // Dropped or refused: wait a moment and connect again (unless we were stopped).
    }
    if (!signal.aborted) await new Promise((r) => setTimeout(r, 2_000));
  }
}

// Adds messages to a transcript in order, once each (a stream may repeat what a read returned).
export function mergeMessages(
  current: readonly ChatMessage[],
  incoming: readonly ChatMessage[],
): ChatMessage[] {
  const bySeq = new Map(current.map((m) => [m.seq, m]));
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
