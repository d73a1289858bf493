import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { tenants } from "../../src/server/modules/tenancy/tenancy.tables.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;
let slug = "";
const ids: Record<string, string> = {};

const article = (body: Record<string, unknown>) =>
  w.post("/api/v1/kb/articles", { status: "published", ...body });

beforeAll(async () => {
  const [row] = await h.services.db
    .select({ slug: tenants.slug })
    .from(tenants)
    .where(eq(tenants.id, w.tenantId));
  slug = row?.slug ?? "";
  const washer = await article({
    title: "洗衣机脱水时显示 E3 怎么办",
    body: "E3 表示脱水时衣物不平衡。请把衣物抖散、均匀摆放后重新脱水。若空桶仍报 E3，请联系售后。",
    tags: ["洗衣机", "E3", "脱水"],
    productLine: "washer",
    faultCodes: ["E3"],
  });
  ids.washer = washer.id;
  ids.washerEn = (
    await article({
      title: "Washing machine shows E3 during spin",
      body: "E3 means the load is unbalanced. Spread the laundry evenly and spin again.",
      locale: "en",
      productLine: "washer",
      translationOf: washer.id,
    })
  ).id;
  ids.aircon = (
    await article({
      title: "空调显示 E3 故障码",
      body: "空调 E3 是室外机高压保护，请清理室外机周围杂物，断电 10 分钟后再开机。",
      tags: ["空调", "E3"],
      productLine: "aircon",
      faultCodes: ["E3"],
    })
  ).id;
  ids.internal = (
    await article({
      title: "内部：洗衣机维修工时定额",
      body: "脱水电机更换 1.5 工时。",
      visibility: "internal",
    })
  ).id;
  ids.draft = (
    await w.post("/api/v1/kb/articles", { title: "冰箱不制冷怎么办（草稿）", body: "检查温控档位和门封。" })
  ).id;
});

describe("knowledge base search", () => {
  it("finds the right article for how a customer writes, in either language", async () => {
    const zh = await h.call("GET", `/api/v1/kb/search?q=${encodeURIComponent("洗衣机甩干时E3")}`, {
      token: w.aliceUser.token,
      lang: "zh-CN",
    });
    expect(zh.status).toBe(200);
    expect(zh.body.items[0]).toMatchObject({ id: ids.washer });
    expect(zh.body.items[0].snippet).toContain("E3");
    // one entry per article: the English translation does not show up as a second hit
    expect(zh.body.items.map((i: { id: string }) => i.id)).not.toContain(ids.washerEn);
    const en = await h.call("GET", `/api/v1/kb/search?q=${encodeURIComponent("washer E3 spin")}`, {
      token: w.aliceUser.token,
      lang: "en",
    });
    expect(en.body.items[0]).toMatchObject({
      id: ids.washerEn,
      title: "Washing machine shows E3 during spin",
    });
  });

  it("shows customers and the public only published public articles; staff see all", async () => {
    const q = encodeURIComponent("洗衣机");
    const customer = await h.call("GET", `/api/v1/kb/search?q=${q}`, { token: w.aliceUser.token });
    const seen = customer.body.items.map((i: { id: string }) => i.id);
    expect(seen).not.toContain(ids.internal);
    const anonymous = await h.call("GET", `/api/v1/kb/search?q=${q}&tenant=${slug}`);
    expect(anonymous.status).toBe(200);
    expect(anonymous.body.items.map((i: { id: string }) => i.id)).not.toContain(ids.internal);
    const staff = await h.call("GET", `/api/v1/kb/search?q=${q}`, { token: w.agent.token });
    expect(staff.body.items.map((i: { id: string }) => i.id)).toContain(ids.internal);
    const fridge = await h.call(
      "GET",
      `/api/v1/kb/search?q=${encodeURIComponent("冰箱不制冷")}&tenant=${slug}`,
    );
    expect(fridge.body.items.map((i: { id: string }) => i.id)).not.toContain(ids.draft);
  });

  it("keeps tenants apart and says why an anonymous search has no help centre", async () => {
    const otherTenant = await h.call("GET", `/api/v1/kb/search?q=E3`, { token: other.aliceUser.token });
    expect(otherTenant.body.items).toEqual([]);
    const none = await h.call("GET", "/api/v1/kb/search?q=E3", { lang: "zh-CN" });
    expect(none.status).toBe(400);
    expect(none.body.error.code).toBe("kb.tenant_required");
    expect(none.body.error.message).toContain("帮助中心");
    const unknown = await h.call("GET", "/api/v1/kb/search?q=E3&tenant=no-such-help-centre");
    expect(unknown.status).toBe(404);
  });
});

