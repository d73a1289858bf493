import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("rating");

async function resolvedTicket() {
  const t = await h.call("POST", "/api/v1/tickets", {
    token: w.agent.token,
    body: { subject: "Noisy drum", description: "d", type: "repair", customerId: w.alice.id },
  });
  const r = await h.call("POST", `/api/v1/tickets/${t.body.number}/transitions`, {
    token: w.agent.token,
    body: { action: "resolve" },
  });
  expect(r.body.status).toBe("resolved");
  return t.body.number as string;
}

const rate = (ref: string, body: unknown, token = w.aliceUser.token) =>
  h.call("POST", `/api/v1/tickets/${ref}/rating`, { token, body });

describe("the customer's rating of a request", () => {
  it("is taken once after the customer confirms, and shown on the ticket afterwards", async () => {
    const ref = await resolvedTicket();
    const early = await rate(ref, { score: 5 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe("ticket.rating_not_closed");
    const confirmed = await h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "confirm" },
    });
    expect(confirmed.body.status).toBe("closed");
    expect(confirmed.body.rating).toBeNull();

    const rated = await rate(ref, { score: 4, comment: "  Quick and polite  " });
    expect(rated.status).toBe(201);
    expect(rated.body.rating).toMatchObject({ score: 4, comment: "Quick and polite" });
    const again = await rate(ref, { score: 1 }, w.aliceUser.token);
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ticket.already_rated");

    // Staff see it on the ticket; the customer sees the score in their history.
    const staff = await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token });
    expect(staff.body.rating).toMatchObject({ score: 4, comment: "Quick and polite" });
    const events = await h.call("GET", `/api/v1/tickets/${ref}/events`, { token: w.aliceUser.token });
    expect(events.body.items.find((e: { type: string }) => e.type === "rated")?.data).toEqual({ score: 4 });
  });

  it("takes two answers at once as one rating", async () => {
    const ref = await resolvedTicket();
    await h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "confirm" },
    });
    const both = await Promise.all([rate(ref, { score: 5 }), rate(ref, { score: 2 })]);
    expect(both.map((r) => r.status).sort()).toEqual([201, 409]);
  });

  it("is the customer's own: staff, other customers and bad scores are refused", async () => {
    const ref = await resolvedTicket();
    await h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "confirm" },
    });
    expect((await rate(ref, { score: 5 }, w.agent.token)).status).toBe(403);
    expect((await rate(ref, { score: 5 }, w.bobUser.token)).status).toBe(404);
    const bad = await rate(ref, { score: 6 }, w.aliceUser.token);
    expect(bad.status).toBe(400);
    const zh = await h.call("POST", `/api/v1/tickets/${ref}/rating`, {
      token: w.aliceUser.token,
      lang: "zh-CN",
      body: { score: 0 },
    });
    expect(zh.status).toBe(400);
  });
});
