import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_ATTEMPTS } from "../../src/server/modules/webhooks/use-cases/deliver-webhook.js";
import { verifyWebhookSignature } from "../../src/shared/webhook-signature.js";
import { worldPerFile } from "../fixtures.js";
import { startReceiver } from "./receiver.js";

// Webhooks as an integrator meets them: signed deliveries to their endpoint, retried through the
// job queue, a log they can replay from, and an endpoint turned off when it stays down.
const { h, w } = worldPerFile("wh");
let receiver: Awaited<ReturnType<typeof startReceiver>>;

beforeAll(async () => {
  receiver = await startReceiver();
});
afterAll(async () => receiver?.close());

async function runJobs() {
  while (await h.jobs.tick()) {}
}

// Retries wait hours; the test makes the waiting webhook jobs due instead of sleeping.
async function retryNow() {
  await h.database.query(
    "update jobs set run_at = now() where status = 'queued' and kind = 'webhooks.deliver'",
  );
  await runJobs();
}

async function subscribe(path: string, eventTypes: string[]) {
  const r = await h.call("POST", "/api/v1/webhooks", {
    token: w.admin.token,
    body: { url: receiver.url(path), eventTypes },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; secret: string };
}

async function openTicket(subject: string) {
  const r = await h.call("POST", "/api/v1/tickets", {
    token: w.admin.token,
    body: { subject, description: "Details", type: "repair", customerId: w.alice.id },
  });
  expect(r.status).toBe(201);
  return r.body as { id: string; number: string };
}

const deliveriesOf = async (id: string) =>
  (await h.call("GET", `/api/v1/webhooks/${id}/deliveries`, { token: w.admin.token })).body.items as {
    id: string;
    status: string;
    attempts: number;
    eventType: string;
    eventId: string;
    lastStatusCode: number | null;
    replayOf: string | null;
  }[];

describe("webhook deliveries", () => {
  it("a ticket change arrives signed; a tampered body or an old timestamp fails verification", async () => {
    const sub = await subscribe("/signed", ["ticket.created"]);
    expect(sub.secret).toMatch(/^whsec_/);
    const listed = await h.call("GET", `/api/v1/webhooks/${sub.id}`, { token: w.admin.token });
    expect(listed.body.secret).toBeUndefined();

    const t = await openTicket("Washer leaks");
    await runJobs();
    const [got] = receiver.at("/signed");
    if (!got) throw new Error("nothing delivered");
    expect(got.headers["aftercare-event"]).toBe("ticket.created");
    const body = JSON.parse(got.body);
    expect(body.type).toBe("ticket.created");
    expect(body.data.ticket).toMatchObject({
      id: t.id,
      number: t.number,
      status: "new",
      customerId: w.alice.id,
    });
    const [delivery] = await deliveriesOf(sub.id);
    expect(got.headers["aftercare-delivery"]).toBe(delivery?.id);
    expect(delivery).toMatchObject({ status: "sent", attempts: 1, lastStatusCode: 200 });

    const header = String(got.headers["aftercare-signature"]);
    const now = h.clock.now();
    expect(verifyWebhookSignature(sub.secret, header, got.body, now)).toEqual({ ok: true });
    const tampered = got.body.replace(t.number, "SO-2000-000001");
    expect(verifyWebhookSignature(sub.secret, header, tampered, now)).toEqual({
      ok: false,
      reason: "mismatch",
    });
    expect(verifyWebhookSignature("whsec_other", header, got.body, now).ok).toBe(false);
    const later = new Date(now.getTime() + 10 * 60_000);
    expect(verifyWebhookSignature(sub.secret, header, got.body, later)).toEqual({
      ok: false,
      reason: "too_old",
    });
  });

  it("only public messages are sent; an internal note never makes a message_added delivery", async () => {
    const sub = await subscribe("/messages", ["ticket.message_added"]);
    const t = await openTicket("Dryer noise");
    for (const [text, visibility] of [
      ["Internal: customer is difficult", "internal"],
      ["We will visit on Monday", "public"],
    ])
      expect(
        (
          await h.call("POST", `/api/v1/tickets/${t.id}/messages`, {
            token: w.admin.token,
            body: { body: text, visibility },
          })
        ).status,
      ).toBe(201);
    await runJobs();
    const got = receiver.at("/messages");
    expect(got).toHaveLength(1);
    expect(JSON.parse(got[0]?.body ?? "{}").data.event.visibility).toBe("public");
    expect(got.some((r) => r.body.includes("Internal: customer is difficult"))).toBe(false);
    expect((await deliveriesOf(sub.id)).map((d) => d.eventType)).toEqual(["ticket.message_added"]);
  });

  it("a receiver that fails twice gets the event on the third attempt, with the same delivery id", async () => {
    const sub = await subscribe("/flaky", ["ticket.created"]);
    receiver.answer("/flaky", 500, 500);
    await openTicket("Oven door");
    await runJobs();
    let [d] = await deliveriesOf(sub.id);
    expect(d).toMatchObject({
      status: "queued",
      attempts: 1,
      lastStatusCode: 500,
      responseSnippet: "receiver down",
    });
    // The first retry is due in a minute: running the queue again right away sends nothing.
    const [wait] = await h.database.query<{ s: number }>(
      "select extract(epoch from run_at - now())::float8 as s from jobs where status = 'queued' and kind = 'webhooks.deliver'",
    );
    expect(Number(wait?.s)).toBeGreaterThan(45);
    expect(Number(wait?.s)).toBeLessThanOrEqual(60);
    await runJobs();
    expect(receiver.at("/flaky")).toHaveLength(1);
    await retryNow();
    await retryNow();
    const got = receiver.at("/flaky");
    expect(got).toHaveLength(3);
    expect(new Set(got.map((r) => r.headers["aftercare-delivery"]))).toEqual(new Set([d?.id]));
    [d] = await deliveriesOf(sub.id);
    expect(d).toMatchObject({ status: "sent", attempts: 3, lastStatusCode: 200 });
    const after = await h.call("GET", `/api/v1/webhooks/${sub.id}`, { token: w.admin.token });
    expect(after.body).toMatchObject({ active: true, failingSince: null });
  });

  it("replay sends the same payload again as a new delivery", async () => {
    const sub = await subscribe("/replay", ["ticket.created"]);
    await openTicket("Fridge hums");
    await runJobs();
    const [first] = await deliveriesOf(sub.id);
    if (!first) throw new Error("no delivery");
    const r = await h.call("POST", `/api/v1/webhook-deliveries/${first.id}/replay`, { token: w.admin.token });
    expect(r.status).toBe(202);
    expect(r.body).toMatchObject({ replayOf: first.id, eventId: first.eventId, status: "queued" });
    expect(r.body.id).not.toBe(first.id);
    await runJobs();
    const [a, b] = receiver.at("/replay");
    expect(b?.body).toBe(a?.body);
    expect(b?.headers["aftercare-delivery"]).toBe(r.body.id);
    expect((await deliveriesOf(sub.id)).map((d) => d.status)).toEqual(["sent", "sent"]);
  });

  it("an endpoint down through every retry is turned off and the admins are told", async () => {
    const sub = await subscribe("/down", ["ticket.created"]);
    receiver.alwaysAnswer("/down", 503);
    const ping = await h.call("POST", `/api/v1/webhooks/${sub.id}/test`, { token: w.admin.token });
    expect(ping.status).toBe(202);
    await runJobs();
    for (let i = 1; i < MAX_ATTEMPTS; i++) await retryNow();
    expect(receiver.at("/down")).toHaveLength(MAX_ATTEMPTS);
    const [d] = await deliveriesOf(sub.id);
    expect(d).toMatchObject({
      status: "failed",
      attempts: MAX_ATTEMPTS,
      lastStatusCode: 503,
      eventType: "ping",
    });
    const after = await h.call("GET", `/api/v1/webhooks/${sub.id}`, { token: w.admin.token });
    expect(after.body).toMatchObject({ active: false, disabledReason: "persistent_failure" });
    const notes = await h.call("GET", "/api/v1/notifications", { token: w.admin.token });
    expect(notes.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          kind: "webhook_disabled",
          data: expect.objectContaining({ subscriptionId: sub.id }),
        }),
      ]),
    );
    // Turned off: new events make no deliveries, and a replay is refused until it is turned on.
    await openTicket("Microwave sparks");
    expect(await deliveriesOf(sub.id)).toHaveLength(1);
    const replay = await h.call("POST", `/api/v1/webhook-deliveries/${d?.id}/replay`, {
      token: w.admin.token,
    });
    expect(replay.status).toBe(422);
    const on = await h.call("PATCH", `/api/v1/webhooks/${sub.id}`, {
      token: w.admin.token,
      body: { active: true },
    });
    expect(on.body).toMatchObject({ active: true, disabledReason: null });
  });
});

