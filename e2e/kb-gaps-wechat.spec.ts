import { mkdirSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { apiToken, bearer, type Lang, openPage, PHONE, signIn, test } from "./helpers.js";

// Desk and phone screenshots into SHOTS_DIR when set (the page ends at desk width again).
async function shots(page: Page, name: string, lang: Lang): Promise<void> {
  const dir = process.env.SHOTS_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: `${dir}/${name}-${lang}-1440.png`, fullPage: true });
  await page.setViewportSize(PHONE);
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${dir}/${name}-${lang}-390.png`, fullPage: true });
  await page.setViewportSize({ width: 1440, height: 900 });
}

// Issue 17: a question the help centre cannot answer becomes a knowledge gap; an editor writes the
// article from it and publishes it, and the gap shows as addressed. Then the admin's WeChat
// account screen: the callback URL to paste on the developer page and the demo's bound follower.
test("an editor answers a knowledge gap with an article; the admin sees the WeChat account and its follower", async ({
  browser,
  request,
}) => {
  // Unique per run, and about nothing the demo articles cover.
  const question = `猫砂盆 ${Date.now()}`;
  const visitor = await openPage(browser, { locale: "zh-CN" });
  await visitor.goto("/help/demo");
  await visitor.getByTestId("help-search").fill(question);
  await expect(visitor.getByText("暂时没有相关文章")).toBeVisible();
  await visitor.context().close();

  const editor = await signIn(browser, "manager@demo.local", "zh-CN");
  await editor.goto("/console/kb/gaps");
  const row = editor.getByRole("row", { name: new RegExp(question) });
  await expect(row).toContainText("搜索");
  await shots(editor, "kb-gaps", "zh-CN");
  await row.getByTestId("gap-write").click();
  // The draft is titled with the question and its body starts from it.
  await expect(editor.getByTestId("article-title")).toHaveValue(question);
  await expect(editor.getByTestId("article-body")).toHaveValue(new RegExp(question));
  await editor
    .getByTestId("article-body")
    .fill(`问题\n${question}\n\n解答\n猫砂盆不属于本公司产品，请联系购买的商家。`);
  await editor.getByTestId("article-publish").click();
  await expect(editor.getByTestId("article-status")).toHaveText("已发布");
  await editor.keyboard.press("Escape");
  // Answered: off the open list, on the addressed one with its published article.
  await expect(editor.getByRole("row", { name: new RegExp(question) })).toHaveCount(0);
  await editor.getByTestId("gap-status").getByText("已解决").click();
  const addressed = editor.getByRole("row", { name: new RegExp(question) });
  await expect(addressed.getByTestId("gap-article-status")).toHaveText("已发布");
  await editor.context().close();

  const admin = await signIn(browser, "admin@demo.local", "zh-CN");
  await admin.goto("/admin/wechat");
  await expect(admin.getByTestId("wechat-callback-url")).toContainText(
    /^http:\/\/127\.0\.0\.1:\d+\/api\/v1\/channels\/wechat\/demo$/,
  );
  // Token and key are set but never shown.
  await expect(admin.getByTestId("wechat-token")).toHaveValue("");
  await expect(admin.getByTestId("wechat-account")).toContainText("已设置");
  const lina = admin.getByRole("row", { name: /o_demo/ });
  await expect(lina.getByTestId("wechat-customer")).toHaveText("李娜");
  await shots(admin, "wechat-account", "zh-CN");
  // The other language, once.
  await admin.getByTestId("lang-switch").getByText("English").click();
  await expect(admin.getByTestId("wechat-callback")).toContainText("Callback URL");
  await expect(lina.getByTestId("wechat-customer")).toHaveText("李娜");
  await shots(admin, "wechat-account", "en");
  await admin.goto("/console/kb/gaps?status=addressed");
  await expect(admin.getByRole("row", { name: new RegExp(question) })).toContainText("Published");
  await shots(admin, "kb-gaps", "en");
  await admin.context().close();

  // Withdrawn again, so a second run against the same server finds no article for its question.
  const token = await apiToken(request, "manager@demo.local");
  const listed = await request.get("/api/v1/kb/articles", {
    headers: bearer(token),
    params: { status: "published" },
  });
  const mine = ((await listed.json()) as { items: { id: string; title: string }[] }).items.find(
    (a) => a.title === question,
  );
  expect(mine).toBeDefined();
  const withdrawn = await request.post(`/api/v1/kb/articles/${mine?.id}/status`, {
    headers: bearer(token),
    data: { status: "draft" },
  });
  expect(withdrawn.ok()).toBeTruthy();
});
