import { describe, expect, it } from "vitest";
import { seedSlaDefaults } from "../../src/server/modules/sla/index.js";
import { auditDeps, sealAuditLog } from "../../src/server/platform/audit/audit-sealer.js";
import { worldPerFile } from "../fixtures.js";

// Creations that arrive together are written together (one transaction per group): what callers
// see must not change — each gets its own ticket with its own number, history and audit entry,
// and a request that fails inside the group fails alone.
const { h, w } = worldPerFile("g");

const open = (i: number, extra: Record<string, unknown> = {}) =>
  h.call("POST", "/api/v1/tickets", {
    token: w.admin.token,
    body: {
      subject: `Drum noise ${i}`,
      description: "loud",
      type: "repair",
      customerId: w.bob.id,
      unitSerial: w.bobUnit.serial,
      ...extra,
    },
  });

describe("ticket creations arriving together", () => {
  it("each get their own numbered ticket with its history and audit entry, and a bad one fails alone", async () => {
    await h.services.db.transaction((tx) => seedSlaDefaults(tx, w.tenantId, new Date()));
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        i === 17 ? open(i, { attachmentIds: ["att_does_not_exist"] }) : open(i),
      ),
    );
    const bad = results[17];
    expect(bad?.status).toBe(422);
    expect(bad?.body.error.code).toBe("attachment.not_usable");
    const ok = results.filter((_, i) => i !== 17);
    expect(ok.every((r) => r.status === 201)).toBe(true);
    // Each caller got the ticket it asked for, with a number of its own.
    expect(ok.map((r) => r.body.subject)).toEqual(
      Array.from({ length: 40 }, (_, i) => `Drum noise ${i}`).filter((_, i) => i !== 17),
    );
    expect(new Set(ok.map((r) => r.body.number)).size).toBe(39);
    expect(new Set(ok.map((r) => r.body.id)).size).toBe(39);
    for (const r of ok.slice(0, 5)) {
      const events = await h.call("GET", `/api/v1/tickets/${r.body.id}/events`, { token: w.admin.token });
      expect(events.body.items.filter((e: { type: string }) => e.type === "created")).toHaveLength(1);
      const sla = await h.call("GET", `/api/v1/tickets/${r.body.id}/sla`, { token: w.admin.token });
      expect(sla.status).toBe(200);
    }
    const list = await h.call("GET", "/api/v1/tickets?limit=100", { token: w.admin.token });
    expect(
      list.body.items.filter((t: { subject: string }) => t.subject.startsWith("Drum noise")),
    ).toHaveLength(39);
    // Every ticket got its SLA clocks and their timers, whichever group it was written in.
    const ids = ok.map((r) => r.body.id as string);
    const targets = await h.database.query<{ ticket_id: string; n: number }>(
      "select ticket_id, count(*)::int as n from sla_targets where tenant_id = $1 group by ticket_id",
      [w.tenantId],
    );
    const perTicket = new Map(targets.map((t) => [t.ticket_id, Number(t.n)]));
    expect(new Set(ids.map((id) => perTicket.get(id) ?? 0)).size).toBe(1);
    expect(perTicket.get(ids[0] ?? "") ?? 0).toBeGreaterThan(0);
    const timers = await h.database.query<{ n: number }>(
      "select count(distinct payload->>'ticketId')::int as n from jobs where tenant_id = $1 and kind = 'sla.timer'",
      [w.tenantId],
    );
    expect(Number(timers[0]?.n)).toBe(39);
    // One audit entry per ticket, all chained into a tree that verifies.
    await sealAuditLog(auditDeps(h.services));
    const verify = await h.call("GET", "/api/v1/audit/verify", { token: w.admin.token });
    expect(verify.body.ok).toBe(true);
    const created = await h.database.query<{ n: number }>(
      "select count(*)::int as n from audit_log where tenant_id = $1 and action = 'ticket.created'",
      [w.tenantId],
    );
    expect(Number(created[0]?.n)).toBe(39);
  });
});
