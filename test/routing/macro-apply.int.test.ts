import { describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("mapply");

async function newTicket(subject = "Leak") {
  const t = await h.call("POST", "/api/v1/tickets", {
    token: w.agent.token,
    body: { subject, description: "d", type: "repair", customerId: w.alice.id },
  });
  expect(t.status).toBe(201);
  return t.body.number as string;
}

async function newMacro(actions: Record<string, unknown>, bodies: Record<string, string> = {}) {
  const m = await h.call("POST", "/api/v1/macros", {
    token: w.supervisor.token,
    body: {
      name: `Macro ${Math.random().toString(36).slice(2, 7)}`,
      bodies: {
        "zh-CN": "您好 {{customer.name}}，请发一张铭牌照片。",
        en: "Hello {{customer.name}}, please send a photo.",
        ...bodies,
      },
      shared: true,
      actions,
    },
  });
  expect(m.status).toBe(201);
  return m.body.id as string;
}

const apply = (
  ref: string,
  id: string,
  body: Record<string, unknown> = {},
  opts: { token?: string; key?: string } = {},
) =>
  h.call("POST", `/api/v1/tickets/${ref}/macros/${id}/apply`, {
    token: opts.token ?? w.agent.token,
    body,
    headers: opts.key ? { "idempotency-key": opts.key } : undefined,
  });

const history = async (ref: string) =>
  (await h.call("GET", `/api/v1/tickets/${ref}/events`, { token: w.agent.token })).body.items as {
    type: string;
    data: Record<string, unknown>;
  }[];
const messages = async (ref: string) =>
  (await h.call("GET", `/api/v1/tickets/${ref}/messages`, { token: w.agent.token })).body.items as {
    body: string;
  }[];

describe("applying a macro on the server", () => {
  it("posts the rendered text and sets every field, each change in the history", async () => {
    const ref = await newTicket();
    const id = await newMacro({
      status: "pending_customer",
      priority: "A",
      addTags: ["photo-asked"],
      assigneeId: "me",
    });
    const r = await apply(ref, id, { locale: "en" });
    expect(r.status).toBe(200);
    expect(r.body.replayed).toBe(false);
    expect(r.body.statusRefused).toBe(false);
    expect(r.body.body).toBe(`Hello ${w.alice.name}, please send a photo.`);
    expect(r.body.message).toMatchObject({ body: r.body.body, visibility: "public" });
    expect(r.body.ticket).toMatchObject({
      status: "pending_customer",
      priority: "A",
      tags: ["photo-asked"],
      assignee: { id: w.agent.id },
    });
    const types = (await history(ref)).map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(["message_added", "field_changed", "assigned", "status_changed"]),
    );
    const assigned = (await history(ref)).filter((e) => e.type === "assigned").at(-1);
    expect(assigned?.data).toMatchObject({ to: w.agent.id, rule: "manual" });
    expect(String(assigned?.data.reason)).toContain("Macro");
  });

  it("sends the agent's edited text, keeps dropped fields and lets 'send and resolve' win", async () => {
    const ref = await newTicket();
    const id = await newMacro({ status: "pending_customer", priority: "A" });
    const r = await apply(ref, id, { body: "Fixed remotely.", skip: ["priority"], status: "resolved" });
    expect(r.status).toBe(200);
    expect(r.body.ticket.status).toBe("resolved");
    expect(r.body.ticket.priority).not.toBe("A");
    expect((await messages(ref)).map((m) => m.body)).toContain("Fixed remotely.");
  });

  it("says when the macro's status cannot be reached and applies the rest", async () => {
    const ref = await newTicket();
    const resolved = await h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
      token: w.agent.token,
      body: { action: "resolve" },
    });
    expect(resolved.body.status).toBe("resolved");
    // A resolved ticket waits for the customer's confirmation: no macro moves it to pending.
    const id = await newMacro({ status: "pending_customer", priority: "C" });
    const r = await apply(ref, id);
    expect(r.status).toBe(200);
    expect(r.body.statusRefused).toBe(true);
    expect(r.body.ticket).toMatchObject({ status: "resolved", priority: "C" });
  });

  it("leaves nothing half-applied when one field change fails", async () => {
    const leaver = await h.call("POST", "/api/v1/users", {
      token: w.admin.token,
      body: { email: `leaver-${Date.now()}@mapply.test`, name: "Leaver", role: "agent", password: PASSWORD },
    });
    expect(leaver.status).toBe(201);
    const id = await newMacro({ priority: "A", addTags: ["x-tag"], assigneeId: leaver.body.id });
    const off = await h.call("PATCH", `/api/v1/users/${leaver.body.id}`, {
      token: w.admin.token,
      body: { active: false },
    });
    expect(off.status).toBe(200);
    const ref = await newTicket();
    const before = (await history(ref)).length;
    const r = await apply(ref, id, {}, { key: "half-1" });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("ticket.assignee_invalid");
    const t = await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token });
    expect(t.body.priority).not.toBe("A");
    expect(t.body.tags).toEqual([]);
    expect(await messages(ref)).toEqual([]);
    expect((await history(ref)).length).toBe(before);
  });

  it("rolls the reply back when a reassignment is refused inside the transaction", async () => {
    const ref = await newTicket("Owned");
    // The technician owns the ticket first; an agent may not take it over by macro.
    const own = await h.call("PATCH", `/api/v1/tickets/${ref}`, {
      token: w.supervisor.token,
      body: { assigneeId: w.technician.id },
    });
    expect(own.status).toBe(200);
    const id = await newMacro({ priority: "A", assigneeId: "me" });
    const r = await apply(ref, id);
    expect(r.status).toBeGreaterThanOrEqual(400);
    expect(r.status).toBeLessThan(500);
    expect(await messages(ref)).toEqual([]);
    const t = await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token });
    expect(t.body.priority).not.toBe("A");
  });

  it("applies once however often it is retried with the same Idempotency-Key", async () => {
    const ref = await newTicket();
    const id = await newMacro({ addTags: ["once"] });
    const results = await Promise.all(
      [1, 2, 3].map(() => apply(ref, id, { locale: "en" }, { key: "retry-1" })),
    );
    expect(results.map((r) => r.status)).toEqual([200, 200, 200]);
    expect(results.filter((r) => !r.body.replayed)).toHaveLength(1);
    expect(new Set(results.map((r) => r.body.message.id)).size).toBe(1);
    expect(await messages(ref)).toHaveLength(1);
    // The same key for another macro is a mistake, not a replay.
    const other = await newMacro({});
    const reused = await apply(ref, other, {}, { key: "retry-1" });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe("macro.key_reused");
  });

  it("is refused to customers, and a bad body is a 400", async () => {
    const ref = await newTicket();
    const id = await newMacro({});
    expect((await apply(ref, id, {}, { token: w.aliceUser.token })).status).toBe(403);
    const bad = await apply(ref, id, { skip: ["subject"] });
    expect(bad.status).toBe(400);
  });
});
