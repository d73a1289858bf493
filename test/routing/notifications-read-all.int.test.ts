import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("na", "nb");

type Note = { readAt: string | null };
const unread = async (token: string) => {
  const r = await h.call("GET", "/api/v1/notifications?unread=true", { token });
  return (r.body.items as Note[]).length;
};

describe("mark all notifications read", () => {
  it("marks the caller's unread notifications read and nobody else's, in this tenant or another", async () => {
    const [a, b] = worlds;
    for (const w of [a, b]) {
      // Every new ticket notifies the supervisors and the agent: each has one unread per ticket.
      const trig = await h.call("POST", "/api/v1/triggers", {
        token: w.supervisor.token,
        body: {
          name: "Tell everyone",
          event: "created",
          conditions: [],
          actions: [
            { kind: "notify", to: "supervisors", message: "New {{ticket.number}}" },
            { kind: "notify", to: w.agent.id, message: "New {{ticket.number}}" },
          ],
        },
      });
      expect(trig.status).toBe(201);
      for (const subject of ["one", "two"]) {
        const t = await h.call("POST", "/api/v1/tickets", {
          token: w.admin.token,
          body: { subject, description: "d", customerId: w.alice.id, type: "repair" },
        });
        expect(t.status).toBe(201);
      }
    }
    expect(await unread(a.supervisor.token)).toBe(2);
    expect(await unread(a.agent.token)).toBe(2);

    const done = await h.call("POST", "/api/v1/notifications/read-all", { token: a.supervisor.token });
    expect(done.status).toBe(200);
    expect(done.body).toEqual({ count: 2 });
    expect(await unread(a.supervisor.token)).toBe(0);
    const all = await h.call("GET", "/api/v1/notifications", { token: a.supervisor.token });
    expect((all.body.items as Note[]).every((n) => n.readAt !== null)).toBe(true);

    // The agent beside them and the other tenant's supervisor keep theirs.
    expect(await unread(a.agent.token)).toBe(2);
    expect(await unread(b.supervisor.token)).toBe(2);
    expect(await unread(b.agent.token)).toBe(2);

    // Nothing left: a second call changes nothing and says so.
    const again = await h.call("POST", "/api/v1/notifications/read-all", { token: a.supervisor.token });
    expect(again.body).toEqual({ count: 0 });
  });

  it("is for staff only", async () => {
    const [a] = worlds;
    const r = await h.call("POST", "/api/v1/notifications/read-all", { token: a.aliceUser.token });
    expect(r.status).toBe(403);
    const anon = await h.call("POST", "/api/v1/notifications/read-all", {});
    expect(anon.status).toBe(401);
  });
});
