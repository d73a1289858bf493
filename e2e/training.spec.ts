import { expect, type Page } from "@playwright/test";
import {
  apiToken,
  bearer,
  journeyVariants,
  type Lang,
  PHONE,
  phoneAndDeskShot,
  signIn,
  test,
} from "./helpers.js";

// People: with certification required for skilled work, an agent's ticket of a product line waits
// while nobody is certified; the agent takes the line's exam on a phone (timer, random paper),
// passes, is certified, and the next ticket of that line is auto-assigned to them. Everything the
// journey needs (skill, product, bank, exam, agent) is made here; the routing setting is restored.

const words: Record<Lang, { start: string; passed: RegExp; truth: string }> = {
  en: {
    start: "Start exam",
    passed: /Passed — you are certified/,
    truth: "True",
  },
  "zh-CN": { start: "开始考试", passed: /已通过——你已获得/, truth: "正确" },
};

const BANK = [
  {
    kind: "single",
    prompt: "Filter life of the RO membrane?",
    options: ["24 months", "2 weeks", "10 years"],
    correct: [0],
  },
  {
    kind: "multiple",
    prompt: "Signs of a clogged pre-filter?",
    options: ["Low flow", "Slow tank fill", "Louder fan"],
    correct: [0, 1],
  },
  { kind: "true_false", prompt: "Close the inlet valve before changing a filter.", correct: [1] },
  {
    kind: "single",
    prompt: "Fault E3 on the purifier means?",
    options: ["Leak detected", "Wi-Fi lost"],
    correct: [0],
  },
] as const;

async function answerPaper(page: Page, lang: Lang) {
  const cards = page.getByTestId("exam-question");
  await expect(cards).toHaveCount(BANK.length);
  for (let i = 0; i < BANK.length; i++) {
    const card = cards.nth(i);
    const text = (await card.textContent()) ?? "";
    const q = BANK.find((b) => text.includes(b.prompt));
    if (!q) throw new Error(`unknown question: ${text}`);
    if (q.kind === "true_false") await card.getByText(words[lang].truth, { exact: true }).click();
    else for (const c of q.correct) await card.getByText(q.options[c] as string, { exact: true }).click();
  }
}

for (const lang of journeyVariants(["en", "zh-CN"] as const)) {
  test(`${lang}: an agent passes a product line's exam, is certified and then receives its tickets`, async ({
    browser,
    request,
  }) => {
    const w = words[lang];
    const admin = bearer(await apiToken(request, "admin@demo.local"));
    const tag = `${lang === "en" ? "en" : "zh"}${Date.now().toString(36)}`;
    const post = async (path: string, data: unknown) => {
      const r = await request.post(`/api/v1${path}`, { headers: admin, data });
      expect(r.status(), `${path} ${await r.text()}`).toBeLessThan(300);
      return r.json();
    };
    const skill = `purifier-${tag}`;
    await post("/skills", { code: skill, nameZh: "净水器", nameEn: "Water purifiers" });
    const product = await post("/products", {
      sku: `WP-${tag}`,
      name: "RO purifier",
      warrantyMonths: 12,
      skills: [skill],
    });
    const customer = await post("/customers", {
      name: "Purifier owner",
      kind: "person",
      email: `wp.${tag}@example.cn`,
    });
    const unit = await post("/units", {
      serial: `SN-WP-${tag}`,
      productSku: product.sku,
      customerId: customer.id,
      purchasedAt: new Date().toISOString().slice(0, 10),
    });
    for (const q of BANK) await post("/exams/questions", { skill, ...q });
    const exam = await post("/exams", {
      name: `Purifier certification ${tag}`,
      skill,
      questionCount: BANK.length,
      timeLimitMinutes: 15,
      passPercent: 75,
      maxAttempts: 2,
      validityMonths: 12,
    });
    const email = `trainee.${tag}@demo.local`;
    const agent = await post("/users", {
      email,
      name: `Trainee ${tag}`,
      role: "agent",
      password: "aftercare-demo",
      skills: [skill],
      // Coming online, a new agent is handed the queue's backlog (what earlier journeys left
      // waiting) up to their capacity: room enough that the purifier ticket still fits.
      maxOpenTickets: 1000,
    });
    const online = await request.put(`/api/v1/users/${agent.id}/presence`, {
      headers: admin,
      data: { status: "online" },
    });
    expect(online.ok()).toBeTruthy();
    const ticket = async () => {
      const t = await post("/tickets", {
        subject: `Purifier leaking ${tag}`,
        description: "water under the sink",
        type: "repair",
        customerId: customer.id,
        unitSerial: unit.serial,
      });
      return (await (await request.get(`/api/v1/tickets/${t.id}`, { headers: admin })).json()) as {
        number: string;
        assigneeId: string | null;
      };
    };

    const before = (await (await request.get("/api/v1/routing/settings", { headers: admin })).json())
      .certification;
    await request.put("/api/v1/routing/settings", { headers: admin, data: { certification: "required" } });
    try {
      // Nobody holds the certification yet: the ticket waits in the queue.
      expect((await ticket()).assigneeId).toBeNull();

      // The agent sits the exam on a phone: a timed paper without its key.
      const page = await signIn(browser, email, lang, PHONE);
      await page.goto("/console/exams");
      const card = page.getByTestId("exam-card").filter({ hasText: exam.name });
      await card.getByRole("button", { name: w.start }).click();
      await expect(page.getByTestId("exam-timer")).toHaveText(/1[45]:\d\d/);
      await answerPaper(page, lang);
      await phoneAndDeskShot(page, "training-exam", lang);
      await page.getByTestId("exam-submit").click();
      await page.locator(".ant-popconfirm .ant-btn-primary").click();
      await expect(page.getByTestId("exam-outcome")).toContainText(w.passed);
      await expect(page.getByTestId("exam-outcome")).toContainText("100%");

      // Certified: on the certifications list, valid.
      await page.goto("/console/certifications");
      await expect(page.getByTestId("certifications-table")).toContainText(`Trainee ${tag}`);
      await phoneAndDeskShot(page, "training-certifications", lang);

      // The next ticket of that product line goes to them, and shows in their queue.
      // Routing runs right after the ticket's commit: within moments it is theirs.
      const next = await ticket();
      await expect
        .poll(
          async () =>
            (
              (await (await request.get(`/api/v1/tickets/${next.number}`, { headers: admin })).json()) as {
                assigneeId: string | null;
              }
            ).assigneeId,
          { timeout: 15_000 },
        )
        .toBe(agent.id);
      await page.setViewportSize({ width: 1440, height: 900 });
      await page.goto("/console");
      await page.getByTestId("queue-search").fill(next.number);
      await expect(page.locator(`[data-testid="queue-row"][data-number="${next.number}"]`)).toBeVisible();

      // The other People screens render for the agent.
      await page.goto("/console/training");
      await expect(page.getByTestId("training-page")).toBeVisible();
      await phoneAndDeskShot(page, "training-courses", lang);
      await page.goto("/console/contests");
      await expect(page.getByTestId("contests-page")).toBeVisible();
      await phoneAndDeskShot(page, "training-contests", lang);
      await page.context().close();
    } finally {
      await request.put("/api/v1/routing/settings", {
        headers: admin,
        data: { certification: before ?? "off" },
      });
    }
  });
}
