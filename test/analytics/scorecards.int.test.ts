import { beforeAll, describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

// Scorecards, service stars and coaching on the real API (issue 21). In tenant a this month:
// the world's agent resolves three repairs (on target everywhere), a second agent holds one open
// complaint (complaint rate 100 % against 2 %), the technician handles nothing.
const { h, w, worlds } = worldPerFile("a", "b");
const monthIn = (at: Date) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(at).slice(0, 7);
const period = monthIn(new Date());
type Card = {
  id: string;
  subjectId: string;
  score: number | null;
  volume: number;
  weakKpis: string[];
  kpis: { kpi: string; normalised: number | null }[];
};
let agent2: { id: string; email: string; token: string };
let teamLead: { id: string; token: string };
let teamId: string;
let cards: Card[];
const cardOf = (userId: string) => cards.find((c) => c.subjectId === userId) as Card;

beforeAll(async () => {
  agent2 = await w.post("/api/v1/users", {
    email: `agent2.${Date.now()}@test.local`,
    name: "Agent Two",
    role: "agent",
    password: PASSWORD,
  });
  agent2.token = await h.login(agent2.email, PASSWORD);
  const lead = await w.post("/api/v1/users", {
    email: `lead.${Date.now()}@test.local`,
    name: "Team lead",
    role: "supervisor",
    password: PASSWORD,
  });
  teamLead = { id: lead.id, token: await h.login(lead.email, PASSWORD) };
  // The team lead leads a team of the world's agent only.
  teamId = (await w.post("/api/v1/teams", { name: "Desk A", memberIds: [lead.id, w.agent.id] })).id;
  const open = async (type: string, assigneeId: string) => {
    const t = await w.post("/api/v1/tickets", { subject: "S", description: "D", type, customerId: w.bob.id });
    expect(
      (await h.call("PATCH", `/api/v1/tickets/${t.id}`, { token: w.admin.token, body: { assigneeId } }))
        .status,
    ).toBe(200);
    return t;
  };
  for (let i = 0; i < 3; i++) {
    const t = await open("repair", w.agent.id);
    const r = await h.call("POST", `/api/v1/tickets/${t.id}/transitions`, {
      token: w.agent.token,
      body: { action: "resolve", reason: "fixed" },
    });
    expect(r.status).toBe(200);
  }
  await open("complaint", agent2.id);
  const computed = await h.call("POST", "/api/v1/scorecards/compute", {
    token: w.supervisor.token,
    body: { period },
  });
  expect(computed.status).toBe(200);
  cards = computed.body.items;
});

describe("scorecards", () => {
  it("scores each person against the targets and the peers' volume", () => {
    const good = cardOf(w.agent.id);
    expect(good.volume).toBe(3);
    expect(good.score).toBe(100);
    expect(good.weakKpis).toEqual([]);
    const weak = cardOf(agent2.id);
    // complaint rate 1 against 0.02 → 2; volume 1 against the agents' mean of 2 → 50;
    // (15·2 + 10·50) ÷ (15 + 10) = 21.2 with the default agent weights.
    expect(weak.kpis.find((k) => k.kpi === "complaint_rate")?.normalised).toBe(2);
    expect(weak.kpis.find((k) => k.kpi === "volume")?.normalised).toBe(50);
    expect(weak.score).toBe(21.2);
    expect(weak.weakKpis).toEqual(["complaint_rate"]);
    expect(cardOf(w.technician.id).score).toBeNull();
  });

  it("shows a person only their own card: another's is 403 in their language", async () => {
    const mine = await h.call("GET", `/api/v1/scorecards?period=${period}`, { token: agent2.token });
    expect(mine.body.items.map((c: Card) => c.subjectId)).toEqual([agent2.id]);
    expect(
      (await h.call("GET", `/api/v1/scorecards/${cardOf(agent2.id).id}`, { token: agent2.token })).status,
    ).toBe(200);
    const other = await h.call("GET", `/api/v1/scorecards/${cardOf(agent2.id).id}`, {
      token: w.agent.token,
      lang: "zh-CN",
    });
    expect(other.status).toBe(403);
    expect(other.body.error.message).toBe("您只能查看本人或本团队成员的计分卡与辅导计划。");
  });

  it("shows a team lead their team, and no one another tenant's cards", async () => {
    const list = await h.call("GET", `/api/v1/scorecards?period=${period}`, { token: teamLead.token });
    // The agent in their team and the team itself.
    expect(list.body.items.map((c: Card) => c.subjectId).sort()).toEqual([w.agent.id, teamId].sort());
    expect(list.body.items.some((c: Card) => c.subjectId === agent2.id)).toBe(false);
    expect(
      (await h.call("GET", `/api/v1/scorecards/${cardOf(agent2.id).id}`, { token: teamLead.token })).status,
    ).toBe(403);
    const b = worlds[1];
    expect(
      (await h.call("GET", `/api/v1/scorecards/${cardOf(agent2.id).id}`, { token: b.admin.token })).status,
    ).toBe(404);
    const theirs = await h.call("GET", `/api/v1/scorecards?period=${period}`, { token: b.admin.token });
    expect(JSON.stringify(theirs.body)).not.toContain(agent2.id);
  });

  it("takes the admin's weights when they add up to 100, and refuses them otherwise", async () => {
    const weights = { complaint_rate: 50, volume: 30 };
    const bad = await h.call("PUT", "/api/v1/scorecards/weights", {
      token: w.admin.token,
      lang: "zh-CN",
      body: { role: "agent", weights },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.message).toBe("权重之和必须为 100（当前为 80）。");
    const byLead = await h.call("PUT", "/api/v1/scorecards/weights", {
      token: w.supervisor.token,
      body: { role: "agent", weights },
    });
    expect(byLead.status).toBe(403);
    const ok = await h.call("PUT", "/api/v1/scorecards/weights", {
      token: w.admin.token,
      body: { role: "agent", weights: { complaint_rate: 50, volume: 50 } },
    });
    expect(ok.status).toBe(200);
    const again = await h.call("POST", "/api/v1/scorecards/compute", {
      token: w.admin.token,
      body: { period },
    });
    // (50·2 + 50·50) ÷ 100 = 26
    expect(again.body.items.find((c: Card) => c.subjectId === agent2.id).score).toBe(26);
    cards = again.body.items;
  });
});

describe("coaching plans", () => {
  let planId: string;
  it("a lead opens one from a card below target, its weak KPIs as goals", async () => {
    const onTarget = await h.call("POST", "/api/v1/coaching-plans", {
      token: w.supervisor.token,
      body: { scorecardId: cardOf(w.agent.id).id },
    });
    expect(onTarget.status).toBe(422);
    expect(
      (
        await h.call("POST", "/api/v1/coaching-plans", {
          token: w.agent.token,
          body: { scorecardId: cardOf(agent2.id).id },
        })
      ).status,
    ).toBe(403);
    const r = await h.call("POST", "/api/v1/coaching-plans", {
      token: w.supervisor.token,
      body: { scorecardId: cardOf(agent2.id).id },
    });
    expect(r.status).toBe(201);
    planId = r.body.id;
    expect(r.body.goals).toMatchObject([
      { kpi: "complaint_rate", target: 0.02, before: null, since: 1, met: false },
    ]);
    const twice = await h.call("POST", "/api/v1/coaching-plans", {
      token: w.supervisor.token,
      body: { scorecardId: cardOf(agent2.id).id },
    });
    expect(twice.status).toBe(409);
  });

  it("takes goals and sessions; the person reads their own plan, nobody else's", async () => {
    const goal = await h.call("POST", `/api/v1/coaching-plans/${planId}/goals`, {
      token: w.supervisor.token,
      body: { kpi: "fcr_rate", target: 0.9, dueOn: "2030-01-31" },
    });
    expect(goal.status).toBe(201);
    const session = await h.call("POST", `/api/v1/coaching-plans/${planId}/sessions`, {
      token: w.supervisor.token,
      body: { heldOn: "2030-01-05", notes: "Listened to two calls", actions: "Apologise first" },
    });
    expect(session.status).toBe(201);
    const own = await h.call("GET", `/api/v1/coaching-plans/${planId}`, { token: agent2.token });
    expect(own.status).toBe(200);
    expect(own.body.goals.map((g: { kpi: string }) => g.kpi)).toEqual(["complaint_rate", "fcr_rate"]);
    expect(own.body.sessions).toMatchObject([{ notes: "Listened to two calls", actions: "Apologise first" }]);
    expect((await h.call("GET", `/api/v1/coaching-plans/${planId}`, { token: w.agent.token })).status).toBe(
      403,
    );
    expect(
      (await h.call("GET", `/api/v1/coaching-plans/${planId}`, { token: worlds[1].admin.token })).status,
    ).toBe(404);
    expect((await h.call("GET", "/api/v1/coaching-plans", { token: w.agent.token })).body.items).toEqual([]);
    const bad = await h.call("POST", `/api/v1/coaching-plans/${planId}/goals`, {
      token: w.supervisor.token,
      body: { kpi: "happiness", target: -1, dueOn: "soon" },
    });
    expect(bad.status).toBe(400);
  });

  it("closes with an outcome, after which it takes nothing more", async () => {
    const closed = await h.call("POST", `/api/v1/coaching-plans/${planId}/close`, {
      token: w.supervisor.token,
      body: { outcome: "partly_improved", note: "Fewer complaints" },
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ status: "closed", outcome: "partly_improved" });
    const late = await h.call("POST", `/api/v1/coaching-plans/${planId}/sessions`, {
      token: w.supervisor.token,
      body: { heldOn: "2030-02-01", notes: "x" },
    });
    expect(late.status).toBe(409);
  });
});

describe("service stars", () => {
  it("are picked from a finished month only, once, with the minimum volume", async () => {
    const early = await h.call("POST", "/api/v1/service-awards", {
      token: w.supervisor.token,
      body: { period, topN: 1, minVolume: 1 },
    });
    expect(early.status).toBe(422);
    // Into the first days of next month (tokens are signed in again: sessions last 30 days).
    const now = new Date();
    const next = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 2, 4));
    h.clock.advance(next.getTime() - now.getTime());
    const admin = await h.login(w.admin.email, PASSWORD);
    // The month is computed once more after it ended, then stays: later weights leave it as it is.
    const picked = await h.call("POST", "/api/v1/service-awards", {
      token: admin,
      body: { period, topN: 2, minVolume: 2 },
    });
    expect(picked.status).toBe(201);
    expect(
      picked.body.items.map((a: { userId: string; role: string; rank: number }) => [
        a.userId,
        a.role,
        a.rank,
      ]),
    ).toEqual([[w.agent.id, "agent", 1]]);
    expect((await h.call("POST", "/api/v1/service-awards", { token: admin, body: { period } })).status).toBe(
      409,
    );
    const before = (await h.call("GET", `/api/v1/scorecards?period=${period}`, { token: admin })).body.items;
    await h.call("PUT", "/api/v1/scorecards/weights", {
      token: admin,
      body: { role: "agent", weights: { complaint_rate: 100 } },
    });
    await h.call("POST", "/api/v1/scorecards/compute", { token: admin, body: { period } });
    expect((await h.call("GET", `/api/v1/scorecards?period=${period}`, { token: admin })).body.items).toEqual(
      before,
    );
    const agentToken = await h.login(w.agent.email, PASSWORD);
    const card = await h.call("GET", `/api/v1/scorecards/${cardOf(w.agent.id).id}`, { token: agentToken });
    expect(card.body.awards).toEqual([{ period, rank: 1 }]);
    const all = await h.call("GET", "/api/v1/service-awards", { token: agentToken });
    expect(all.body.items).toHaveLength(1);
  });
});
