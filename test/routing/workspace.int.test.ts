import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("ws");

const open = (body: Record<string, unknown>) =>
  h.call("POST", "/api/v1/tickets", {
    token: w.admin.token,
    body: { description: "d", customerId: w.alice.id, ...body },
  });

describe("triggers", () => {
  it("run on creation in order, don't re-trigger themselves, and dry-run explains without changing", async () => {
    const complaint = await h.call("POST", "/api/v1/triggers", {
      token: w.supervisor.token,
      body: {
        name: "Complaint → A",
        event: "created",
        conditions: [{ field: "type", op: "in", values: ["complaint"] }],
        actions: [
          { kind: "set_priority", value: "A" },
          { kind: "internal_note", body: "Complaint: call back within 2 h" },
          { kind: "reply", body: "Dear {{customer.name}}, we received {{ticket.number}}." },
          { kind: "notify", to: "supervisors", message: "Complaint {{ticket.number}}" },
        ],
      },
    });
    expect(complaint.status).toBe(201);
    // Fires on every update, but changes by triggers never re-run triggers.
    const tagger = await h.call("POST", "/api/v1/triggers", {
      token: w.supervisor.token,
      body: {
        name: "VIP tag",
        event: "updated",
        conditions: [{ field: "tier", op: "in", values: ["gold", "vip"] }],
        actions: [{ kind: "add_tags", tags: ["vip"] }],
      },
    });
    expect(tagger.status).toBe(201);
    const bad = await h.call("POST", "/api/v1/triggers", {
      token: w.supervisor.token,
      body: { name: "", event: "x", actions: [] },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.length).toBeGreaterThanOrEqual(3);

    const t = await open({ subject: "Terrible service", type: "complaint" });
    expect(t.body).toMatchObject({ priority: "A", tags: [] });
    const msgs = await h.call("GET", `/api/v1/tickets/${t.body.id}/messages`, { token: w.agent.token });
    expect(msgs.body.items.map((m: { visibility: string; body: string }) => [m.visibility, m.body])).toEqual([
      ["internal", "Complaint: call back within 2 h"],
      ["public", `Dear Alice, we received ${t.body.number}.`],
    ]);
    const notes = await h.call("GET", "/api/v1/notifications", { token: w.supervisor.token });
    expect(notes.body.items[0]).toMatchObject({ kind: "trigger", ticketId: t.body.id });
    const events = await h.call("GET", `/api/v1/tickets/${t.body.id}/events`, { token: w.agent.token });
    expect(events.body.items.filter((e: { type: string }) => e.type === "triggers_fired")).toHaveLength(1);

    const dry = await h.call("POST", "/api/v1/triggers/dry-run", {
      token: w.agent.token,
      body: { ticketRef: t.body.number, event: "updated" },
    });
    expect(dry.status).toBe(200);
    expect(dry.body.fired.map((f: { name: string }) => f.name)).toEqual(["VIP tag"]);
    expect(dry.body.changes).toEqual({ tags: ["vip"] });
    expect((await h.call("GET", `/api/v1/tickets/${t.body.id}`, { token: w.agent.token })).body.tags).toEqual(
      [],
    );

    // A human update fires the updated-trigger exactly once.
    await h.call("PATCH", `/api/v1/tickets/${t.body.id}`, { token: w.agent.token, body: { type: "repair" } });
    const after = await h.call("GET", `/api/v1/tickets/${t.body.id}/events`, { token: w.agent.token });
    expect(after.body.items.filter((e: { type: string }) => e.type === "triggers_fired")).toHaveLength(2);
    expect((await h.call("GET", `/api/v1/tickets/${t.body.id}`, { token: w.agent.token })).body.tags).toEqual(
      ["vip"],
    );

    const reorder = await h.call("POST", "/api/v1/triggers/reorder", {
      token: w.supervisor.token,
      body: { ids: [tagger.body.id, complaint.body.id] },
    });
    expect(reorder.body.items.map((x: { id: string }) => x.id)).toEqual([tagger.body.id, complaint.body.id]);
    expect(
      (
        await h.call("POST", "/api/v1/triggers/reorder", {
          token: w.supervisor.token,
          body: { ids: [tagger.body.id] },
        })
      ).status,
    ).toBe(422);
    expect(
      (await h.call("POST", "/api/v1/triggers", { token: w.agent.token, body: complaint.body })).status,
    ).toBe(403);
    expect(
      (await h.call("DELETE", `/api/v1/triggers/${tagger.body.id}`, { token: w.supervisor.token })).status,
    ).toBe(204);
  });
});

describe("macros, views, viewers and the load board", () => {
  it("renders a macro with ticket variables in the requested language", async () => {
    const t = await open({ subject: "Noise", type: "repair", unitSerial: w.aliceUnit.serial });
    const m = await h.call("POST", "/api/v1/macros", {
      token: w.agent.token,
      body: {
        name: "Warranty",
        bodies: {
          "zh-CN": "{{customer.name}}您好，设备 {{unit.serial}} 保修至 {{unit.warrantyEndsAt}}。",
          en: "Hi {{customer.name}}, unit {{unit.serial}} — {{agent.name}}",
        },
      },
    });
    expect(m.status).toBe(201);
    const zh = await h.call("POST", `/api/v1/macros/${m.body.id}/render`, {
      token: w.agent.token,
      body: { ticketRef: t.body.id, locale: "zh-CN" },
    });
    // Dates as the reader's language writes them, not ISO inside a Chinese sentence.
    const [y = 0, mo = 1, d = 1] = String(w.aliceUnit.warrantyEndsAt).split("-").map(Number);
    expect(zh.body.body).toBe(`Alice您好，设备 ${w.aliceUnit.serial} 保修至 ${y}年${mo}月${d}日。`);
    expect(zh.body.warnings).toEqual([]);
    const en = await h.call("POST", `/api/v1/macros/${m.body.id}/render`, {
      token: w.agent.token,
      body: { ticketRef: t.body.id, locale: "en" },
    });
    expect(en.body.body).toBe(`Hi Alice, unit ${w.aliceUnit.serial} — agent ws`);
    // Personal macros are invisible to others; shared ones need a supervisor.
    expect((await h.call("GET", "/api/v1/macros", { token: w.supervisor.token })).body.items).toHaveLength(0);
    expect(
      (
        await h.call("POST", "/api/v1/macros", {
          token: w.agent.token,
          body: { name: "S", bodies: { en: "x" }, shared: true },
        })
      ).status,
    ).toBe(403);
  });

  it("warns the agent when a macro states the warranty end of a unit out of warranty", async () => {
    const t = await open({ subject: "Old washer", type: "repair", unitSerial: w.aliceOldUnit.serial });
    const m = await h.call("POST", "/api/v1/macros", {
      token: w.agent.token,
      body: {
        name: "保修确认",
        bodies: {
          "zh-CN": "您的设备 {{unit.serial}} 保修至 {{unit.warrantyEndsAt}}。",
          en: "Covered until {{unit.warrantyEndsAt}}.",
        },
      },
    });
    const endsAt = String(w.aliceOldUnit.warrantyEndsAt);
    const en = await h.call("POST", `/api/v1/macros/${m.body.id}/render`, {
      token: w.agent.token,
      body: { ticketRef: t.body.id, locale: "en" },
    });
    expect(en.status).toBe(200);
    const [y = 0, mo = 1, d = 1] = endsAt.split("-").map(Number);
    const month = new Date(Date.UTC(y, mo - 1, d)).toLocaleString("en-US", {
      month: "short",
      timeZone: "UTC",
    });
    expect(en.body.body).toBe(`Covered until ${month} ${d}, ${y}.`);
    expect(en.body.warnings).toEqual([{ code: "warranty_expired", serial: w.aliceOldUnit.serial, endsAt }]);
    // A macro that does not state the warranty end says nothing the ticket contradicts.
    const plain = await h.call("POST", "/api/v1/macros", {
      token: w.agent.token,
      body: { name: "Hello", bodies: { en: "Hello {{customer.name}}, unit {{unit.serial}}." } },
    });
    const hello = await h.call("POST", `/api/v1/macros/${plain.body.id}/render`, {
      token: w.agent.token,
      body: { ticketRef: t.body.id, locale: "en" },
    });
    expect(hello.body.warnings).toEqual([]);
  });

  it("counts tickets per saved view, live", async () => {
    const v = await h.call("POST", "/api/v1/views", {
      token: w.agent.token,
      body: { name: "Queue", filters: { status: ["new"], assigneeId: "none" } },
    });
    expect(v.status).toBe(201);
    const before = (await h.call("GET", "/api/v1/views/counts", { token: w.agent.token })).body.items[0]
      .count;
    await open({ subject: "Another", type: "consultation" });
    const after = (await h.call("GET", "/api/v1/views/counts", { token: w.agent.token })).body.items[0].count;
    expect(after).toBe(before + 1);
  });

  it("shows who else is viewing or typing, and forgets them after 30 s", async () => {
    const t = await open({ subject: "Viewers", type: "consultation" });
    await h.call("POST", `/api/v1/tickets/${t.body.id}/viewing`, {
      token: w.agent.token,
      body: { typing: true },
    });
    const seen = await h.call("GET", `/api/v1/tickets/${t.body.id}/viewers`, { token: w.supervisor.token });
    expect(seen.body.items).toMatchObject([{ userId: w.agent.id, typing: true }]);
    expect(
      (await h.call("GET", `/api/v1/tickets/${t.body.id}/viewers`, { token: w.agent.token })).body.items,
    ).toEqual([]);
    h.clock.advance(31_000);
    expect(
      (await h.call("GET", `/api/v1/tickets/${t.body.id}/viewers`, { token: w.supervisor.token })).body.items,
    ).toEqual([]);
  });

  it("gives supervisors the load board and hides it from agents", async () => {
    const board = await h.call("GET", "/api/v1/routing/load", { token: w.supervisor.token });
    expect(board.status).toBe(200);
    expect(board.body.agents.find((a: { userId: string }) => a.userId === w.agent.id)).toMatchObject({
      status: "offline",
      capacity: 20,
      skills: ["washer"],
      expectedHandlingMinutes: 240,
    });
    expect((await h.call("GET", "/api/v1/routing/load", { token: w.agent.token })).status).toBe(403);
    const team = await h.call("POST", "/api/v1/teams", {
      token: w.supervisor.token,
      body: { name: "Washers", memberIds: [w.agent.id] },
    });
    expect(team.body).toMatchObject({ name: "Washers", memberIds: [w.agent.id] });
  });
});
