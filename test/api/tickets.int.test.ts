import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const open = (token: string, body: Record<string, unknown>) =>
  h.call("POST", "/api/v1/tickets", { token, body });

describe("opening tickets", () => {
  it("lets a customer open a ticket for their own unit and captures the warranty at opening", async () => {
    const r = await open(w.aliceUser.token, {
      subject: "Washer leaks",
      description: "Water under the drum",
      type: "repair",
      unitSerial: w.aliceUnit.serial,
    });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      status: "new",
      priority: "C",
      channel: "portal",
      customerId: w.alice.id,
      unitSerial: w.aliceUnit.serial,
      warrantyStatus: "in_warranty",
      escalationLevel: 0,
    });
    expect(r.body.number).toMatch(/^SO-\d{4}-\d{6}$/);
    const expired = await open(w.aliceUser.token, {
      subject: "Old washer",
      description: "Noise",
      type: "repair",
      unitSerial: w.aliceOldUnit.serial,
    });
    expect(expired.body.warrantyStatus).toBe("expired");
  });

  it("numbers service orders consecutively per tenant", async () => {
    const a = await open(w.agent.token, {
      subject: "One",
      description: "d",
      type: "consultation",
      customerId: w.bob.id,
    });
    const b = await open(w.agent.token, {
      subject: "Two",
      description: "d",
      type: "consultation",
      customerId: w.bob.id,
    });
    const n = (s: string) => Number(s.slice(-6));
    expect(n(b.body.number)).toBe(n(a.body.number) + 1);
    const c = await open(other.agent.token, {
      subject: "Other tenant",
      description: "d",
      type: "consultation",
      customerId: other.bob.id,
    });
    expect(n(c.body.number)).toBeLessThan(n(a.body.number));
  });

  it("numbers a burst of simultaneous creations without duplicates or gaps, even across two tenants", async () => {
    const n = (s: string) => Number(s.slice(-6));
    const burst = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        open(i % 3 === 0 ? other.agent.token : w.agent.token, {
          subject: `Burst ${i}`,
          description: "d",
          type: "consultation",
          customerId: i % 3 === 0 ? other.bob.id : w.bob.id,
        }),
      ),
    );
    expect(burst.map((r) => r.status)).toEqual(burst.map(() => 201));
    for (const tenantOf of [(i: number) => i % 3 === 0, (i: number) => i % 3 !== 0]) {
      const numbers = burst.filter((_, i) => tenantOf(i)).map((r) => n(r.body.number));
      const sorted = [...numbers].sort((a, b) => a - b);
      const first = sorted[0] ?? 0;
      expect(sorted).toEqual(sorted.map((_, k) => first + k));
    }
  });

  it("requires staff to name the customer and refuses someone else's unit", async () => {
    const r = await open(w.agent.token, { subject: "x", description: "y", type: "repair" });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("ticket.customer_required");
    const foreign = await open(w.aliceUser.token, {
      subject: "x",
      description: "y",
      type: "repair",
      unitSerial: w.bobUnit.serial,
    });
    expect(foreign.status).toBe(422);
    expect(foreign.body.error.code).toBe("ticket.unit_not_owned");
  });

  it("lists every invalid field in a 400, translated", async () => {
    const r = await open(w.agent.token, {
      subject: "",
      type: "teleport",
      priority: "Z",
      customerId: w.bob.id,
    });
    expect(r.status).toBe(400);
    const paths = r.body.error.details.map((d: { path: string }) => d.path).sort();
    expect(paths).toEqual(["description", "priority", "subject", "type"]);
    const zh = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      lang: "zh-CN",
      body: { subject: "x", description: "y", type: "teleport", customerId: w.bob.id },
    });
    expect(zh.body.error.message).toBe("请求中有无效的字段。");
    expect(zh.body.error.details[0].message).toMatch(/无效/);
  });
});