describe("assistant", () => {
  const ask = (question: string, token?: string) =>
    h.call("POST", `/api/v1/assistant/answer${token ? "" : `?tenant=${slug}`}`, {
      token,
      body: { question },
    });

  it("answers from the best article with an extract and how sure it is", async () => {
    const r = await ask("洗衣机甩干的时候显示E3");
    expect(r.status).toBe(200);
    expect(r.body.handoff).toBe(false);
    expect(r.body.answer).toMatchObject({ articleId: ids.washer });
    expect(r.body.answer.text.length).toBeGreaterThan(0);
    expect(r.body.confidence).toBeGreaterThan(0.35);
  });

  it("asks which product when two articles tie, unless the customer's registered products decide", async () => {
    const anonymous = await ask("E3 怎么办");
    expect(anonymous.body.answer).toBeNull();
    expect(anonymous.body.handoff).toBe(false);
    expect(anonymous.body.clarify.options.map((o: { articleId: string }) => o.articleId).sort()).toEqual(
      [ids.washer, ids.aircon].sort(),
    );
    // Alice owns a washer (a product of category "washer")
    const product = await w.post("/api/v1/products", {
      sku: `WM-CAT-${slug}`,
      name: "Front loader",
      category: "washer",
      warrantyMonths: 12,
    });
    await w.post("/api/v1/units", {
      serial: `SN-KB-${slug}`,
      productSku: product.sku,
      customerId: w.alice.id,
      purchasedAt: "2026-01-05",
    });
    const alice = await ask("E3 怎么办", w.aliceUser.token);
    expect(alice.body.clarify).toBeNull();
    expect(alice.body.answer).toMatchObject({ articleId: ids.washer });
  });

  it("hands off when it cannot answer or when asked for a person", async () => {
    const unknown = await ask("红烧肉怎么做");
    expect(unknown.body).toMatchObject({ answer: null, handoff: true });
    const person = await ask("洗衣机E3，我要转人工");
    expect(person.body).toMatchObject({ answer: null, handoff: true, reason: "asked_for_person" });
  });

  it("hands on a fault code that no article has for the product asked about", async () => {
    // E3 is a washer's and an air conditioner's code here; a fridge showing E3 is another fault.
    const fridge = await ask("冰箱显示E3");
    expect(fridge.body).toMatchObject({ answer: null, handoff: true, reason: "no_answer" });
    const nowhere = await ask("洗衣机显示E5");
    expect(nowhere.body).toMatchObject({ answer: null, handoff: true, reason: "no_answer" });
    // The washer's own code is still answered.
    const washer = await ask("洗衣机显示E3");
    expect(washer.body).toMatchObject({ handoff: false, answer: { articleId: ids.washer } });
  });
});

