import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { RemoteDiagnosisSuccess, Visit, VisitSlot } from "../../../shared/api/field";
import { api, downloadFile } from "../../app/api";
import { enqueueAction, queuedActions } from "./offline-queue";
import { isNetworkFailure, sendAction } from "./offline-sender";

export type { Visit, VisitSlot };

const key = ["visits"] as const;

export const useVisits = (query: Record<string, string>, enabled = true) =>
  useQuery({
    queryKey: [...key, query],
    queryFn: ({ signal }) => api.get<{ items: Visit[] }>("/visits", query, signal),
    enabled,
  });

export const useVisit = (id: string) =>
  useQuery({
    queryKey: [...key, "one", id],
    queryFn: ({ signal }) => api.get<Visit>(`/visits/${id}`, undefined, signal),
  });

export const useVisitSlots = (id: string, enabled: boolean) =>
  useQuery({
    queryKey: [...key, "slots", id],
    queryFn: ({ signal }) => api.get<{ items: VisitSlot[] }>(`/visits/${id}/slots`, undefined, signal),
    enabled,
  });

const QUEUED = "queued" as const;

// What the technician sees while an action waits for the network: the visit as it will be once
// the action is sent, so the job goes on offline (check in, use a part, sign, check out).
function asQueued(v: Visit, path: string, body: Record<string, unknown>): Visit {
  if (path === "parts") {
    const partNo = String(body.partNo);
    return { ...v, parts: [...v.parts, { partNo, name: partNo, qty: Number(body.qty) }] };
  }
  // A queued photo shows from the queue itself (see PhotosCard): nothing to add here.
  if (path === "signature") return { ...v, signed: true, signedBy: String(body.signedBy) };
  if (path === "delivery") {
    const condition = body.condition === "damaged" ? "damaged" : "intact";
    const note = condition === "damaged" ? String(body.note ?? "") : null;
    const at = new Date().toISOString();
    return {
      ...v,
      delivery: { model: String(body.model), quantity: Number(body.quantity), condition, note, at },
    };
  }
  if (path === "rating")
    return { ...v, rating: Number(body.stars), ratingComment: body.comment ? String(body.comment) : null };
  if (path === "checklist") {
    const done = body.done !== false;
    const at = done ? new Date().toISOString() : null;
    return {
      ...v,
      checklist: v.checklist.map((st) => (st.id === body.stepId ? { ...st, done, doneAt: at } : st)),
    };
  }
  const now = new Date().toISOString();
  switch (body.action) {
    case "depart":
      return { ...v, status: "en_route" };
    case "check_in":
      return { ...v, status: "on_site", checkedInAt: now };
    case "check_out":
      return { ...v, status: "done" };
    default:
      return v;
  }
}

// Every change answers with the visit; the lists and the slots are refetched. The technician's
// actions (`queueable`) go through the offline queue when there is no network, or when earlier
// ones still wait (so they reach the server in the order they were done).
function useVisitChange<B extends Record<string, unknown>>(id: string, path: string, userId?: string) {
  const qc = useQueryClient();
  return useMutation({
    // Offline the mutation must still run: it is what puts the action in the queue.
    networkMode: userId ? "always" : "online",
    mutationFn: async (body: B): Promise<Visit | typeof QUEUED> => {
      if (!userId) return api.post<Visit>(`/visits/${id}/${path}`, body);
      const action = { key: crypto.randomUUID(), userId, visitId: id, path, body };
      const queue = async () => {
        await enqueueAction({ ...action, queuedAt: new Date().toISOString() });
        return QUEUED;
      };
      const waiting = await queuedActions().catch(() => []);
      if (!navigator.onLine || waiting.some((a) => a.userId === userId)) return queue();
      try {
        return (await sendAction(action)) as Visit;
      } catch (e) {
        if (isNetworkFailure(e)) return queue();
        throw e;
      }
    },
    onSuccess: (result, body) => {
      if (result !== QUEUED) return qc.invalidateQueries({ queryKey: key });
      qc.setQueryData<Visit>([...key, "one", id], (v) => (v ? asQueued(v, path, body) : v));
    },
  });
}

export const isQueued = (r: unknown) => r === QUEUED;
export const useBookVisit = (id: string) => useVisitChange<{ start: string }>(id, "booking");
export const useVisitStep = (id: string, userId?: string) =>
  useVisitChange<{ action: string; lat?: number; lng?: number; notes?: string; followUp?: boolean }>(
    id,
    "steps",
    userId,
  );
export const useVisitPart = (id: string, userId?: string) =>
  useVisitChange<{ partNo: string; qty: number }>(id, "parts", userId);
export const useVisitSignature = (id: string, userId?: string) =>
  useVisitChange<{ image: string; signedBy: string }>(id, "signature", userId);

export const useVisitRating = (id: string, userId?: string) =>
  useVisitChange<{ stars: number; comment?: string }>(id, "rating", userId);

export const useVisitDelivery = (id: string, userId?: string) =>
  useVisitChange<{ model: string; quantity: number; condition: "intact" | "damaged"; note?: string }>(
    id,
    "delivery",
    userId,
  );

export const useVisitPhoto = (id: string, userId?: string) =>
  useVisitChange<{ image: string }>(id, "photos", userId);

export const useRemoteDiagnosisSuccess = (enabled: boolean) =>
  useQuery({
    queryKey: [...key, "remote-success"],
    queryFn: ({ signal }) => api.get<RemoteDiagnosisSuccess>("/remote-diagnosis/success", undefined, signal),
    enabled,
  });

export const useVisitChecklist = (id: string, userId?: string) =>
  useVisitChange<{ stepId: string; done: boolean }>(id, "checklist", userId);

export const downloadReport = (v: Visit) =>
  downloadFile(`/visits/${encodeURIComponent(v.id)}/report.pdf`, `service-report-${v.ticketNumber}.pdf`);
