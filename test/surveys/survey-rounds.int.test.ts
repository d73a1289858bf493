import { describe, expect, it } from "vitest";
import { segmentCustomerIds } from "../../src/server/modules/analytics/insight/segment-audience.js";
import { ownersOfUpdatedUnits } from "../../src/server/modules/products/index.js";
import {
  startDueRounds,
  surveyRoundInvitationJob,
} from "../../src/server/modules/surveys/use-cases/survey-rounds.js";
import { enqueue } from "../../src/server/platform/jobs/queue.js";
import { worldPerFile } from "../fixtures.js";
import { localSurveyDelivery } from "./local-delivery.js";

// Three tenants: one with a quarterly relationship NPS, one asking owners after a product update,
// one whose quarterly round goes to a customer segment.
const { h, worlds } = worldPerFile("rq", "ru", "rs");
const [w, u, v] = worlds;
const delivery = localSurveyDelivery(h, [
  [w, "service@rounds-q.test"],
  [u, "service@rounds-u.test"],
  [v, "service@rounds-s.test"],
]);
const texts = delivery.texts;
const DAY = 86_400_000;

// A tick reports more work only after a full batch; a round's jobs queue further jobs (fan-out →
// invitations), so a few passes.
const runJobs = async () => {
  for (let pass = 0; pass < 4; pass++) while (await h.jobs.tick()) {}
};
// The hourly scheduler's run as the runner makes it (one transaction).
const schedulerRun = () =>
  h.services.db.transaction((tx) =>
    startDueRounds({ tx, s: h.services, jobId: 0, tenantId: null, attempt: 1, now: h.clock.now() }),
  );
const surveyMailsTo = (address: string) => delivery.mailsTo(address, true);
const tenantDay = (at = h.clock.now()) =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(at);
let n = 0;
const tag = () => `${++n}${Math.random().toString(36).slice(2, 6)}`;

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}
const customer = (world: typeof w, name: string, extra: Record<string, unknown> = {}) =>
  ok("POST", "/api/v1/customers", world.admin.token, { name, kind: "person", ...extra }, 201);
const QUESTIONS = [
  { id: "nps", kind: "nps", text: "您会向朋友推荐我们吗？", textEn: "Would you recommend us?" },
];

