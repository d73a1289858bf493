import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { detectComplaintSpikes } from "../../src/server/modules/voc-alerts/use-cases/complaint-spikes.js";
import { watchSurveyComments } from "../../src/server/modules/voc-alerts/use-cases/watch-surveys.js";
import type { JobContext } from "../../src/server/platform/jobs/queue.js";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";

const { h, w } = worldPerFile("voc");
let smtp: LocalSmtp;

beforeAll(async () => {
  smtp = await startLocalSmtp();
  const r = await h.call("POST", "/api/v1/channels/email", {
    token: w.admin.token,
    body: { name: "Service", address: "service@voc.test", smtp: { url: smtp.url } },
  });
  expect(r.status).toBe(201);
});
afterAll(async () => smtp?.close());

const runJobs = async () => {
  while (await h.jobs.tick()) {}
};
// A schedule's run, as the job runner makes it: inside one transaction.
const runSchedule = (run: (ctx: JobContext) => Promise<void>) =>
  h.services.db.transaction((tx) =>
    run({ tx, s: h.services, jobId: 0, tenantId: null, attempt: 1, now: h.clock.now() }),
  );
const alerts = async (status = "open") =>
  (await h.call("GET", `/api/v1/voc-alerts?status=${status}`, { token: w.supervisor.token })).body
    .items as any[];
const customerTicket = (subject: string, description: string, extra: Record<string, unknown> = {}) =>
  w.post("/api/v1/tickets", { subject, description, type: "complaint", ...extra }, w.aliceUser.token);

describe("words that point outside: media, social, regulator, courts", () => {
  it("a customer's request naming the media and a lawyer alerts the managers, with the ticket", async () => {
    const t = await customerTicket("洗衣机又坏了", "再不处理我就找媒体曝光，已经咨询了律师");
    const found = (await alerts()).find((a) => a.tickets.some((x: { id: string }) => x.id === t.id));
    expect(found).toMatchObject({ kind: "watch_word", status: "open" });
    expect(found.label).toContain("曝光");
    expect(found.details.terms).toEqual(expect.arrayContaining([{ term: "律师", category: "legal" }]));
    expect(found.tickets[0].number).toBe(t.number);
    // In-app at once for every manager …
    const notes = await h.call("GET", "/api/v1/notifications", { token: w.supervisor.token });
    expect(JSON.stringify(notes.body)).toContain(found.id);
    // … and a mail from the job after commit.
    await runJobs();
    const mail = smtp.received.find((m) => m.subject?.includes("律师"));
    expect(mail?.text).toContain(t.number);
  });

  it("a customer's later message is watched as it arrives; staff words are not", async () => {
    const t = await customerTicket("Dryer noise", "It makes a noise");
    const before = (await alerts()).length;
    await h.call("POST", `/api/v1/tickets/${t.id}/messages`, {
      token: w.agent.token,
      body: { body: "Our lawyer reviewed the warranty terms.", visibility: "public" },
    });
    expect((await alerts()).length).toBe(before);
    await h.call("POST", `/api/v1/tickets/${t.id}/messages`, {
      token: w.aliceUser.token,
      body: { body: "I will post this on twitter and sue you." },
    });
    const list = await alerts();
    expect(list.length).toBe(before + 1);
    expect(list[0]).toMatchObject({ kind: "watch_word", details: { source: "message" } });
  });
});

describe("negative sentiment", () => {
  it("a strongly negative message alerts; a negated complaint word does not", async () => {
    const calm = await customerTicket("没问题了", "谢谢师傅，已经修好了，很满意");
    expect((await alerts()).some((a) => a.tickets.some((x: { id: string }) => x.id === calm.id))).toBe(false);
    const angry = await customerTicket("太差了", "质量太差，非常失望，售后就是垃圾，一直没人管");
    const found = (await alerts()).find((a) => a.tickets.some((x: { id: string }) => x.id === angry.id));
    expect(found).toMatchObject({ kind: "negative_sentiment" });
    expect(found.details.score).toBeLessThanOrEqual(-0.5);
  });

  it("survey comments are watched by the hourly run, once each", async () => {
    const survey = await w.post(
      "/api/v1/surveys",
      { name: "CSAT", questions: [{ id: "why", kind: "text", text: "还有什么想说的？" }] },
      w.supervisor.token,
    );
    const link = await w.post(
      `/api/v1/surveys/${survey.id}/invitations`,
      { customerId: w.alice.id, channel: "link" },
      w.agent.token,
    );
    await h.call("POST", `/api/v1/public/surveys/${link.token}/responses`, {
      body: { answers: { why: "已经打了12315投诉" } },
    });
    await runSchedule(watchSurveyComments);
    await runSchedule(watchSurveyComments);
    const fromSurvey = (await alerts()).filter((a) => a.details.source === "survey");
    expect(fromSurvey).toHaveLength(1);
    expect(fromSurvey[0].label).toBe("12315");
  });
});

describe("complaint spikes", () => {
  it("today's complaints about one product far above its baseline raise one alert with those tickets", async () => {
    // The product is named in Chinese with an English name: English readers get the English one.
    const renamed = await h.call("PATCH", `/api/v1/products/${w.washer.id}`, {
      token: w.admin.token,
      body: { name: "滚筒洗衣机", nameEn: "Front-load washer" },
    });
    expect(renamed.status).toBe(200);
    const ids: string[] = [];
    for (let i = 0; i < 5; i++)
      ids.push((await customerTicket(`门封漏水 ${i}`, "门封漏水", { unitSerial: w.aliceUnit.serial })).id);
    await runSchedule(detectComplaintSpikes);
    await runSchedule(detectComplaintSpikes);
    const spikes = (await alerts()).filter((a) => a.kind === "complaint_spike" && a.dimension === "product");
    expect(spikes).toHaveLength(1);
    expect(spikes[0]).toMatchObject({ label: "滚筒洗衣机", labelEn: "Front-load washer" });
    // The managers read English (the tenant's language): the mail names the product in English.
    while (await h.jobs.tick()) {}
    const spikeMails = smtp.received.filter((m) => m.subject?.includes("Complaint spike"));
    expect(spikeMails.some((m) => m.subject?.includes("Complaint spike: Front-load washer"))).toBe(true);
    expect(spikeMails.some((m) => m.subject?.includes("滚筒洗衣机"))).toBe(false);
    expect(spikes[0].details.count).toBeGreaterThanOrEqual(5);
    expect(spikes[0].tickets.map((t: { id: string }) => t.id)).toEqual(expect.arrayContaining(ids));
  });
});

describe("working the alerts", () => {
  it("a manager acknowledges; agents and customers cannot see alerts", async () => {
    const [first] = await alerts();
    const ack = await h.call("POST", `/api/v1/voc-alerts/${first.id}/acknowledge`, {
      token: w.supervisor.token,
    });
    expect(ack.status).toBe(200);
    expect(ack.body.status).toBe("acknowledged");
    expect((await alerts("acknowledged")).map((a) => a.id)).toContain(first.id);
    expect((await h.call("GET", "/api/v1/voc-alerts", { token: w.agent.token })).status).toBe(403);
    expect((await h.call("GET", "/api/v1/voc-alerts", { token: w.aliceUser.token })).status).toBe(403);
    const missing = await h.call("GET", "/api/v1/voc-alerts/vca_nope", {
      token: w.admin.token,
      lang: "zh-CN",
    });
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toBe("没有这条预警。");
  });
});