describe("who sees what", () => {
  it("answers 404 for another customer's ticket and for another tenant's", async () => {
    const t = await open(w.aliceUser.token, { subject: "Mine", description: "d", type: "repair" });
    expect(
      (await h.call("GET", `/api/v1/tickets/${t.body.number}`, { token: w.aliceUser.token })).status,
    ).toBe(200);
    expect((await h.call("GET", `/api/v1/tickets/${t.body.number}`, { token: w.bobUser.token })).status).toBe(
      404,
    );
    expect((await h.call("GET", `/api/v1/tickets/${t.body.id}`, { token: other.agent.token })).status).toBe(
      404,
    );
    expect(
      (await h.call("GET", `/api/v1/tickets/${t.body.id}/messages`, { token: w.bobUser.token })).status,
    ).toBe(404);
    const bobsList = await h.call("GET", "/api/v1/tickets?limit=200", { token: w.bobUser.token });
    expect(bobsList.body.items.every((i: { customerId: string }) => i.customerId === w.bob.id)).toBe(true);
  });

  it("shows a dealer only their outlet's tickets and lets them report for their customers", async () => {
    const reported = await open(w.dealer.token, {
      subject: "Reported by store",
      description: "d",
      type: "repair",
      customerId: w.alice.id,
    });
    expect(reported.status).toBe(201);
    expect(reported.body).toMatchObject({ channel: "dealer", outletId: w.outletId });
    const notTheirs = await open(w.dealer.token, {
      subject: "x",
      description: "y",
      type: "repair",
      customerId: w.bob.id,
    });
    expect(notTheirs.status).toBe(404);
    const list = await h.call("GET", "/api/v1/tickets?limit=200", { token: w.dealer.token });
    expect(list.body.items.length).toBeGreaterThan(0);
    expect(list.body.items.every((i: { outletId: string }) => i.outletId === w.outletId)).toBe(true);
  });

  it("never shows internal notes to the customer, in messages or in history", async () => {
    const t = await open(w.aliceUser.token, { subject: "Noise", description: "d", type: "repair" });
    const ref = t.body.number;
    await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
      token: w.agent.token,
      body: { body: "Probably the pump; part in stock", visibility: "internal" },
    });
    await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
      token: w.agent.token,
      body: { body: "We will send an engineer", visibility: "public" },
    });
    const staffView = await h.call("GET", `/api/v1/tickets/${ref}/messages`, { token: w.agent.token });
    expect(staffView.body.items.map((m: { visibility: string }) => m.visibility)).toEqual([
      "internal",
      "public",
    ]);
    const customerView = await h.call("GET", `/api/v1/tickets/${ref}/messages`, { token: w.aliceUser.token });
    expect(customerView.body.items.map((m: { body: string }) => m.body)).toEqual([
      "We will send an engineer",
    ]);
    const events = await h.call("GET", `/api/v1/tickets/${ref}/events`, { token: w.aliceUser.token });
    expect(JSON.stringify(events.body)).not.toContain("internal");
    const post = await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
      token: w.aliceUser.token,
      body: { body: "sneaky", visibility: "internal" },
    });
    expect(post.status).toBe(403);
  });
});

