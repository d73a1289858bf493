import { EventEmitter } from "node:events";

// Wakes this process's chat streams at once after a change commits. Streams also look at the
// tables every second, which is what carries a change made by another server process (no
// notification bus exists in the project; see docs/chat.md).
const bus = new EventEmitter();
bus.setMaxListeners(0);

export function announceChatChange(tenantId: string): void {
  bus.emit(tenantId);
}

// Resolves on the tenant's next change or after `ms`, whichever is first.
export function nextChatChange(tenantId: string, ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      bus.off(tenantId, done);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    bus.on(tenantId, done);
    signal?.addEventListener("abort", done);
  });
}