describe("webhook administration", () => {
  it("is for admins only", async () => {
    for (const token of [w.supervisor.token, w.agent.token, w.aliceUser.token])
      expect((await h.call("GET", "/api/v1/webhooks", { token })).status).toBe(403);
  });

  it("refuses loopback, private and non-http URLs unless allowed (SSRF), in the caller's language", async () => {
    h.services.config.webhookAllowPrivate = false;
    try {
      for (const url of [
        "http://127.0.0.1:8080/x",
        "http://localhost/x",
        "http://169.254.169.254/latest/meta-data",
        "http://10.1.2.3/x",
        "http://[::1]/x",
        "http://[::ffff:192.168.1.1]/x",
        "ftp://hooks.example.com/x",
        "not a url",
      ]) {
        const r = await h.call("POST", "/api/v1/webhooks", {
          token: w.admin.token,
          lang: "zh-CN",
          body: { url, eventTypes: ["ticket.created"] },
        });
        expect([url, r.status, r.body.error?.code]).toEqual([url, 400, "webhooks.url_not_allowed"]);
      }
      const ok = await h.call("POST", "/api/v1/webhooks", {
        token: w.admin.token,
        body: { url: "https://hooks.example.com/aftercare", eventTypes: ["ticket.created"] },
      });
      expect(ok.status).toBe(201);
    } finally {
      h.services.config.webhookAllowPrivate = true;
    }
  });

  it("rotating the secret signs later deliveries with the new one", async () => {
    const sub = await subscribe("/rotate", ["ticket.created"]);
    const r = await h.call("POST", `/api/v1/webhooks/${sub.id}/rotate-secret`, { token: w.admin.token });
    expect(r.status).toBe(200);
    expect(r.body.secret).not.toBe(sub.secret);
    await openTicket("Hob clicks");
    await runJobs();
    const [got] = receiver.at("/rotate");
    const header = String(got?.headers["aftercare-signature"]);
    expect(verifyWebhookSignature(r.body.secret, header, got?.body ?? "", h.clock.now()).ok).toBe(true);
    expect(verifyWebhookSignature(sub.secret, header, got?.body ?? "", h.clock.now()).ok).toBe(false);
  });
});
