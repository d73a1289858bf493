import { expect, type Page } from "@playwright/test";
import {
  apiToken,
  bearer,
  choose,
  expectNoHorizontalOverflow,
  type Lang,
  PHONE,
  signIn,
  test,
} from "./helpers.js";

const words: Record<
  Lang,
  {
    major: RegExp;
    pending: RegExp;
    approved: RegExp;
    executed: RegExp;
    closed: RegExp;
    refund: RegExp;
    limit: RegExp;
    satisfied: RegExp;
  }
> = {
  en: {
    major: /Major/,
    pending: /Awaiting approval/,
    approved: /Approved/,
    executed: /Executed/,
    closed: /Closed/,
    refund: /Refund/,
    limit: /above your approval limit of 200\.00/,
    satisfied: /Satisfied/,
  },
  "zh-CN": {
    major: /重大/,
    pending: /待审批/,
    approved: /已批准/,
    executed: /已执行/,
    closed: /已关闭/,
    refund: /退款/,
    limit: /超出您的审批额度 200\.00/,
    satisfied: /满意/,
  },
};

// Screens for review go outside the repository, only when asked for (SHOTS_DIR).
async function shot(page: Page, name: string) {
  const dir = process.env.SHOTS_DIR;
  if (dir) await page.screenshot({ path: `${dir}/${name}.png`, fullPage: true });
}

for (const lang of ["en", "zh-CN"] as const) {
  const w = words[lang];

  test(`${lang}: a major complaint with a ¥500 compensation goes through approval and the customer confirms`, async ({
    browser,
    request,
  }) => {
    // Five people sign in one after the other on a loaded machine.
    test.setTimeout(360_000);
    // Behind the screens: the customer complains, threatening to go to the media.
    const customerToken = await apiToken(request, "customer@demo.local");
    const res = await request.post("/api/v1/tickets", {
      headers: bearer(customerToken),
      data: {
        subject: `E2E ${lang} 洗衣机漏水投诉`,
        description: "第三次漏水，地板泡坏了。再不解决我就找媒体曝光。",
        type: "complaint",
      },
    });
    expect(res.ok()).toBeTruthy();
    const { number } = (await res.json()) as { number: string };

    // The agent sees it marked major (media) and already with the service manager.
    const agent = await signIn(browser, "agent@demo.local", lang);
    await agent.goto(`/console/tickets/${number}`);
    const panel = agent.getByTestId("complaint-panel");
    await expect(panel.getByTestId("complaint-severity")).toContainText(w.major);
    await expect(panel.getByTestId("complaint-major-reasons")).toContainText("曝光");
    // The escalation job runs right after the creation; the page follows the live ticket.
    await expect(agent.getByTestId("complaint-escalated-to")).toContainText("陈静", { timeout: 30_000 });

    // The agent records the plan: root cause, a ¥500 refund, the corrective action.
    await agent.getByTestId("plan-write").click();
    await agent.getByTestId("plan-root-cause").fill("进水管接头老化，上次维修未更换");
    await choose(agent, "plan-compensation-kind", w.refund);
    await agent.getByTestId("plan-amount").fill("500");
    await agent.getByTestId("plan-corrective").fill("更换接头；维修规范增加接头检查");
    await agent.getByTestId("modal-ok").click();
    await expect(agent.getByTestId("complaint-status")).toContainText(w.pending);
    await shot(agent, `${lang}-1440-agent-plan`);

    // A supervisor with the default limit (¥200) may not approve ¥500.
    const lead = await signIn(browser, "lead@demo.local", lang);
    await lead.goto(`/console/tickets/${number}`);
    await lead.getByTestId("plan-approve").click();
    await expect(lead.getByTestId("approval-refusal")).toContainText(w.limit);
    await expect(lead.getByTestId("complaint-status")).toContainText(w.pending);

    // The service manager (her own limit ¥5,000) approves.
    const manager = await signIn(browser, "manager@demo.local", lang);
    await manager.goto(`/console/tickets/${number}`);
    await manager.getByTestId("plan-approve").click();
    await expect(manager.getByTestId("complaint-status")).toContainText(w.approved);

    // The agent records the execution; the ticket is resolved for the customer to confirm.
    await agent.reload();
    await agent.getByTestId("plan-execute").click();
    await agent.getByTestId("exec-compensation").click();
    await agent.getByTestId("exec-corrective").click();
    await agent.getByTestId("modal-ok").click();
    await expect(agent.getByTestId("complaint-status")).toContainText(w.executed);
    await shot(agent, `${lang}-1440-agent-executed`);

    // The customer sees the approved compensation (never the root cause) and confirms.
    const customer = await signIn(browser, "customer@demo.local", lang, PHONE);
    await customer.goto(`/portal/tickets/${number}`);
    const card = customer.getByTestId("portal-complaint");
    await expect(card.getByTestId("portal-complaint-compensation")).toContainText("500.00");
    await expect(customer.getByText("进水管接头老化")).toHaveCount(0);
    await expectNoHorizontalOverflow(customer);
    await shot(customer, `${lang}-390-portal-before-confirm`);
    await customer.getByTestId("portal-confirm").click();
    await expect(card.getByTestId("complaint-status")).toContainText(w.closed);
    await expect(card).toContainText(w.satisfied);

    // The register lists it as major and closed; the agent's panel too, on a phone as well.
    await agent.goto("/console/complaints");
    await expect(agent.getByRole("link", { name: number })).toBeVisible();
    await shot(agent, `${lang}-1440-register`);
    await agent.setViewportSize(PHONE);
    await agent.goto(`/console/tickets/${number}`);
    await expect(agent.getByTestId("complaint-status")).toContainText(w.closed);
    await expectNoHorizontalOverflow(agent);
    await shot(agent, `${lang}-390-agent-closed`);
    await agent.goto("/console/complaints");
    await shot(agent, `${lang}-390-register`);
  });
}
