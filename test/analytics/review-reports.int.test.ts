import { eq, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { jobSchedules } from "../../src/server/platform/jobs/jobs.tables.js";
import { mailboxWithLocalSmtp } from "../channels/local-smtp.js";
import { PASSWORD, worldPerFile } from "../fixtures.js";
import { pdfShows } from "../pdf-text.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;
const DAY = 86_400_000;
const BASE = "/api/v1/analytics/review-reports";

const monthOf = (d: Date) => `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
// The month the tenant was created in (and its tickets), before the clock moves on.
const liveMonth = monthOf(new Date());

async function download(id: string, format: "pdf" | "xlsx", token = w.supervisor.token) {
  const res = await h.app.request(`${BASE}/${id}/report.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    bytes: Buffer.from(await res.arrayBuffer()),
  };
}

// The hourly schedule, run now on the test's clock.
async function runReviewSchedule() {
  await h.jobs.tick(); // stores the schedules
  await h.services.db
    .update(jobSchedules)
    .set({ nextRunAt: sql`now() - interval '1 second'` })
    .where(eq(jobSchedules.name, "analytics.review_reports"));
  // the schedule's run, then the mails it enqueued
  for (let i = 0; i < 3; i++) while (await h.jobs.tick()) {}
}

// Sessions last 30 days: after the clock has moved a month on, people sign in again.
async function signInAgain() {
  for (const who of [w.admin, w.supervisor, w.agent]) who.token = await h.login(who.email, PASSWORD);
}

// The KPI sheet's rows by KPI id (ExcelJS row values are 1-based: kpi, 指标, KPI, unit, this period, …).
async function kpiRows(bytes: Buffer) {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const rows = new Map<string, unknown[]>();
  wb.worksheets[0]?.eachRow((r) => rows.set(String(r.getCell(1).value), r.values as unknown[]));
  return rows;
}

describe("service review reports", () => {
  it("makes last month's review on schedule and mails it as PDF and Excel to the chosen roles, once", async () => {
    const smtp = await mailboxWithLocalSmtp(h.call, w.admin.token, `reviews.${Date.now()}@example.com`);
    try {
      const bySupervisor = await h.call("PUT", "/api/v1/analytics/review-settings", {
        token: w.supervisor.token,
        body: { monthly: true, halfYearly: false, roles: ["supervisor"] },
      });
      expect(bySupervisor.status).toBe(403);
      const saved = await h.call("PUT", "/api/v1/analytics/review-settings", {
        token: w.admin.token,
        body: { monthly: true, halfYearly: false, roles: ["supervisor"] },
      });
      expect(saved.body).toEqual({ monthly: true, halfYearly: false, roles: ["supervisor"] });
      for (let i = 0; i < 3; i++)
        await w.post("/api/v1/tickets", {
          subject: `Review ${i}`,
          description: "d",
          type: "repair",
          customerId: w.alice.id,
        });
      // Nothing while the month runs: the tenant has no finished month yet.
      await runReviewSchedule();
      expect((await h.call("GET", BASE, { token: w.supervisor.token })).body.items).toEqual([]);

      h.clock.advance(33 * DAY);
      await signInAgain();
      await runReviewSchedule();
      const items = (await h.call("GET", BASE, { token: w.supervisor.token })).body.items;
      expect(items).toMatchObject([{ kind: "monthly", period: liveMonth, scheduled: true }]);
      const mails = () =>
        smtp.received.filter((m) => m.attachments.some((a) => a.contentType === "application/pdf"));
      expect(mails().map((m) => (Array.isArray(m.to) ? m.to[0] : m.to)?.text)).toEqual([w.supervisor.email]);
      const [mail] = mails();
      expect(mail?.subject).toContain(liveMonth);
      expect(mail?.attachments.map((a) => a.filename).sort()).toEqual([
        `service-review-${liveMonth}.pdf`,
        `service-review-${liveMonth}.xlsx`,
      ]);
      const pdf =
        mail?.attachments.find((a) => a.contentType === "application/pdf")?.content ?? Buffer.alloc(0);
      expect(pdfShows(pdf, "月度服务回顾")).toBe(true);
      expect(pdfShows(pdf, "关键指标")).toBe(true);
      const xlsx = mail?.attachments.find((a) => a.filename?.endsWith(".xlsx"))?.content ?? Buffer.alloc(0);
      const volume = await h.call("GET", `/api/v1/kpis/volume?from=${items[0].from}&to=${items[0].to}`, {
        token: w.supervisor.token,
      });
      expect(volume.body.value).toBeGreaterThanOrEqual(3);
      expect((await kpiRows(xlsx)).get("volume")?.slice(2, 6)).toEqual([
        "工单量",
        "Ticket volume",
        "count",
        volume.body.value,
      ]);

      // The next hourly run makes nothing new; "send" mails it again.
      h.clock.advance(2 * 3_600_000);
      await runReviewSchedule();
      expect(mails()).toHaveLength(1);
      const sent = await h.call("POST", `${BASE}/${items[0].id}/send`, { token: w.supervisor.token });
      expect(sent).toMatchObject({ status: 202, body: { recipients: 1 } });
      while (await h.jobs.tick()) {}
      expect(mails()).toHaveLength(2);
    } finally {
      await smtp.close();
    }
  });

  it("makes a finished period's review on request, once, and prints the managers' commentary", async () => {
    const post = (token: string, body: unknown) => h.call("POST", BASE, { token, body });
    const running = await post(w.supervisor.token, { kind: "monthly", period: monthOf(h.clock.now()) });
    expect(running.status).toBe(422);
    expect(running.body.error.code).toBe("analytics.review_future");
    expect((await post(w.supervisor.token, { kind: "monthly", period: "2026-13" })).status).toBe(400);
    expect((await post(w.agent.token, { kind: "monthly", period: "2026-01" })).status).toBe(403);
    const scheduled = await post(w.supervisor.token, { kind: "monthly", period: liveMonth });
    expect(scheduled).toMatchObject({ status: 200, body: { scheduled: true } });

    const half = await post(w.supervisor.token, { kind: "half_yearly", period: "2025-H2" });
    expect(half).toMatchObject({
      status: 201,
      body: { from: "2025-07-01", to: "2025-12-31", scheduled: false },
    });
    expect((await post(w.admin.token, { kind: "half_yearly", period: "2025-H2" })).body.id).toBe(
      half.body.id,
    );
    const commented = await h.call("PATCH", `${BASE}/${half.body.id}`, {
      token: w.supervisor.token,
      body: { commentary: { summary: "服务稳定", actions: "加强备件储备" } },
    });
    expect(commented.body.commentary).toEqual({ summary: "服务稳定", actions: "加强备件储备" });
    const pdf = await download(half.body.id, "pdf");
    expect(pdf.type).toBe("application/pdf");
    expect(pdf.bytes.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdfShows(pdf.bytes, "半年度服务回顾")).toBe(true);
    expect(pdfShows(pdf.bytes, "加强备件储")).toBe(true);
    expect((await download(half.body.id, "pdf", w.agent.token)).status).toBe(403);
    expect((await download("rvw_nope", "xlsx")).status).toBe(404);
  });
});
