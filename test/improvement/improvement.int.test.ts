import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, w, worlds } = worldPerFile("a", "b");
const other = () => worlds[1];
const DAY = 86_400_000;
const base = "/api/v1/improvement";
const get = (path: string, token = w.supervisor.token, lang?: string) =>
  h.call("GET", `${base}${path}`, { token, lang });
const send = (method: string, path: string, body: unknown, token = w.supervisor.token, lang?: string) =>
  h.call(method, `${base}${path}`, { token, body, lang });

const item = (title: string, r: [number, number, number, number], extra: Record<string, unknown> = {}) =>
  send(
    "POST",
    "/items",
    { title, source: "agent", impact: r[0], cost: r[1], difficulty: r[2], strategicFit: r[3], ...extra },
    w.agent.token,
  );

async function complaint(description: string, world = w) {
  const t = await h.call("POST", "/api/v1/tickets", {
    token: world.agent.token,
    body: { subject: "投诉", description, type: "complaint", customerId: world.bob.id },
  });
  expect(t.status).toBe(201);
  const c = await h.call("GET", `/api/v1/tickets/${t.body.number}/complaint`, { token: world.agent.token });
  return { ticket: t.body as { id: string; number: string }, complaint: c.body as { id: string } };
}

let supervisorId = "";
beforeAll(async () => {
  supervisorId = (await h.call("GET", "/api/v1/me", { token: w.supervisor.token })).body.id;
});

describe("improvement backlog on the weighted matrix", () => {
  it("ranks by the weighted score and re-ranks when a manager changes the weights", async () => {
    // Default weights 4/2/2/2: expensive hit (20+2+2+10)/10 = 3.4, cheap fix (12+10+10+4)/10 = 3.6.
    const hit = await item("Expensive hit", [5, 5, 5, 5]);
    const fix = await item("Cheap fix", [3, 1, 1, 2]);
    expect(hit.status).toBe(201);
    const before = (await get("/items")).body;
    const order = (b: { items: { id: string }[] }) =>
      b.items.map((i) => i.id).filter((id) => id === hit.body.id || id === fix.body.id);
    expect(order(before)).toEqual([fix.body.id, hit.body.id]);
    expect(before.items.find((i: { id: string }) => i.id === fix.body.id).score).toBe(3.6);

    // Only impact and fit count: the hit scores 5, the fix 2.5.
    const put = await send("PUT", "/weights", { impact: 1, cost: 0, difficulty: 0, strategicFit: 1 });
    expect(put.status).toBe(200);
    const after = (await get("/items")).body;
    expect(after.weights).toEqual({ impact: 1, cost: 0, difficulty: 0, strategicFit: 1 });
    expect(order(after)).toEqual([hit.body.id, fix.body.id]);
    await send("PUT", "/weights", { impact: 4, cost: 2, difficulty: 2, strategicFit: 2 });
  });

  it("refuses bad weights in the caller's language, and agents cannot change them", async () => {
    const zero = await send(
      "PUT",
      "/weights",
      { impact: 0, cost: 0, difficulty: 0, strategicFit: 0 },
      w.admin.token,
      "zh-CN",
    );
    expect(zero.status).toBe(400);
    expect(zero.body.error.message).toContain("权重");
    const big = await send("PUT", "/weights", { impact: 11, cost: 0, difficulty: 0, strategicFit: 1 });
    expect(big.status).toBe(400);
    expect(
      (await send("PUT", "/weights", { impact: 1, cost: 1, difficulty: 1, strategicFit: 1 }, w.agent.token))
        .status,
    ).toBe(403);
  });

  it("links evidence that opens from the item, and refuses another tenant's objects as evidence", async () => {
    const { ticket, complaint: c } = await complaint("安装师傅迟到三个小时");
    const raised = await send("POST", "/items", {
      title: "Installer arrival windows",
      source: "complaint",
      impact: 4,
      cost: 2,
      difficulty: 2,
      strategicFit: 4,
      evidence: [
        { kind: "complaint", ref: c.id },
        { kind: "ticket", ref: ticket.number },
        { kind: "kpi", ref: "volume", from: "2026-01-01", to: "2026-01-31" },
      ],
    });
    expect(raised.status).toBe(201);
    expect(raised.body.evidence).toEqual([
      expect.objectContaining({ kind: "complaint", ref: c.id, ticketNumber: ticket.number, label: "投诉" }),
      expect.objectContaining({ kind: "ticket", ref: ticket.id, ticketNumber: ticket.number }),
      expect.objectContaining({
        kind: "kpi",
        ref: "volume",
        period: { from: "2026-01-01", to: "2026-01-31" },
      }),
    ]);
    const foreign = await complaint("别的租户的投诉", other());
    const refused = await send(
      "POST",
      `/items/${raised.body.id}/evidence`,
      // Numbers repeat across tenants (each counts its own): the foreign ticket is named by its id.
      { kind: "ticket", ref: foreign.ticket.id },
      w.agent.token,
      "en",
    );
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toContain(foreign.ticket.id);
    const foreignComplaint = await send(
      "POST",
      `/items/${raised.body.id}/evidence`,
      { kind: "complaint", ref: foreign.complaint.id },
      w.agent.token,
    );
    expect(foreignComplaint.status).toBe(400);
  });

  it("keeps each tenant's items to itself", async () => {
    const mine = await item("Mine", [3, 3, 3, 3]);
    const theirs = await h.call("POST", `${base}/items`, {
      token: other().agent.token,
      body: { title: "Theirs", source: "agent", impact: 3, cost: 3, difficulty: 3, strategicFit: 3 },
    });
    expect((await get(`/items/${theirs.body.id}`)).status).toBe(404);
    expect((await send("PATCH", `/items/${theirs.body.id}`, { impact: 1 })).status).toBe(404);
    expect((await get("/items")).body.items.map((i: { id: string }) => i.id)).not.toContain(theirs.body.id);
    expect(
      (await h.call("GET", `${base}/items/${mine.body.id}`, { token: other().supervisor.token })).status,
    ).toBe(404);
  });

  it("takes customers' suggestions into the backlog", async () => {
    const s = await send(
      "POST",
      "/suggestions",
      { title: "微信预约上门", description: "希望能在微信里约时间" },
      w.bobUser.token,
    );
    expect(s.status).toBe(201);
    const listed = (await get("/items")).body.items.find((i: { id: string }) => i.id === s.body.id);
    expect(listed).toMatchObject({ source: "customer", status: "open" });
  });
});

