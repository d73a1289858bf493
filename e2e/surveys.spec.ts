import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import ExcelJS from "exceljs";
import { apiToken, bearer, type Lang, signIn } from "./helpers";
import { test } from "./helpers.js";
import { captureMail } from "./mail-capture.js";

// Voice of the customer: a supervisor builds a survey sent when a ticket closes; a ticket closes,
// the customer's survey mail arrives, they answer NPS 3 with a comment; the supervisor sees the
// detractor, records the follow-up, reads NPS with its interval and exports Excel.

const inbox = captureMail();

const words = {
  en: { closed: "When a ticket closes", nps: "NPS (0–10)", text: "Open text", markDone: "Mark done" },
  "zh-CN": {
    closed: "服务单关闭时",
    nps: "净推荐值 NPS（0–10）",
    text: "开放式问题",
    markDone: "标记已跟进",
  },
} as const;

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  for (const [width, height] of [
    [1440, 900],
    [390, 844],
  ] as const) {
    await page.setViewportSize({ width, height });
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

async function pick(page: Page, testId: string, option: string) {
  await page.getByTestId(testId).click();
  await page
    .locator(".ant-select-dropdown:visible .ant-select-item-option")
    .filter({ hasText: option })
    .first()
    .click();
}

for (const lang of ["en", "zh-CN"] as const) {
  const w = words[lang];
  test(`${lang}: a closed ticket's survey is answered with NPS 3; the supervisor follows up and exports`, async ({
    browser,
    request,
  }) => {
    test.setTimeout(180_000);
    const name = `E2E survey ${lang} ${Date.now()}`;
    const comment = `E2E 师傅迟到了 ${lang} ${Date.now()}`;

    // 1. The supervisor builds the survey: NPS and a comment, sent when a ticket closes, no cap.
    const supervisor = await signIn(browser, "manager@demo.local", lang);
    await supervisor.goto("/console/surveys/builder");
    await supervisor.getByRole("button", { name: lang === "en" ? "New survey" : "新建问卷" }).click();
    await supervisor.getByTestId("builder-name").fill(name);
    await supervisor.getByText(lang === "en" ? "Only by hand" : "仅手动发送").click();
    await supervisor
      .locator(".ant-select-dropdown:visible .ant-select-item-option")
      .filter({ hasText: w.closed })
      .click();
    await supervisor.getByTestId("builder-cap").fill("0");
    await pick(supervisor, "builder-kind", w.nps);
    await supervisor.getByTestId("builder-add").click();
    await supervisor.getByTestId("question-text").nth(0).fill("您有多大可能向朋友推荐我们？");
    await supervisor.getByTestId("question-text-en").nth(0).fill("How likely are you to recommend us?");
    await pick(supervisor, "builder-kind", w.text);
    await supervisor.getByTestId("builder-add").click();
    await supervisor.getByTestId("question-text").nth(1).fill("还有什么想告诉我们的？");
    await supervisor.getByTestId("question-text-en").nth(1).fill("Anything else?");
    // The preview shows each language's text.
    const preview = supervisor.getByTestId("builder-preview");
    await expect(preview).toContainText("您有多大可能向朋友推荐我们？");
    await preview.getByRole("tab", { name: "English" }).click();
    await expect(preview).toContainText("How likely are you to recommend us?");
    await shot(supervisor, "survey-builder", lang);
    await supervisor.getByTestId("builder-save").click();
    await expect(supervisor.getByTestId("builder-pick")).toContainText(name);

    // 2. A customer's ticket is resolved and confirmed: it closes.
    const customer = await apiToken(request, "customer@demo.local");
    const staff = await apiToken(request, "manager@demo.local");
    const created = await request.post("/api/v1/tickets", {
      headers: bearer(customer),
      data: { subject: `E2E survey ticket ${lang}`, description: "Drum noise", type: "repair" },
    });
    expect(created.ok()).toBeTruthy();
    const ticket = (await created.json()) as { id: string; number: string };
    for (const [token, action] of [
      [staff, "resolve"],
      [customer, "confirm"],
    ] as const) {
      const r = await request.post(`/api/v1/tickets/${ticket.id}/transitions`, {
        headers: bearer(token),
        data: { action },
      });
      expect(r.ok(), action).toBeTruthy();
    }

    // 3. The survey mail arrives with a personal link.
    await expect
      .poll(() => inbox.find((m) => m.subject?.includes(ticket.number) && /\/survey\//.test(m.text ?? "")), {
        timeout: 30_000,
      })
      .toBeTruthy();
    const mail = inbox.find((m) => m.subject?.includes(ticket.number) && /\/survey\//.test(m.text ?? ""));
    const token = /\/survey\/([\w-]+)/.exec(mail?.text ?? "")?.[1];
    expect(token).toBeTruthy();

    // 4. The customer answers NPS 3 with a comment on the answer page.
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const answerPage = await context.newPage();
    await answerPage.goto(`/survey/${token}`);
    await answerPage.getByTestId("survey-nps-3").check();
    await answerPage.locator("textarea").fill(comment);
    await answerPage.getByTestId("survey-submit").click();
    await expect(answerPage.locator("body")).toContainText(/感谢|Thank you/);
    await context.close();

    // A second answer (by a link made for the same customer) so the NPS has an interval.
    const surveys = await (await request.get("/api/v1/surveys", { headers: bearer(staff) })).json();
    const survey = (surveys.items as { id: string; name: string }[]).find((s) => s.name === name);
    expect(survey).toBeTruthy();
    const me = await (await request.get("/api/v1/me", { headers: bearer(customer) })).json();
    const link = await request.post(`/api/v1/surveys/${survey?.id}/invitations`, {
      headers: bearer(staff),
      data: { customerId: me.customerId, channel: "link" },
    });
    const second = (await link.json()) as { token: string };
    expect(
      (
        await request.post(`/api/v1/public/surveys/${second.token}/responses`, {
          data: { answers: { nps: 10 } },
        })
      ).ok(),
    ).toBeTruthy();

    // 5. The supervisor sees the detractor with the comment and records the follow-up.
    await supervisor.goto("/console/surveys");
    const row = supervisor.getByTestId("survey-follow-ups").locator("tr").filter({ hasText: comment });
    await expect(row).toContainText("NPS 3");
    await expect(row).toContainText(ticket.number);
    await row.getByRole("button", { name: w.markDone }).click();
    await expect(
      supervisor.getByTestId("survey-follow-ups").locator("tr").filter({ hasText: comment }),
    ).toHaveCount(0);

    // 6. The report shows the answers: NPS (−100 + 100) / 2 = 0 with its 95 % interval.
    await pick(supervisor, "survey-report-pick", name);
    await expect(supervisor.getByTestId("survey-nps").locator(".ant-statistic-content-value")).toHaveText(
      "0",
    );
    await expect(supervisor.getByTestId("survey-nps").getByTestId("survey-ci")).toContainText("-100 – 100");
    await shot(supervisor, "survey-report", lang);

    // 7. …and exports them to Excel: the summary and the detractor's comment.
    const download = supervisor.waitForEvent("download");
    await supervisor.getByTestId("survey-export").click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlsx$/);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(await file.path());
    const responses = wb.getWorksheet("Responses 回答");
    const cells = responses?.getSheetValues().flat().map(String) ?? [];
    expect(cells).toContain(comment);
    expect(cells).toContain(ticket.number);

    // Leave the demo's own closing survey in charge for the journeys after this one.
    const mine = await (
      await request.get(`/api/v1/surveys/${survey?.id}`, { headers: bearer(staff) })
    ).json();
    const off = await request.put(`/api/v1/surveys/${survey?.id}`, {
      headers: bearer(staff),
      data: { name, questions: mine.questions, trigger: null, active: false },
    });
    expect(off.ok()).toBeTruthy();
  });
}
