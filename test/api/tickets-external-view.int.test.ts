import { describe, expect, it } from "vitest";
import { TICKET_EVENTS } from "../../src/server/modules/tickets/index.js";
import { worldPerFile } from "../fixtures.js";

const ctx = worldPerFile("ext");

type Ev = { type: string; actorRole: string | null; data: Record<string, unknown> };

const marker = (type: string, field: string, by: string) => `LEAK~${type}~${field}~${by}`;

async function openTicket(subject = "Leaking door") {
  const { w } = ctx;
  return w.post(
    "/api/v1/tickets",
    { subject, description: "Water under the machine", customerId: w.alice.id, type: "repair" },
    w.agent.token,
  );
}

async function events(token: string, ref: string): Promise<Ev[]> {
  const r = await ctx.h.call("GET", `/api/v1/tickets/${ref}/events`, { token });
  expect(r.status).toBe(200);
  return r.body.items;
}

describe("what customers and dealers see of a ticket's history", () => {
  it("shows every declared event type only with its whitelisted fields", async () => {
    const { h, w } = ctx;
    const ticket = await openTicket();
    // Each declared event, written by staff and by the customer, with every field of its schema
    // (and one undeclared field) holding a marker; message_added also as a public message.
    const authors = { staff: w.agent.id, customer: w.aliceUser.id } as const;
    let n = 0;
    for (const def of TICKET_EVENTS) {
      const keys = [...Object.keys(def.schema.shape), "undeclared"];
      for (const [by, actorId] of Object.entries(authors)) {
        const data = Object.fromEntries(keys.map((k) => [k, marker(def.type, k, by)]));
        const variants = def.type === "message_added" ? [data, { ...data, visibility: "public" }] : [data];
        for (const v of variants)
          await h.database.query(
            `insert into ticket_events (id, tenant_id, ticket_id, type, actor_id, data, created_at)
             values ($1, $2, $3, $4, $5, $6::jsonb, now())`,
            [`evt_leak${++n}`, w.tenantId, ticket.id, def.type, actorId, JSON.stringify(v)],
          );
      }
    }
    // Staff see every marker: the rows are there to leak.
    const staffText = JSON.stringify(await events(w.agent.token, ticket.number));
    for (const def of TICKET_EVENTS) expect(staffText).toContain(marker(def.type, "undeclared", "staff"));

    for (const token of [w.aliceUser.token, w.dealer.token]) {
      const seen = await events(token, ticket.number);
      const text = JSON.stringify(seen);
      for (const def of TICKET_EVENTS) {
        const projection = def.external;
        for (const by of Object.keys(authors)) {
          const allowed =
            projection === "hidden"
              ? []
              : [...projection.fields, ...(by === "customer" ? (projection.ifExternal ?? []) : [])];
          for (const k of [...Object.keys(def.schema.shape), "undeclared"]) {
            const m = marker(def.type, k, by);
            if (!(allowed as string[]).includes(k))
              expect(text, `${def.type}.${k} by ${by}`).not.toContain(m);
          }
        }
      }
      for (const e of seen) {
        const def = TICKET_EVENTS.find((d) => d.type === e.type);
        expect(def, e.type).toBeDefined();
        if (!def || def.external === "hidden") throw new Error(`${e.type} is hidden but shown`);
        const allowed: string[] = [
          ...def.external.fields,
          ...(e.actorRole === "customer" ? (def.external.ifExternal ?? []) : []),
        ];
        for (const k of Object.keys(e.data)) expect(allowed, `${e.type}.${k}`).toContain(k);
      }
      // The public message (and its shown fields) does reach them.
      expect(text).toContain(marker("message_added", "channel", "staff"));
      expect(text).toContain(marker("status_changed", "reason", "customer"));
    }
  });

  it("keeps staff reasons, internal notes, escalations and SLA bookkeeping from the customer", async () => {
    const { h, w } = ctx;
    await w.post("/api/v1/sla-policies", {
      name: "repairs (staff-only name)",
      calendarId: (await h.call("GET", "/api/v1/calendars", { token: w.admin.token })).body.items[0].id,
      warnAtPercent: 80,
      match: { type: "repair" },
      pauseOn: ["pending_customer"],
      targets: { firstResponseMinutes: 30, resolutionMinutes: 600 },
    });
    const ticket = await openTicket("Drum noise");
    const ref = ticket.number;
    const act = (token: string, action: string, reason?: string) =>
      h.call("POST", `/api/v1/tickets/${ref}/transitions`, { token, body: { action, reason } });
    await h.call("POST", `/api/v1/tickets/${ref}/messages`, {
      token: w.agent.token,
      body: { body: "Internal: customer sounds angry", visibility: "internal" },
    });
    expect((await act(w.agent.token, "start")).status).toBe(200);
    expect((await act(w.supervisor.token, "escalate", "STAFF-ESCALATION-REASON")).status).toBe(200);
    expect((await act(w.agent.token, "pend_customer", "STAFF-PEND-REASON")).status).toBe(200);

    const staff = JSON.stringify(await events(w.agent.token, ref));
    expect(staff).toContain("STAFF-PEND-REASON");
    expect(staff).toContain("STAFF-ESCALATION-REASON");
    for (const token of [w.aliceUser.token, w.dealer.token]) {
      const seen = await events(token, ref);
      const text = JSON.stringify(seen);
      expect(text).not.toContain("STAFF-PEND-REASON");
      expect(text).not.toContain("STAFF-ESCALATION-REASON");
      expect(seen.map((e) => e.type)).not.toContain("escalated");
      expect(seen.filter((e) => e.type === "message_added")).toEqual([]);
      expect(seen.map((e) => e.type)).not.toContain("sla_paused");
      expect(seen.find((e) => e.type === "status_changed" && e.data.to === "pending_customer")).toBeDefined();

      const sla = await h.call("GET", `/api/v1/tickets/${ref}/sla`, { token });
      expect(sla.status).toBe(200);
      expect(sla.body).toEqual({
        policy: null,
        targets: [{ metric: "resolution", dueAt: null, status: "paused" }],
        pauses: [],
        escalations: [],
      });
    }
    const staffSla = await h.call("GET", `/api/v1/tickets/${ref}/sla`, { token: w.agent.token });
    expect(staffSla.body.policy.name).toBe("repairs (staff-only name)");
    expect(staffSla.body.targets[0].budgetMinutes).toBeGreaterThan(0);
  });

  it("declares every event the app writes, with data its schema accepts", async () => {
    const { h, w } = ctx;
    const ticket = await openTicket("Door seal");
    const ref = ticket.number;
    const call = (token: string, method: string, path: string, body?: unknown) =>
      h.call(method, `/api/v1/tickets/${ref}${path}`, { token, body });
    const act = (token: string, action: string, reason?: string) =>
      call(token, "POST", "/transitions", { action, reason });
    expect(
      (await call(w.agent.token, "POST", "/messages", { body: "On it", visibility: "public" })).status,
    ).toBe(201);
    expect((await call(w.supervisor.token, "PATCH", "", { priority: "B", tags: ["seal"] })).status).toBe(200);
    expect((await act(w.agent.token, "start")).status).toBe(200);
    expect((await act(w.agent.token, "pend_customer", "need a photo")).status).toBe(200);
    expect((await call(w.aliceUser.token, "POST", "/messages", { body: "Photo attached" })).status).toBe(201);
    expect((await act(w.agent.token, "resolve")).status).toBe(200);
    expect((await act(w.aliceUser.token, "reject", "still leaking")).status).toBe(200);
    const rows = await h.database.query<{ type: string; data: unknown }>(
      "select type, data from ticket_events where tenant_id = $1 and id not like 'evt_leak%'",
      [w.tenantId],
    );
    const types = new Set(rows.map((r) => r.type));
    for (const t of ["created", "message_added", "first_response", "field_changed", "status_changed"])
      expect(types).toContain(t);
    for (const r of rows) {
      const def = TICKET_EVENTS.find((d) => d.type === r.type);
      expect(def, r.type).toBeDefined();
      const parsed = def?.schema.safeParse(r.data);
      expect(parsed?.success, `${r.type} ${JSON.stringify(r.data)}`).toBe(true);
    }
  });
});