describe("the closed loop", () => {
  it("goes from opening to the customer's confirmation, with first response and full history", async () => {
    const t = await open(w.aliceUser.token, {
      subject: "Drum noise",
      description: "Loud banging",
      type: "repair",
      unitSerial: w.aliceUnit.serial,
    });
    const ref = t.body.id;
    const patch = await h.call("PATCH", `/api/v1/tickets/${ref}`, {
      token: w.supervisor.token,
      body: { assigneeId: w.agent.id, priority: "B" },
    });
    expect(patch.body).toMatchObject({ status: "assigned", assigneeId: w.agent.id, priority: "B" });
    await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
      token: w.agent.token,
      body: { body: "internal first", visibility: "internal" },
    });
    expect(
      (await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token })).body.firstRespondedAt,
    ).toBeNull();
    await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
      token: w.agent.token,
      body: { body: "Hello, looking into it" },
    });
    const afterReply = await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token });
    expect(afterReply.body.firstRespondedAt).not.toBeNull();
    const act = (token: string, action: string, reason?: string) =>
      h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
        token,
        body: { action, ...(reason ? { reason } : {}) },
      });
    expect((await act(w.agent.token, "start")).body.status).toBe("in_progress");
    expect((await act(w.agent.token, "pend_customer")).body.status).toBe("pending_customer");
    await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
      token: w.aliceUser.token,
      body: { body: "Here is the photo" },
    });
    expect((await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.agent.token })).body.status).toBe(
      "in_progress",
    );
    const resolved = await act(w.agent.token, "resolve");
    expect(resolved.body).toMatchObject({ status: "resolved" });
    expect(resolved.body.resolvedAt).not.toBeNull();
    const customerSees = await h.call("GET", `/api/v1/tickets/${ref}`, { token: w.aliceUser.token });
    expect(customerSees.body.allowedActions).toEqual(["confirm", "reject"]);
    const closed = await act(w.aliceUser.token, "confirm");
    expect(closed.body).toMatchObject({ status: "closed" });
    expect(closed.body.closedAt).not.toBeNull();
    const events = await h.call("GET", `/api/v1/tickets/${ref}/events`, { token: w.agent.token });
    expect(events.body.items.map((e: { type: string }) => e.type)).toEqual([
      "created",
      "field_changed",
      "assigned",
      "status_changed",
      "message_added",
      "message_added",
      "first_response",
      "status_changed",
      "status_changed",
      "message_added",
      "status_changed",
      "status_changed",
      "status_changed",
    ]);
    const statuses = events.body.items
      .filter((e: { type: string }) => e.type === "status_changed")
      .map((e: { data: { to: string } }) => e.data.to);
    expect(statuses).toEqual([
      "assigned",
      "in_progress",
      "pending_customer",
      "in_progress",
      "resolved",
      "closed",
    ]);
    expect(
      events.body.items.every((e: { createdAt: string }) => !Number.isNaN(Date.parse(e.createdAt))),
    ).toBe(true);
  });

  it("returns a rejected fix to the agent with the reason recorded", async () => {
    const t = await open(w.aliceUser.token, { subject: "Still leaking", description: "d", type: "repair" });
    const ref = t.body.number;
    const act = (token: string, action: string, reason?: string) =>
      h.call("POST", `/api/v1/tickets/${ref}/transitions`, {
        token,
        body: { action, ...(reason ? { reason } : {}) },
      });
    await act(w.agent.token, "resolve");
    const noReason = await act(w.aliceUser.token, "reject");
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.code).toBe("ticket.reason_required");
    const rejected = await act(w.aliceUser.token, "reject", "Water still on the floor");
    expect(rejected.body).toMatchObject({ status: "in_progress", resolvedAt: null });
    const events = await h.call("GET", `/api/v1/tickets/${ref}/events`, { token: w.agent.token });
    const last = events.body.items.at(-1);
    expect(last).toMatchObject({
      type: "status_changed",
      actorId: w.aliceUser.id,
      data: { action: "reject", from: "resolved", to: "in_progress", reason: "Water still on the floor" },
    });
  });

  it("answers 422 for a transition from the wrong state and 403 for a staff action by a customer", async () => {
    const t = await open(w.aliceUser.token, { subject: "x", description: "y", type: "repair" });
    const wrong = await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
      token: w.agent.token,
      body: { action: "confirm", reason: "call" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error).toMatchObject({ code: "ticket.invalid_transition" });
    expect(wrong.body.error.message).toContain("confirm");
    const forbidden = await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "resolve" },
    });
    expect(forbidden.status).toBe(403);
  });

  it("auto-closes an unanswered resolution through the durable job, but not after a reply moved it on", async () => {
    const quiet = await open(w.aliceUser.token, { subject: "Quiet", description: "d", type: "repair" });
    const busy = await open(w.aliceUser.token, { subject: "Busy", description: "d", type: "repair" });
    for (const t of [quiet, busy])
      await h.call("POST", `/api/v1/tickets/${t.body.id}/transitions`, {
        token: w.agent.token,
        body: { action: "resolve" },
      });
    await h.call("POST", `/api/v1/tickets/${busy.body.id}/transitions`, {
      token: w.aliceUser.token,
      body: { action: "reject", reason: "no" },
    });
    const due = await h.database.query<{ run_at: Date | string }>(
      "select run_at from jobs where kind = 'tickets.auto_close' and payload->>'ticketId' = $1",
      [quiet.body.id],
    );
    const days = (new Date(due[0]?.run_at ?? 0).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.9);
    expect(days).toBeLessThan(7.1);
    await h.database.query(
      "update jobs set run_at = now() - interval '1 second' where kind = 'tickets.auto_close'",
    );
    while (await h.jobs.tick()) {}
    expect(
      (await h.call("GET", `/api/v1/tickets/${quiet.body.id}`, { token: w.agent.token })).body.status,
    ).toBe("closed");
    expect(
      (await h.call("GET", `/api/v1/tickets/${busy.body.id}`, { token: w.agent.token })).body.status,
    ).toBe("in_progress");
    const events = await h.call("GET", `/api/v1/tickets/${quiet.body.id}/events`, { token: w.agent.token });
    expect(events.body.items.at(-1)).toMatchObject({ type: "auto_closed", actorId: null });
  });
});

describe("queue listing", () => {
  it("pages with a cursor without losing or repeating tickets, under filters and sorts", async () => {
    for (let i = 0; i < 7; i++)
      await open(w.agent.token, {
        subject: `Paging ${i}`,
        description: "d",
        type: "support",
        customerId: w.bob.id,
        priority: i % 2 ? "A" : "C",
      });
    for (const sort of ["created_desc", "created_asc", "updated_desc", "priority"]) {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const q: string = `/api/v1/tickets?customerId=${w.bob.id}&type=support&sort=${sort}&limit=3${cursor ? `&cursor=${cursor}` : ""}`;
        const r = await h.call("GET", q, { token: w.agent.token });
        expect(r.status).toBe(200);
        seen.push(...r.body.items.map((i: { id: string }) => i.id));
        cursor = r.body.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(7);
    }
    const a = await h.call("GET", `/api/v1/tickets?customerId=${w.bob.id}&priority=A&status=open`, {
      token: w.agent.token,
    });
    expect(a.body.items.length).toBe(3);
    const bad = await h.call("GET", "/api/v1/tickets?cursor=garbage", { token: w.agent.token });
    expect(bad.status).toBe(400);
  });

  it("searches subject and number", async () => {
    const t = await open(w.agent.token, {
      subject: "Compressor overheating alarm",
      description: "d",
      type: "repair",
      customerId: w.bob.id,
    });
    const bySubject = await h.call("GET", "/api/v1/tickets?q=overheating", { token: w.agent.token });
    expect(bySubject.body.items.map((i: { id: string }) => i.id)).toContain(t.body.id);
    const byNumber = await h.call("GET", `/api/v1/tickets?q=${t.body.number}`, { token: w.agent.token });
    expect(byNumber.body.items[0].id).toBe(t.body.id);
  });
});
