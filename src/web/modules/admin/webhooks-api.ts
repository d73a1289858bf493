import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Webhook, WebhookDelivery } from "../../../shared/api/webhooks";
import { api } from "../../app/api";

export type { Webhook, WebhookDelivery } from "../../../shared/api/webhooks";
export type WebhookInput = { url: string; eventTypes: string[]; description?: string | null };

// The event types a subscription may choose (ping is sent by "Test"), as the API accepts them.
export { TICKET_WEBHOOK_EVENTS as WEBHOOK_EVENT_TYPES } from "../../../shared/webhook-events";

function useWebhookMutation<I, O>(fn: (input: I) => Promise<O>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: fn,
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["webhooks"] }),
  });
}

const one = (id: string) => `/webhooks/${encodeURIComponent(id)}`;

export const useCreateWebhook = () =>
  useWebhookMutation((input: WebhookInput) => api.post<Webhook & { secret: string }>("/webhooks", input));
export const useSetWebhookActive = () =>
  useWebhookMutation((v: { id: string; active: boolean }) =>
    api.patch<Webhook>(one(v.id), { active: v.active }),
  );
export const useRotateWebhookSecret = () =>
  useWebhookMutation((id: string) => api.post<Webhook & { secret: string }>(`${one(id)}/rotate-secret`));
export const useTestWebhook = () =>
  useWebhookMutation((id: string) => api.post<{ id: string }>(`${one(id)}/test`));
export const useDeleteWebhook = () => useWebhookMutation((id: string) => api.del<void>(one(id)));
export const useReplayDelivery = () =>
  useWebhookMutation((id: string) =>
    api.post<WebhookDelivery>(`/webhook-deliveries/${encodeURIComponent(id)}/replay`),
  );
