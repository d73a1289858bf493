import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { apiToken, bearer, choose, journeyVariants, type Lang, signIn, test } from "./helpers.js";

// A macro that sets fields as well as text: the agent inserts it, sees what sending will also set,
// drops nothing, sends, and the ticket moves to "pending customer" with priority A, the tag and
// themself as assignee, each change in its history. Screenshots go to SHOTS_DIR.

type Ticket = {
  id: string;
  number: string;
  status: string;
  priority: string;
  tags: string[];
  assigneeId: string | null;
};
type Event = { type: string; data: Record<string, unknown> };

const shotsDir = process.env.SHOTS_DIR;
async function shot(page: Page, name: string, lang: Lang, width: 1440 | 390) {
  if (!shotsDir) return;
  mkdirSync(shotsDir, { recursive: true });
  await page.screenshot({ path: `${shotsDir}/${name}-${lang}-${width}.png`, fullPage: false });
}

for (const lang of journeyVariants(["en", "zh-CN"] as const)) {
  test(`a macro sets status, priority, tags and assignee when the reply is sent (${lang})`, async ({
    browser,
    request,
  }) => {
    const boss = await apiToken(request, "manager@demo.local");
    const name = `Photo ${lang} ${Date.now().toString(36)}`;
    const made = await request.post("/api/v1/macros", {
      headers: bearer(boss),
      data: {
        name,
        shared: true,
        bodies: { en: "Could you send a photo of the label?", "zh-CN": "请拍一张铭牌照片发给我们。" },
        actions: { status: "pending_customer", priority: "A", addTags: ["photo-asked"], assigneeId: "me" },
      },
    });
    expect(made.status()).toBe(201);
    const customer = await apiToken(request, "customer@demo.local");
    const res = await request.post("/api/v1/tickets", {
      headers: bearer(customer),
      data: { subject: `${name} dryer`, description: "Drum does not turn", type: "repair" },
    });
    const tk = (await res.json()) as Ticket;
    const agent = await apiToken(request, "agent@demo.local");
    const me = (await (await request.get("/api/v1/me", { headers: bearer(agent) })).json()) as {
      id?: string;
      user?: { id: string };
    };
    const myId = me.user?.id ?? me.id;

    const page = await signIn(browser, "agent@demo.local", lang);
    await page.goto(`/console/tickets/${tk.number}`);
    await expect(page.getByTestId("ticket-number")).toContainText(tk.number);
    await choose(page, "macro-picker", name);
    const pending = page.getByTestId("macro-pending");
    await expect(pending).toBeVisible();
    await expect(page.getByTestId("macro-pending-field")).toHaveCount(4);
    await expect(pending).toContainText(lang === "en" ? "Waiting for customer" : "待客户");
    await shot(page, "macro-pending", lang, 1440);
    await page.getByTestId("reply-submit").click();
    await expect(pending).toBeHidden();

    await expect
      .poll(async () => {
        const now = (await (
          await request.get(`/api/v1/tickets/${tk.number}`, { headers: bearer(agent) })
        ).json()) as Ticket;
        return [now.status, now.priority, now.tags.includes("photo-asked"), now.assigneeId];
      })
      .toEqual(["pending_customer", "A", true, myId]);
    const events = (await (
      await request.get(`/api/v1/tickets/${tk.number}/events`, { headers: bearer(agent) })
    ).json()) as { items: Event[] };
    const kinds = events.items.map((e) => (e.type === "field_changed" ? `field:${e.data.field}` : e.type));
    expect(kinds).toEqual(
      expect.arrayContaining(["field:priority", "field:tags", "assigned", "status_changed"]),
    );
    await expect(page.getByTestId("ticket-priority")).toContainText("A");
    await shot(page, "macro-applied", lang, 1440);
    await page.context().close();

    // The macros page lists what each macro also sets.
    const lead = await signIn(browser, "manager@demo.local", lang);
    await lead.goto("/console/macros");
    await expect(lead.getByText(name)).toBeVisible();
    await expect(lead.locator("tr").filter({ hasText: name })).toContainText("photo-asked");
    await shot(lead, "macros-page", lang, 1440);
    await lead.context().close();
  });
}
