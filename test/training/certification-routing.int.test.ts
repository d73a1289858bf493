import { describe, expect, it } from "vitest";
import { PASSWORD, worldPerFile } from "../fixtures.js";

// Certification gates the real assignment path: with "required" a ticket needing a skill goes only
// to an agent holding a valid certification for it, expiry takes that away by itself (clock moved),
// and passing the skill's exam certifies an agent, who then receives those tickets.
const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const DAY = 86_400_000;
const day = (days: number) => new Date(h.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);
let n = 0;
const uniq = (p: string) => `${p}${++n}${Math.random().toString(36).slice(2, 6)}`;

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

async function agent(name: string) {
  const email = `${uniq(name)}@test.local`;
  const u = await ok(
    "POST",
    "/api/v1/users",
    w.admin.token,
    { email, name, role: "agent", password: PASSWORD, skills: ["dishwasher"] },
    201,
  );
  await ok("PUT", `/api/v1/users/${u.id}/presence`, w.admin.token, { status: "online" });
  return { id: u.id as string, token: await h.login(email, PASSWORD) };
}

async function dishwasherTicket(serial: string) {
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.admin.token,
    {
      subject: "洗碗机不加热",
      description: "水是冷的",
      type: "repair",
      customerId: w.bob.id,
      unitSerial: serial,
    },
    201,
  );
  return (await ok("GET", `/api/v1/tickets/${t.id}`, w.admin.token)) as {
    id: string;
    assigneeId: string | null;
  };
}

describe("certification and automatic assignment", () => {
  it("gives a skill's tickets only to certified agents, and expiry turns that off by itself", async () => {
    await ok("PUT", `/api/v1/users/${w.agent.id}/presence`, w.admin.token, { status: "offline" });
    const product = await ok(
      "POST",
      "/api/v1/products",
      w.admin.token,
      { sku: uniq("DW-"), name: "Dishwasher", warrantyMonths: 12, skills: ["dishwasher"] },
      201,
    );
    const unit = await ok(
      "POST",
      "/api/v1/units",
      w.admin.token,
      { serial: uniq("SN-DW-"), productSku: product.sku, customerId: w.bob.id, purchasedAt: day(-30) },
      201,
    );
    const plain = await agent("Uncertified");
    const holder = await agent("Certified");
    await ok("PUT", "/api/v1/routing/settings", w.admin.token, { certification: "required" });
    const cert = await ok(
      "POST",
      "/api/v1/certifications",
      w.supervisor.token,
      { userId: holder.id, skill: "dishwasher", validUntil: day(10) },
      201,
    );
    expect(cert).toMatchObject({
      userId: holder.id,
      skill: "dishwasher",
      expired: false,
      expiringSoon: true,
    });

    // Three tickets: every one to the certified agent, though the other one has less work.
    for (let i = 0; i < 3; i++) expect((await dishwasherTicket(unit.serial)).assigneeId).toBe(holder.id);

    // The customer sees the serving person's certification: its name and validity only.
    const t = await dishwasherTicket(unit.serial);
    const seen = await ok("GET", `/api/v1/tickets/${t.id}/serving-certifications`, w.bobUser.token);
    expect(seen).toEqual({ items: [{ name: "dishwasher", skill: "dishwasher", validUntil: day(10) }] });
    const foreign = await h.call("GET", `/api/v1/tickets/${t.id}/serving-certifications`, {
      token: w.aliceUser.token,
    });
    expect(foreign.status).toBe(404);

    // Eleven days later the certification has lapsed: nobody may take the next ticket.
    h.clock.advance(11 * DAY);
    try {
      const late = await dishwasherTicket(unit.serial);
      expect(late.assigneeId).toBeNull();
      const listed = await ok("GET", `/api/v1/certifications?userId=${holder.id}`, w.admin.token);
      expect(listed.items[0]).toMatchObject({ id: cert.id, expired: true });
      expect(
        (await ok("GET", `/api/v1/tickets/${t.id}/serving-certifications`, w.bobUser.token)).items,
      ).toEqual([]);

      // "preferred": with no certified agent free, anyone with the skill takes it.
      await ok("PUT", "/api/v1/routing/settings", w.admin.token, { certification: "preferred" });
      const after = await ok("GET", `/api/v1/tickets/${late.id}`, w.admin.token);
      expect([plain.id, holder.id]).toContain(after.assigneeId);

      // Passing the exam certifies the agent; back on "required" the skill's tickets go to them.
      await ok("PUT", "/api/v1/routing/settings", w.admin.token, { certification: "required" });
      const waiting = await dishwasherTicket(unit.serial);
      expect(waiting.assigneeId).toBeNull();
      const exam = await dishwasherExam();
      await passExam(plain.token, exam.id);
      // The ticket that waited for someone certified goes to them as soon as they are.
      expect((await ok("GET", `/api/v1/tickets/${waiting.id}`, w.admin.token)).assigneeId).toBe(plain.id);
      const certs = await ok("GET", `/api/v1/certifications?userId=${plain.id}`, w.admin.token);
      expect(certs.items).toMatchObject([{ skill: "dishwasher", name: exam.name, expired: false }]);
      const next = await dishwasherTicket(unit.serial);
      expect(next.assigneeId).toBe(plain.id);
    } finally {
      h.clock.advance(-11 * DAY);
    }
  });

  it("keeps the answer key from the candidate, refuses late answers and caps the attempts", async () => {
    const exam = await dishwasherExam(1, 1);
    const me = await agent("Candidate");
    const attempt = await ok("POST", `/api/v1/exams/${exam.id}/attempts`, me.token, undefined, 201);
    expect(attempt.paper).toHaveLength(4);
    expect(JSON.stringify(attempt)).not.toMatch(/"correct"/);
    expect(attempt.results).toBeNull();
    // The same attempt again while it runs: the same paper, not a new draw.
    const again = await ok("POST", `/api/v1/exams/${exam.id}/attempts`, me.token, undefined, 201);
    expect(again.id).toBe(attempt.id);
    expect(again.paper).toEqual(attempt.paper);

    h.clock.advance(2 * 60_000);
    try {
      const late = await h.call("POST", `/api/v1/exam-attempts/${attempt.id}/submit`, {
        token: me.token,
        lang: "en",
        body: { answers: {} },
      });
      expect(late.status).toBe(409);
      expect(late.body.error.message).toContain("Time is up");
      expect((await ok("GET", `/api/v1/exam-attempts/${attempt.id}`, me.token)).status).toBe("failed");
      const used = await h.call("POST", `/api/v1/exams/${exam.id}/attempts`, {
        token: me.token,
        lang: "zh-CN",
      });
      expect(used.status).toBe(409);
      expect(used.body.error.message).toContain("机会已用完");
    } finally {
      h.clock.advance(-2 * 60_000);
    }
  });

  it("keeps another tenant's exams, attempts and statistics out of reach", async () => {
    const exam = await dishwasherExam();
    const outsider = other.agent.token;
    expect((await h.call("POST", `/api/v1/exams/${exam.id}/attempts`, { token: outsider })).status).toBe(404);
    expect(
      (await h.call("GET", `/api/v1/exams/${exam.id}/statistics`, { token: other.admin.token })).status,
    ).toBe(404);
    const mine = await ok("POST", `/api/v1/exams/${exam.id}/attempts`, w.agent.token, undefined, 201);
    expect(
      (await h.call("GET", `/api/v1/exam-attempts/${mine.id}`, { token: other.admin.token })).status,
    ).toBe(404);
    expect((await ok("GET", "/api/v1/exams", other.admin.token)).items).toEqual([]);
    expect((await ok("GET", "/api/v1/exams/questions", other.admin.token)).items).toEqual([]);
  });
});

