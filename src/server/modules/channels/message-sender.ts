import { deliverySettings } from "../../config.js";
import type { Logger } from "../../platform/logger.js";

// A short text message to a phone (SMS or a messaging app), sent through a gateway.
// `idempotencyKey` is the same on every retry of one message: a gateway that honours it
// (Idempotency-Key header) delivers it once even when our record of the send was lost.
type OutgoingText = { to: string; body: string; ticketNumber: string; idempotencyKey: string };
type SendResult = { providerId: string | null };
export type MessageSender = { name: string; send(message: OutgoingText): Promise<SendResult> };

// Without a gateway the message is only logged; the outbound_messages row is the record.
function localMessageSender(logger: Logger): MessageSender {
  return {
    name: "local",
    async send(m) {
      logger.info({ to: m.to, ticket: m.ticketNumber, chars: m.body.length }, "sms recorded (no gateway)");
      return { providerId: null };
    },
  };
}

const WEBHOOK_TIMEOUT_MS = 10_000;

// Any gateway that accepts a JSON POST: {to, body, ticketNumber}. A non-2xx answer throws, so the
// durable job retries with back-off.
function webhookMessageSender(url: string, logger: Logger): MessageSender {
  return {
    name: "webhook",
    async send(m) {
      const res = await fetch(url, {
        method: "POST",
        headers: { "content-type": "application/json", "idempotency-key": m.idempotencyKey },
        body: JSON.stringify({ to: m.to, body: m.body, ticketNumber: m.ticketNumber }),
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      });
      if (!res.ok) throw new Error(`sms webhook answered ${res.status}`);
      const answer: unknown = await res.json().catch(() => null);
      const id =
        answer && typeof answer === "object" && "id" in answer && typeof answer.id === "string"
          ? answer.id
          : null;
      logger.info({ to: m.to, ticket: m.ticketNumber }, "sms sent via webhook");
      return { providerId: id };
    },
  };
}

// Read per send so a deployment (or a test) can point it elsewhere without a restart.
export function messageSenderFromEnv(logger: Logger, env?: NodeJS.ProcessEnv): MessageSender {
  const url = deliverySettings(env).smsWebhookUrl;
  return url ? webhookMessageSender(url, logger) : localMessageSender(logger);
}
