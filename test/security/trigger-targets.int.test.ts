import { describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

// Hole 7 of issue 12: a trigger could hand a customer's ticket to another customer and notify
// them; and a ticket's team was whatever id was sent (hole 12).
const ctx = worldPerFile("trigger-targets");

const trigger = (actions: unknown[], keyword = "zzz-never") =>
  ctx.h.call("POST", "/api/v1/triggers", {
    token: ctx.w.supervisor.token,
    body: {
      name: `t ${keyword}`,
      event: "created",
      conditions: [{ field: "keywords", values: [keyword] }],
      actions,
    },
  });

describe("trigger targets are active staff of the tenant", () => {
  it("refuses a customer or dealer as assignee or notify target, translated", async () => {
    const { w } = ctx;
    for (const target of [w.bobUser.id, w.aliceUser.id, w.dealer.id]) {
      for (const action of [
        { kind: "assign_user", userId: target },
        { kind: "notify", to: target, message: "Look at {{ticket.number}}" },
      ]) {
        const r = await trigger([action]);
        expect(r.status, `${action.kind} ${target}`).toBe(422);
        expect(r.body.error.code).toBe("trigger.target_invalid");
        expect(r.body.error.message).toContain(target);
      }
    }
    expect((await trigger([{ kind: "assign_user", userId: w.agent.id }])).status).toBe(201);
  });

  it("skips a target that stopped being staff after the trigger was saved, and says so", async () => {
    const { h, w } = ctx;
    const email = `former.${Math.random().toString(36).slice(2, 8)}@targets.test`;
    const former = await h.call("POST", "/api/v1/users", {
      token: w.admin.token,
      body: { email, name: "Former agent", role: "agent", password: PASSWORD },
    });
    const saved = await trigger(
      [
        { kind: "assign_user", userId: former.body.id },
        { kind: "notify", to: former.body.id, message: "New {{ticket.number}}" },
      ],
      "fridge-ice",
    );
    expect(saved.status).toBe(201);
    // The agent becomes a customer (Bob's family account).
    const demoted = await h.call("PATCH", `/api/v1/users/${former.body.id}`, {
      token: w.admin.token,
      body: { role: "customer", customerId: w.bob.id },
    });
    expect(demoted.status).toBe(200);
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: {
        customerId: w.alice.id,
        subject: "fridge-ice",
        description: "fridge-ice everywhere",
        type: "repair",
      },
    });
    expect(t.status).toBe(201);
    const ticket = await h.call("GET", `/api/v1/tickets/${t.body.number}`, { token: w.agent.token });
    expect(ticket.body.assigneeId).not.toBe(former.body.id);
    const events = await h.call("GET", `/api/v1/tickets/${t.body.number}/events`, { token: w.agent.token });
    const skipped = events.body.items.filter((e: { type: string }) => e.type === "trigger_action_skipped");
    expect(skipped.map((e: { data: { action: string } }) => e.data.action).sort()).toEqual([
      "assign_user",
      "notify",
    ]);
    const asFormer = await h.login(email, PASSWORD);
    const notes = await h.call("GET", "/api/v1/notifications", { token: asFormer });
    expect(JSON.stringify(notes.body)).not.toContain(t.body.number);
  });
});

describe("team ids are checked wherever they are accepted", () => {
  it("refuses an unknown team on a ticket and in a trigger, accepts a real one", async () => {
    const { h, w } = ctx;
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: { customerId: w.alice.id, subject: "Team", description: "d", type: "repair" },
    });
    const unknown = await h.call("PATCH", `/api/v1/tickets/${t.body.number}`, {
      token: w.supervisor.token,
      lang: "zh-CN",
      body: { teamId: "team_does_not_exist" },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.error.code).toBe("ticket.team_invalid");
    expect(unknown.body.error.message).toContain("team_does_not_exist");
    expect((await trigger([{ kind: "set_team", teamId: "team_does_not_exist" }])).status).toBe(422);
    const team = await h.call("POST", "/api/v1/teams", {
      token: w.supervisor.token,
      body: { name: "Fridges", memberIds: [w.agent.id] },
    });
    const ok = await h.call("PATCH", `/api/v1/tickets/${t.body.number}`, {
      token: w.supervisor.token,
      body: { teamId: team.body.id },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.teamId).toBe(team.body.id);
  });
});