describe("KANO questionnaire", () => {
  it("classifies from staff-entered answers and answers through the public link page", async () => {
    const i = await item("Evening visits", [4, 3, 3, 4]);
    for (const [f, d] of [
      ["like", "dislike"],
      ["like", "dislike"],
      ["expect", "dislike"],
    ])
      await send(
        "POST",
        `/items/${i.body.id}/kano-answers`,
        { functional: f, dysfunctional: d },
        w.agent.token,
      );
    const opened = await send("POST", `/items/${i.body.id}/kano-questionnaire`, {
      functional: "如果晚上 6–9 点也能上门？",
      dysfunctional: "如果只能白天上门？",
    });
    expect(opened.body.kanoLink).toMatch(/^\/kano\/[\w-]+$/);
    const page = await h.call("GET", opened.body.kanoLink, { lang: "zh-CN" });
    expect(page.status).toBe(200);
    expect(String(page.body)).toContain("如果只能白天上门？");
    const answer = await h.call("POST", opened.body.kanoLink, {
      raw: new URLSearchParams({ functional: "like", dysfunctional: "neutral" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(answer.status).toBe(200);
    const missing = await h.call("POST", opened.body.kanoLink, {
      raw: new URLSearchParams({ functional: "like" }),
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    expect(missing.status).toBe(400);
    const detail = (await get(`/items/${i.body.id}`)).body;
    // performance 2, basic 1, delight 1: performance; better (1+2)/4, worse −(2+1)/4.
    expect(detail.kano).toMatchObject({ responses: 4, category: "performance", better: 0.75, worse: -0.75 });
    expect(detail.kano.distribution).toMatchObject({ performance: 2, basic: 1, delight: 1 });
    expect((await h.call("GET", "/kano/not-a-real-token-at-all")).status).toBe(200);
  });
});

describe("PDCA cycle", () => {
  it("computes the KPI before the plan and after the do phase on equal windows", async () => {
    const open = () =>
      h.call("POST", "/api/v1/tickets", {
        token: w.agent.token,
        body: { subject: "S", description: "D", type: "repair", customerId: w.alice.id },
      });
    const { complaint: c } = await complaint("噪音太大");
    // Day 0: three tickets and the complaint (4 created). Day 1: the plan starts.
    for (let n = 0; n < 3; n++) await open();
    h.clock.advance(DAY);
    const raised = await send("POST", "/items", {
      title: "Quieter installs",
      source: "complaint",
      impact: 4,
      cost: 2,
      difficulty: 3,
      strategicFit: 4,
      evidence: [{ kind: "complaint", ref: c.id }],
    });
    const cycle = await send("POST", `/items/${raised.body.id}/cycles`, {
      ownerId: supervisorId,
      kpiId: "volume",
      targetValue: 2,
      dueDate: "2026-12-31",
      windowDays: 30,
    });
    expect(cycle.status).toBe(201);
    expect(cycle.body).toMatchObject({ phase: "plan", iteration: 1 });
    const id = cycle.body.id;

    const noTask = await send("POST", `/cycles/${id}/transitions`, { to: "do" }, w.supervisor.token, "zh-CN");
    expect(noTask.status).toBe(409);
    expect(noTask.body.error.message).toContain("任务");
    const skip = await send("POST", `/cycles/${id}/transitions`, { to: "check" });
    expect(skip.status).toBe(409);
    expect(skip.body.error.code).toBe("improvement.illegal_move");

    const withTask = await send("POST", `/cycles/${id}/tasks`, {
      title: "Train installers",
      ownerId: supervisorId,
    });
    const taskId = withTask.body.tasks[0].id;
    expect((await send("POST", `/cycles/${id}/transitions`, { to: "do" })).body.phase).toBe("do");
    const early = await send("POST", `/cycles/${id}/transitions`, { to: "check" }, w.supervisor.token, "en");
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain("1 open");
    await send("PATCH", `/cycles/${id}/tasks/${taskId}`, { done: true }, w.agent.token);

    // Day 2: the do phase ends; one ticket is created after it.
    h.clock.advance(DAY);
    await open();
    const checked = await send("POST", `/cycles/${id}/transitions`, { to: "check" });
    expect(checked.status).toBe(200);
    const day = (offset: number) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(
        new Date(Date.now() + offset * DAY),
      );
    // The clock is two days ahead: day 0 is today, the plan started day 1, do ended day 2.
    expect(checked.body.check).toEqual({
      before: { from: day(0), to: day(0), value: expect.any(Number) },
      after: { from: day(2), to: day(2), value: 1 },
      days: 1,
    });
    expect(checked.body.check.before.value).toBeGreaterThanOrEqual(4);
    expect(checked.body.targetMet).toBe(false);

    // A day later the after window has grown to two days, and the before window with it.
    h.clock.advance(DAY);
    await open();
    const later = (await get(`/cycles/${id}`)).body;
    expect(later.check).toMatchObject({
      before: { from: day(-1), to: day(0) },
      after: { from: day(2), to: day(3), value: 2 },
      days: 2,
    });
    expect(later.targetMet).toBe(true);

    const acting = await send("POST", `/cycles/${id}/transitions`, { to: "act" });
    expect(acting.body.phase).toBe("act");
    const closed = await send("POST", `/cycles/${id}/act`, {
      decision: "standardise",
      title: "SOP: quiet installation",
      body: "Check the mounting bracket with the noise meter before leaving.",
    });
    expect(closed.status).toBe(200);
    expect(closed.body).toMatchObject({ phase: "closed", decision: "standardise" });
    const article = await h.call("GET", `/api/v1/kb/articles/${closed.body.articleId}`, {
      token: w.supervisor.token,
    });
    expect(article.body).toMatchObject({ title: "SOP: quiet installation", visibility: "internal" });
    expect(closed.body.history.map((x: { to: string }) => x.to)).toEqual([
      "plan",
      "do",
      "check",
      "act",
      "closed",
    ]);
    const itemNow = (await get(`/items/${raised.body.id}`)).body;
    expect(itemNow.status).toBe("done");
    const audit = await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token });
    const moves = audit.body.items.filter(
      (e: { action: string; entityId: string }) =>
        e.action === "improvement.cycle_moved" && e.entityId === id,
    );
    expect(moves).toHaveLength(4);

    const plan = (await get("/plan?year=2026")).body;
    expect(plan.quarters.map((q: { quarter: string }) => q.quarter)).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
    ]);
    expect(plan.quarters[3].cycles.map((x: { id: string }) => x.id)).toContain(id);
  });

  it("iterates into a new cycle, and refuses unknown KPIs and owners", async () => {
    const i = await item("Faster parts", [4, 2, 2, 4]);
    const bad = await send(
      "POST",
      `/items/${i.body.id}/cycles`,
      { ownerId: supervisorId, kpiId: "happiness", targetValue: 1, dueDate: "2026-06-30" },
      w.supervisor.token,
      "en",
    );
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain("happiness");
    const noOwner = await send("POST", `/items/${i.body.id}/cycles`, {
      ownerId: w.bob.id,
      kpiId: "volume",
      targetValue: 1,
      dueDate: "2026-06-30",
    });
    expect(noOwner.status).toBe(400);
    const c = await send("POST", `/items/${i.body.id}/cycles`, {
      ownerId: supervisorId,
      kpiId: "backlog",
      targetValue: 0,
      dueDate: "2026-06-30",
    });
    expect(
      (
        await send("POST", `/items/${i.body.id}/cycles`, {
          ownerId: supervisorId,
          kpiId: "backlog",
          targetValue: 0,
          dueDate: "2026-06-30",
        })
      ).status,
    ).toBe(409);
    const t = await send("POST", `/cycles/${c.body.id}/tasks`, { title: "Stock fast movers" });
    await send("PATCH", `/cycles/${c.body.id}/tasks/${t.body.tasks[0].id}`, { done: true });
    for (const to of ["do", "check", "act"])
      expect((await send("POST", `/cycles/${c.body.id}/transitions`, { to })).status).toBe(200);
    const next = await send("POST", `/cycles/${c.body.id}/act`, { decision: "iterate" });
    expect(next.body).toMatchObject({ phase: "closed", decision: "iterate" });
    const second = (await get(`/cycles/${next.body.nextCycleId}`)).body;
    expect(second).toMatchObject({ phase: "plan", iteration: 2, kpiId: "backlog" });
  });

  it("does not show another tenant's cycle", async () => {
    const me = (await h.call("GET", "/api/v1/me", { token: other().supervisor.token })).body.id;
    const i = await h.call("POST", `${base}/items`, {
      token: other().supervisor.token,
      body: { title: "Theirs", source: "agent", impact: 3, cost: 3, difficulty: 3, strategicFit: 3 },
    });
    const c = await h.call("POST", `${base}/items/${i.body.id}/cycles`, {
      token: other().supervisor.token,
      body: { ownerId: me, kpiId: "volume", targetValue: 1, dueDate: "2026-06-30" },
    });
    expect(c.status).toBe(201);
    expect((await get(`/cycles/${c.body.id}`)).status).toBe(404);
    expect((await send("POST", `/cycles/${c.body.id}/transitions`, { to: "do" })).status).toBe(404);
  });
});

describe("benchmark", () => {
  it("puts peers' published promises beside our SLA targets", async () => {
    const b = (await get("/benchmark")).body;
    expect(b.peers.length).toBeGreaterThanOrEqual(3);
    for (const p of b.peers) expect(p.source).toMatch(/^https:\/\//);
    expect(b.ours.policies).toBeGreaterThanOrEqual(0);
  });
});