describe("articles", () => {
  it("moves draft → review → published, keeping every version and who saved it", async () => {
    const draft = await w.post(
      "/api/v1/kb/articles",
      { title: "热水器点不着火", body: "检查燃气阀。" },
      w.agent.token,
    );
    expect(draft).toMatchObject({ status: "draft", version: 1, locale: "zh-CN" });
    const edited = await h.call("PATCH", `/api/v1/kb/articles/${draft.id}`, {
      token: w.agent.token,
      body: { body: "检查燃气阀是否打开、电池是否有电。" },
    });
    expect(edited.body.version).toBe(2);
    const review = await h.call("POST", `/api/v1/kb/articles/${draft.id}/status`, {
      token: w.agent.token,
      body: { status: "review" },
    });
    expect(review.body.status).toBe("review");
    const published = await h.call("POST", `/api/v1/kb/articles/${draft.id}/status`, {
      token: w.supervisor.token,
      body: { status: "published" },
    });
    expect(published.body).toMatchObject({ status: "published", version: 4 });
    expect(published.body.publishedAt).not.toBeNull();
    const versions = await h.call("GET", `/api/v1/kb/articles/${draft.id}/versions`, {
      token: w.agent.token,
    });
    expect(
      versions.body.items.map((v: { version: number; status: string }) => [v.version, v.status]),
    ).toEqual([
      [4, "published"],
      [3, "review"],
      [2, "draft"],
      [1, "draft"],
    ]);
    expect(versions.body.items[3].body).toBe("检查燃气阀。");
    const found = await h.call(
      "GET",
      `/api/v1/kb/search?q=${encodeURIComponent("热水器打不着火")}&tenant=${slug}`,
    );
    expect(found.body.items[0]?.id).toBe(draft.id);
  });

  it("refuses a move the workflow does not allow, and a second translation in one language", async () => {
    const bad = await h.call("POST", `/api/v1/kb/articles/${ids.washer}/status`, {
      token: w.agent.token,
      body: { status: "review" },
      lang: "en",
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe("kb.invalid_transition");
    const twice = await h.call("POST", "/api/v1/kb/articles", {
      token: w.agent.token,
      body: { title: "Again", body: "Again", locale: "en", translationOf: ids.washer },
    });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("kb.translation_exists");
  });

  it("is written by staff only", async () => {
    const r = await h.call("POST", "/api/v1/kb/articles", {
      token: w.aliceUser.token,
      body: { title: "x", body: "y" },
    });
    expect(r.status).toBe(403);
    const otherTenant = await h.call("GET", `/api/v1/kb/articles/${ids.washer}`, {
      token: other.agent.token,
    });
    expect(otherTenant.status).toBe(404);
  });

  it("counts views, helpful votes and deflections in the help centre", async () => {
    const read = await h.call("GET", `/api/v1/help/articles/${ids.aircon}?tenant=${slug}`);
    expect(read.status).toBe(200);
    expect(read.body).not.toHaveProperty("views");
    expect(
      (
        await h.call("POST", `/api/v1/help/articles/${ids.aircon}/feedback?tenant=${slug}`, {
          body: { helpful: false },
        })
      ).status,
    ).toBe(204);
    await h.call("POST", `/api/v1/help/articles/${ids.aircon}/feedback`, {
      token: w.aliceUser.token,
      body: { solved: true },
    });
    const internal = await h.call("GET", `/api/v1/help/articles/${ids.internal}?tenant=${slug}`);
    expect(internal.status).toBe(404);
    const staffView = await h.call("GET", `/api/v1/kb/articles/${ids.aircon}`, { token: w.agent.token });
    expect(staffView.body).toMatchObject({ views: 1, helpful: 1, notHelpful: 1, deflected: 1 });
    const list = await h.call("GET", `/api/v1/help/articles?tenant=${slug}`);
    const listed = list.body.items.map((i: { id: string }) => i.id);
    expect(listed).toContain(ids.aircon);
    expect(listed).not.toContain(ids.internal);
    expect(listed).not.toContain(ids.draft);
  });

  it("uses the synonyms an admin adds, at once", async () => {
    const seal = await article({
      title: "冰箱门关不严",
      body: "门封条老化后需要更换门封条。",
      tags: ["冰箱"],
    });
    const search = () =>
      h
        .call("GET", `/api/v1/kb/search?q=${encodeURIComponent("磁条松了")}&tenant=${slug}`)
        .then((r) => r.body.items);
    expect((await search()).map((i: { id: string }) => i.id)).not.toContain(seal.id);
    const put = await h.call("PUT", "/api/v1/kb/synonyms", {
      token: w.admin.token,
      body: { groups: [["门封条", "磁条", " 磁条 "]] },
    });
    expect(put.status).toBe(200);
    expect(put.body.groups).toEqual([["门封条", "磁条"]]);
    expect((await search())[0]?.id).toBe(seal.id);
    const agent = await h.call("PUT", "/api/v1/kb/synonyms", { token: w.agent.token, body: { groups: [] } });
    expect(agent.status).toBe(403);
  });

  it("lists the articles due for review", async () => {
    const stale = await article({ title: "旧政策", body: "需要复核。", reviewBy: "2026-01-31" });
    await article({ title: "新政策", body: "不用复核。", reviewBy: "2027-06-30" });
    const due = await h.call("GET", "/api/v1/kb/articles?reviewDue=2026-03-01", { token: w.agent.token });
    expect(due.body.items.map((a: { id: string }) => a.id)).toEqual([stale.id]);
    const bad = await h.call("GET", "/api/v1/kb/articles?reviewDue=soon", { token: w.agent.token });
    expect(bad.status).toBe(400);
  });

  it("lists the questions no article answered, most asked first", async () => {
    for (const q of ["洗碗机洗不干净", "洗碗机洗不干净 ", "扫地机器人不回充"])
      await h.call("POST", `/api/v1/assistant/answer?tenant=${slug}`, { body: { question: q } });
    await h.call("GET", `/api/v1/kb/search?q=${encodeURIComponent("zzqqxx")}&tenant=${slug}`);
    // asking for a person is not a gap
    await h.call("POST", `/api/v1/assistant/answer?tenant=${slug}`, { body: { question: "转人工" } });
    const gaps = await h.call("GET", "/api/v1/kb/gaps", { token: w.supervisor.token });
    expect(gaps.status).toBe(200);
    const asked = Object.fromEntries(
      gaps.body.items.map((g: { question: string; asked: number }) => [g.question, g.asked]),
    );
    expect(asked.洗碗机洗不干净).toBe(2);
    expect(asked.扫地机器人不回充).toBe(1);
    expect(asked.zzqqxx).toBe(1);
    expect(asked).not.toHaveProperty("转人工");
    expect(gaps.body.items[0].question).toBe("洗碗机洗不干净");
  });
});