// An exam of four questions on the dishwasher skill (its bank grows by four each call).
async function dishwasherExam(timeLimitMinutes = 20, maxAttempts = 3) {
  const skill = "dishwasher";
  const q = (body: Record<string, unknown>) =>
    ok("POST", "/api/v1/exams/questions", w.admin.token, { skill, ...body }, 201);
  await q({
    kind: "single",
    prompt: "Heater check?",
    options: ["Ohmmeter", "Hammer", "Paint"],
    correct: [0],
  });
  await q({
    kind: "multiple",
    prompt: "Causes of no heat?",
    options: ["Heater", "NTC sensor", "Door seal"],
    correct: [0, 1],
  });
  await q({ kind: "true_false", prompt: "Unplug before opening?", correct: [1] });
  await q({ kind: "single", prompt: "Fault E09?", options: ["Heater", "Drain"], correct: [0] });
  return ok(
    "POST",
    "/api/v1/exams",
    w.admin.token,
    {
      name: uniq("Dishwasher cert "),
      skill,
      questionCount: 4,
      timeLimitMinutes,
      passPercent: 75,
      maxAttempts,
      validityMonths: 12,
    },
    201,
  );
}

// Answers every question right (the test reads the key from the bank as the admin).
async function passExam(token: string, examId: string) {
  const attempt = await ok("POST", `/api/v1/exams/${examId}/attempts`, token, undefined, 201);
  const bank = await ok("GET", "/api/v1/exams/questions?skill=dishwasher", w.admin.token);
  const key = new Map(bank.items.map((b: { id: string; correct: number[] }) => [b.id, b.correct]));
  const answers = Object.fromEntries(
    attempt.paper.map((p: { questionId: string }) => [p.questionId, key.get(p.questionId)]),
  );
  const done = await ok("POST", `/api/v1/exam-attempts/${attempt.id}/submit`, token, { answers });
  expect(done).toMatchObject({ status: "passed", percent: 100 });
  expect(done.certificationId).toEqual(expect.any(String));
  return done;
}
