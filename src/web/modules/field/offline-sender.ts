import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { ApiError, request } from "../../app/api";
import { showError } from "../../app/feedback";
import { dropAction, onQueueChange, type QueuedAction, queuedActions } from "./offline-queue";

export const isNetworkFailure = (e: unknown) => e instanceof ApiError && e.status === 0;

export const sendAction = (a: Pick<QueuedAction, "visitId" | "path" | "body" | "key">) =>
  request("POST", `/visits/${encodeURIComponent(a.visitId)}/${a.path}`, {
    body: a.body,
    headers: { "Idempotency-Key": a.key },
  });

let flushing = false;

// Sends the signed-in user's queued actions one by one, in order, each with its own key. A network
// failure stops the round (the rest waits for the next "online"); an action the server refuses
// (e.g. the visit was cancelled meanwhile) is dropped and the technician is told why.
async function flush(userId: string, refresh: () => void) {
  if (flushing || !navigator.onLine) return;
  flushing = true;
  let sent = false;
  try {
    for (const a of await queuedActions()) {
      if (a.userId !== userId || a.seq === undefined) continue;
      try {
        await sendAction(a);
      } catch (e) {
        if (isNetworkFailure(e)) break;
        showError(e);
      }
      await dropAction(a.seq);
      sent = true;
    }
  } finally {
    flushing = false;
  }
  if (sent) refresh();
}

// The actions still waiting for a network, for one visit (or all of the user's), kept current;
// mounting it also sends the queue now and whenever the phone comes back online.
export function useOfflineQueue(userId: string | undefined, visitId?: string) {
  const qc = useQueryClient();
  const [waiting, setWaiting] = useState<QueuedAction[]>([]);
  const reload = useCallback(() => {
    void queuedActions()
      .then((all) =>
        setWaiting(all.filter((a) => a.userId === userId && (!visitId || a.visitId === visitId))),
      )
      .catch(() => setWaiting([]));
  }, [userId, visitId]);
  useEffect(() => {
    if (!userId) return;
    const refresh = () => void qc.invalidateQueries({ queryKey: ["visits"] });
    const send = () => void flush(userId, refresh);
    reload();
    send();
    const off = onQueueChange(reload);
    window.addEventListener("online", send);
    return () => {
      off();
      window.removeEventListener("online", send);
    };
  }, [userId, reload, qc]);
  return waiting;
}