describe("a survey after a product update", () => {
  it("asks only the owners of the updated model's units, after the survey's delay", async () => {
    const admin = u.admin.token;
    const model = async (name: string) =>
      ok(
        "POST",
        "/api/v1/products",
        admin,
        { sku: `TV-${tag()}`, name, category: "tv", warrantyMonths: 12 },
        201,
      );
    const [tvA, tvB] = [await model("电视 A"), await model("电视 B")];
    const owner = async (name: string, ...skus: string[]) => {
      const c = await customer(u, name, { email: `${name.toLowerCase()}.${tag()}@example.com` });
      for (const sku of skus)
        await ok(
          "POST",
          "/api/v1/units",
          admin,
          { serial: `SN-${tag()}`, productSku: sku, customerId: c.id, purchasedAt: tenantDay() },
          201,
        );
      return c;
    };
    const carol = await owner("Carol", tvA.sku);
    const gina = await owner("Gina", tvA.sku, tvB.sku);
    const hank = await owner("Hank", tvB.sku);
    const survey = await ok(
      "POST",
      "/api/v1/surveys",
      admin,
      { name: "升级后满意度", trigger: "product_update", questions: QUESTIONS },
      201,
    );
    expect(survey.delayDays).toBe(0);

    const bad = await h.call("POST", "/api/v1/product-updates", {
      token: admin,
      body: {
        productSku: tvA.sku,
        productLine: "tv",
        version: "2.0",
        title: "新固件",
        releasedOn: tenantDay(),
      },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("product.update_target");
    const unknown = await h.call("POST", "/api/v1/product-updates", {
      token: admin,
      body: { productSku: "NOPE-1", version: "2.0", title: "新固件", releasedOn: tenantDay() },
    });
    expect(unknown.status).toBe(404);
    const byAgent = await h.call("POST", "/api/v1/product-updates", {
      token: u.agent.token,
      body: { productSku: tvA.sku, version: "2.0", title: "新固件", releasedOn: tenantDay() },
    });
    expect(byAgent.status).toBe(403);

    // Model A's update, released today, no delay: A's owners are asked at once.
    await ok(
      "POST",
      "/api/v1/product-updates",
      admin,
      {
        productSku: tvA.sku,
        version: "2.0",
        title: "画质升级",
        titleEn: "Picture upgrade",
        releasedOn: tenantDay(),
      },
      201,
    );
    await runJobs();
    await schedulerRun();
    await runJobs();
    expect(surveyMailsTo(carol.email)).toHaveLength(1);
    expect(surveyMailsTo(gina.email)).toHaveLength(1);
    expect(surveyMailsTo(hank.email)).toHaveLength(0);
    expect(surveyMailsTo(u.alice.email)).toHaveLength(0);
    expect(surveyMailsTo(u.bob.email)).toHaveLength(0);

    // Three days' delay: model B's update reaches Hank on the third day, not before; Gina, asked
    // about model A three days ago, is within the 30-day cap.
    await ok("PUT", `/api/v1/surveys/${survey.id}`, admin, {
      name: survey.name,
      trigger: "product_update",
      delayDays: 3,
      questions: QUESTIONS,
    });
    await ok(
      "POST",
      "/api/v1/product-updates",
      admin,
      { productSku: tvB.sku, version: "1.1", title: "降噪", releasedOn: tenantDay() },
      201,
    );
    await runJobs();
    await schedulerRun();
    await runJobs();
    expect(surveyMailsTo(hank.email)).toHaveLength(0);
    h.clock.advance(3 * DAY);
    await schedulerRun();
    await schedulerRun();
    await runJobs();
    expect(surveyMailsTo(hank.email)).toHaveLength(1);
    expect(surveyMailsTo(gina.email)).toHaveLength(1);
    expect(surveyMailsTo(carol.email)).toHaveLength(1);

    // A product line's update names the owners of every model of the line (not the washers').
    const lineOwners = await ownersOfUpdatedUnits(h.services.db, u.tenantId, {
      productId: null,
      productLine: "tv",
    });
    expect(lineOwners.sort()).toEqual([carol.id, gina.id, hank.id].sort());

    const list = await ok("GET", "/api/v1/product-updates", u.supervisor.token);
    expect(list.items.map((i: { productSku: string }) => i.productSku).sort()).toEqual(
      [tvA.sku, tvB.sku].sort(),
    );
    const other = await ok("GET", "/api/v1/product-updates", w.admin.token);
    expect(other.items).toEqual([]);
  });
});

describe("a quarterly round aimed at a customer segment", () => {
  it("asks only the segment's reachable customers of this tenant, within the caps", async () => {
    const email = (who: string) => `${who}.${tag()}@example.com`;
    // A complaint puts a regular customer in "unhappy" (analytics' segment rules).
    const complaint = async (world: typeof w, customerId: string) =>
      ok(
        "POST",
        "/api/v1/tickets",
        world.agent.token,
        { subject: "噪音太大", description: "洗衣机噪音", type: "complaint", customerId },
        201,
      );
    const ursula = await customer(v, "Ursula", { email: email("ursula") });
    await complaint(v, ursula.id);
    const quinn = await customer(v, "Quinn (no address)");
    await complaint(v, quinn.id);
    const hal = await customer(v, "Hal", { email: email("hal") });
    await complaint(v, hal.id);
    const dora = await customer(v, "Dora", { email: email("dora") });
    // Another tenant's unhappy customer.
    const ivy = await customer(u, "Ivy", { email: email("ivy") });
    await complaint(u, ivy.id);

    const bad = await h.call("POST", "/api/v1/surveys", {
      token: v.admin.token,
      body: { name: "x", trigger: "ticket_closed", audienceSegment: "unhappy", questions: QUESTIONS },
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("survey.audience_periodic_only");
    const unknown = await h.call("POST", "/api/v1/surveys", {
      token: v.admin.token,
      body: {
        name: "x",
        trigger: "periodic",
        periodSchedule: { monthOfQuarter: 1, day: 1 },
        audienceSegment: "nobody",
        questions: QUESTIONS,
      },
    });
    expect(unknown.status).toBe(400);

    // Hal was asked by hand today: the 30-day cap still keeps him out.
    const byHand = await ok(
      "POST",
      "/api/v1/surveys",
      v.admin.token,
      { name: "手工 2", questions: QUESTIONS },
      201,
    );
    await ok(
      "POST",
      `/api/v1/surveys/${byHand.id}/invitations`,
      v.supervisor.token,
      { customerId: hal.id, channel: "link" },
      201,
    );
    const survey = await ok(
      "POST",
      "/api/v1/surveys",
      v.supervisor.token,
      {
        name: "不满意客户回访",
        trigger: "periodic",
        periodSchedule: { monthOfQuarter: 1, day: 1 },
        audienceSegment: "unhappy",
        questions: QUESTIONS,
      },
      201,
    );
    expect(survey.audienceSegment).toBe("unhappy");
    const listed = await ok("GET", `/api/v1/surveys/${survey.id}`, v.admin.token);
    expect(listed.audienceSegment).toBe("unhappy");

    await schedulerRun();
    await runJobs();
    expect(surveyMailsTo(ursula.email)).toHaveLength(1);
    expect(surveyMailsTo(hal.email)).toHaveLength(0);
    expect(surveyMailsTo(dora.email)).toHaveLength(0);
    expect(surveyMailsTo(ivy.email)).toHaveLength(0);
    expect(surveyMailsTo(v.alice.email)).toHaveLength(0);
    expect(surveyMailsTo(v.bob.email)).toHaveLength(0);
    const results = await ok("GET", `/api/v1/surveys/${survey.id}/results`, v.supervisor.token);
    expect(results.invitations).toBe(1);
    expect(quinn.email ?? null).toBeNull();
    // What analytics hands the round: this tenant's unhappy customers, never another tenant's.
    const members = await segmentCustomerIds(h.services.db, v.tenantId, "unhappy", h.clock.now());
    expect(members).toEqual(expect.arrayContaining([ursula.id, quinn.id, hal.id]));
    expect(members).not.toContain(dora.id);
    expect(members).not.toContain(ivy.id);
    // A page of the round asks about its own customers only; another tenant's id names nobody.
    const page = await segmentCustomerIds(h.services.db, v.tenantId, "unhappy", h.clock.now(), [
      ursula.id,
      dora.id,
      ivy.id,
    ]);
    expect(page).toEqual([ursula.id]);

    // Edited without the field (and turned off): the segment is kept.
    const kept = await ok("PUT", `/api/v1/surveys/${survey.id}`, v.admin.token, {
      name: survey.name,
      trigger: "periodic",
      periodSchedule: survey.periodSchedule,
      questions: QUESTIONS,
      active: false,
    });
    expect(kept.audienceSegment).toBe("unhappy");
  });
});

// Last: it moves the clock a quarter ahead.
describe("a quarterly relationship NPS", () => {
  it("asks each reachable customer once per quarter by their channel, within quotas and caps", async () => {
    const email = (who: string) => `${who}.${tag()}@example.com`;
    const carol = await customer(w, "Carol", { email: email("carol") });
    const phone = `1370000${String(Date.now()).slice(-4)}`;
    const dan = await customer(w, "Dan", { email: email("dan"), phone, preferredChannel: "sms" });
    await customer(w, "Erin (no address)");
    const frank = await customer(w, "Frank", { email: email("frank") });
    const missing = await h.call("POST", "/api/v1/surveys", {
      token: w.admin.token,
      body: { name: "季度 NPS", trigger: "periodic", questions: QUESTIONS },
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe("survey.schedule_required");
    // Frank was asked by hand today: the 30-day cap keeps him out of this quarter's round.
    const other = await ok(
      "POST",
      "/api/v1/surveys",
      w.admin.token,
      { name: "手工", questions: QUESTIONS },
      201,
    );
    await ok(
      "POST",
      `/api/v1/surveys/${other.id}/invitations`,
      w.supervisor.token,
      { customerId: frank.id, channel: "link" },
      201,
    );
    const survey = await ok(
      "POST",
      "/api/v1/surveys",
      w.admin.token,
      {
        name: "季度关系 NPS",
        trigger: "periodic",
        // The first day of every quarter: today's quarter is due.
        periodSchedule: { monthOfQuarter: 1, day: 1 },
        // High-value customers (Alice is gold) are asked by their account managers instead.
        segmentQuotas: { high_value: 0 },
        questions: QUESTIONS,
      },
      201,
    );
    expect(survey).toMatchObject({ trigger: "periodic", periodSchedule: { monthOfQuarter: 1, day: 1 } });

    // Two scheduler runs at once (two workers; concurrent transactions on PostgreSQL), and another
    // after the jobs ran (a restart): one round.
    await Promise.all([schedulerRun(), schedulerRun()]);
    await runJobs();
    await schedulerRun();
    await runJobs();
    expect(surveyMailsTo(carol.email)).toHaveLength(1);
    expect(surveyMailsTo(w.bob.email)).toHaveLength(1);
    expect(surveyMailsTo(dan.email)).toHaveLength(0);
    expect(texts.filter((t) => t.to === phone)).toHaveLength(1);
    expect(surveyMailsTo(frank.email)).toHaveLength(0);
    expect(surveyMailsTo(w.alice.email)).toHaveLength(0);
    // A retried invitation job (no singleton left to stop it) finds the round's link made.
    await h.services.db.transaction((tx) =>
      enqueue(tx, surveyRoundInvitationJob, {
        tenantId: w.tenantId,
        surveyId: survey.id,
        round: `${tenantDay().slice(0, 4)}-Q${Math.floor((Number(tenantDay().slice(5, 7)) - 1) / 3) + 1}`,
        customerId: carol.id,
      }),
    );
    await runJobs();
    expect(surveyMailsTo(carol.email)).toHaveLength(1);
    const results = await ok("GET", `/api/v1/surveys/${survey.id}/results`, w.supervisor.token);
    expect(results.invitations).toBe(3);

    // The link answers like any other.
    const token = /\/survey\/([\w-]+)/.exec(surveyMailsTo(carol.email)[0]?.text ?? "")?.[1];
    const answered = await h.call("POST", `/api/v1/public/surveys/${token}/responses`, {
      body: { answers: { nps: 9 } },
    });
    expect(answered.status).toBe(201);

    // Next quarter: a new round; the cap (30 days) has long passed, so Frank is asked too.
    h.clock.advance(92 * DAY);
    await schedulerRun();
    await runJobs();
    expect(surveyMailsTo(carol.email)).toHaveLength(2);
    expect(surveyMailsTo(frank.email)).toHaveLength(1);
    expect(surveyMailsTo(w.alice.email)).toHaveLength(0);
    expect(texts.filter((t) => t.to === phone)).toHaveLength(2);
  });
});
