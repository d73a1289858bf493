import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("ma");

const actions = { status: "pending_customer", priority: "B", addTags: ["photo-asked"], assigneeId: "me" };

describe("macros that set fields", () => {
  it("keeps the fields a macro sets and hands them back with the rendered text", async () => {
    const m = await h.call("POST", "/api/v1/macros", {
      token: w.agent.token,
      body: { name: "Ask for a photo", bodies: { en: "Could you send a photo of the label?" }, actions },
    });
    expect(m.status).toBe(201);
    expect(m.body.actions).toEqual(actions);
    const list = await h.call("GET", "/api/v1/macros", { token: w.agent.token });
    expect(list.body.items.find((x: { id: string }) => x.id === m.body.id).actions).toEqual(actions);

    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: { subject: "Leak", description: "d", type: "repair", customerId: w.alice.id },
    });
    const r = await h.call("POST", `/api/v1/macros/${m.body.id}/render`, {
      token: w.agent.token,
      body: { ticketRef: t.body.number, locale: "en" },
    });
    expect(r.body).toMatchObject({ body: "Could you send a photo of the label?", actions });

    // A macro without fields keeps answering with an empty set; a patch can clear them.
    const cleared = await h.call("PATCH", `/api/v1/macros/${m.body.id}`, {
      token: w.agent.token,
      body: { actions: {} },
    });
    expect(cleared.body.actions).toEqual({});
  });

  it("refuses a team or assignee that does not exist, and a status no macro may set", async () => {
    const team = await h.call("POST", "/api/v1/macros", {
      token: w.agent.token,
      lang: "zh-CN",
      body: { name: "To team", bodies: { en: "x" }, actions: { teamId: "team_nope" } },
    });
    expect(team.status).toBe(422);
    expect(team.body.error.code).toBe("ticket.team_invalid");
    expect(team.body.error.message).toContain("team_nope");
    const who = await h.call("POST", "/api/v1/macros", {
      token: w.agent.token,
      body: { name: "To nobody", bodies: { en: "x" }, actions: { assigneeId: "usr_nope" } },
    });
    expect(who.status).toBe(422);
    expect(who.body.error.code).toBe("ticket.assignee_invalid");
    const closed = await h.call("POST", "/api/v1/macros", {
      token: w.agent.token,
      body: { name: "Close", bodies: { en: "x" }, actions: { status: "closed" } },
    });
    expect(closed.status).toBe(400);
    expect(closed.body.error.details.map((d: { path: string }) => d.path)).toEqual(["actions.status"]);
  });
});
