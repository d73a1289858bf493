import { type APIRequestContext, expect, type Page } from "@playwright/test";
import { bearer as auth, choose, openTicketFromQueue, signIn, test, apiToken as token } from "./helpers.js";

type Ticket = { id: string; number: string; assigneeId: string | null; customer?: { name: string } };
type Load = { agents: { userId: string; name: string; role: string; open: number }[] };

// A customer's new request, created through the API as the portal would.
async function newRequest(request: APIRequestContext, subject: string): Promise<Ticket> {
  const t = await token(request, "customer@demo.local");
  const res = await request.post("/api/v1/tickets", {
    headers: auth(t),
    data: { subject, description: "Drum stops mid-cycle / 滚筒中途停转", type: "repair" },
  });
  expect(res.status()).toBe(201);
  return (await res.json()) as Ticket;
}

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const card = (page: Page, userId: string) =>
  page.locator(`[data-testid="agent-card"][data-agent-id="${userId}"]`);
const openCount = (page: Page, userId: string) => card(page, userId).getByTestId("agent-open-count");

test("a supervisor sees an agent's load change live and reassigns a ticket by dragging it", async ({
  browser,
  request,
}) => {
  const boss = await signIn(browser, "manager@demo.local", "en");
  await boss.goto("/console/load");
  await expect(boss.getByTestId("agent-card").first()).toBeVisible();

  const bossToken = await token(request, "manager@demo.local");
  const load = (await (
    await request.get("/api/v1/routing/load", { headers: auth(bossToken) })
  ).json()) as Load;
  const agents = load.agents.filter((a) => a.role === "agent");
  const first = agents.find((a) => a.name === "刘洋") ?? agents[0];
  expect(first).toBeTruthy();
  if (!first) return;
  // What the board shows now, for every agent (the new ticket may be routed to any of them).
  const before = new Map<string, number>();
  for (const a of load.agents) {
    await expect(openCount(boss, a.userId)).toHaveAttribute("data-count", String(a.open));
    before.set(a.userId, a.open);
  }

  const created = await newRequest(request, `E2E load ${Date.now()}`);
  let ownerId = created.assigneeId;
  if (!ownerId) {
    // Nobody eligible online: the supervisor assigns it (no owner yet, so no reason needed).
    const res = await request.patch(`/api/v1/tickets/${created.number}`, {
      headers: auth(bossToken),
      data: { assigneeId: first.userId },
    });
    expect(res.ok()).toBeTruthy();
    ownerId = first.userId;
  }
  const ownerBefore = before.get(ownerId) ?? 0;
  // Live: the board refreshes by itself, no reload.
  await expect(openCount(boss, ownerId)).toHaveAttribute("data-count", String(ownerBefore + 1));

  const target =
    load.agents.find((a) => a.userId !== ownerId && a.role === "agent") ??
    load.agents.find((a) => a.userId !== ownerId);
  expect(target).toBeTruthy();
  if (!target) return;
  const targetBefore = before.get(target.userId) ?? 0;
  const row = card(boss, ownerId).locator(`[data-testid="agent-ticket"][data-number="${created.number}"]`);
  await expect(row).toBeVisible();
  await row.dragTo(card(boss, target.userId));
  await boss.getByTestId("reason-input").fill("Balancing the load before the afternoon visits");
  await boss.getByTestId("reason-ok").click();

  await expect(openCount(boss, ownerId)).toHaveAttribute("data-count", String(ownerBefore));
  await expect(openCount(boss, target.userId)).toHaveAttribute("data-count", String(targetBefore + 1));
  await expect(
    card(boss, target.userId).locator(`[data-testid="agent-ticket"][data-number="${created.number}"]`),
  ).toBeVisible();
});

test("an agent answers with a macro rendered for the ticket", async ({ browser, request }) => {
  const created = await newRequest(request, `E2E macro ${Date.now()}`);
  const staffToken = await token(request, "agent@demo.local");
  const detail = (await (
    await request.get(`/api/v1/tickets/${created.number}`, { headers: auth(staffToken) })
  ).json()) as Ticket;
  const customerName = detail.customer?.name ?? "";
  expect(customerName).not.toBe("");

  const agent = await signIn(browser, "agent@demo.local", "en");
  await openTicketFromQueue(agent, created.number);
  await choose(agent, "macro-picker", /Warranty confirmation/);
  const body = agent.getByTestId("reply-body");
  await expect(body).toHaveValue(new RegExp(`Dear ${literal(customerName)}`));
  await expect(body).toHaveValue(new RegExp(literal(created.number)));
  await expect(body).not.toHaveValue(/\{\{/);
  await agent.getByTestId("reply-submit").click();
  await expect(
    agent
      .getByTestId("timeline-item")
      .filter({ hasText: `Dear ${customerName}` })
      .filter({ hasText: created.number }),
  ).toBeVisible();
});
