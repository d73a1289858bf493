import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { runCareActions } from "../../src/server/modules/loyalty/use-cases/care-actions.js";
import { SURVEY_ANSWERED } from "../../src/server/modules/surveys/index.js";
import { jobs } from "../../src/server/platform/jobs/jobs.tables.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("ly", "lz");
const [w, other] = worlds;

const tag = Math.random().toString(36).slice(2, 7).toUpperCase();
const PNG = new Uint8Array([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52,
]);
const tvSerial = `TV-LY-${tag}`;
const bobTv = `TV-LB-${tag}`;
let planId: string;

const me = (token: string) => h.call("GET", "/api/v1/loyalty/me", { token });
const balance = async (token: string) => (await me(token)).body.balance as number;
const purchase = (customerId: string, amount: string, reference: string) =>
  h.call("POST", `/api/v1/customers/${customerId}/purchases`, {
    token: w.agent.token,
    body: { amount, reference },
  });
const redeem = (token: string, body: unknown, lang?: string) =>
  h.call("POST", "/api/v1/loyalty/me/redemptions", { token, body, lang });

function claim(token: string, serial: string) {
  const form = new FormData();
  form.set("serial", serial);
  form.set("productSku", w.washer.sku);
  form.set("purchasedAt", "2026-01-10");
  form.set("invoice", new File([PNG], "invoice.png", { type: "image/png" }));
  return h.call("POST", "/api/v1/unit-registrations", { token, raw: form });
}
async function registerAndApprove(token: string, serial: string) {
  const r = await claim(token, serial);
  expect(r.status).toBe(201);
  const ok = await h.call("POST", `/api/v1/unit-registrations/${r.body.id}/approve`, {
    token: w.agent.token,
  });
  expect(ok.status).toBe(200);
}

beforeAll(async () => {
  await w.post("/api/v1/products", {
    sku: `TV-${tag}`,
    name: "TV",
    warrantyMonths: 12,
    sanbaoRule: "partial_goods_1995",
    sanbaoCategory: "lcd_tv",
  });
  for (const [serial, customerId] of [
    [tvSerial, w.alice.id],
    [bobTv, w.bob.id],
  ] as const)
    await w.post("/api/v1/units", { serial, productSku: `TV-${tag}`, customerId, purchasedAt: "2026-03-01" });
  planId = (
    await w.post("/api/v1/warranty/plans", {
      name: { zh: "电视延保两年", en: "TV extended warranty, 2 years" },
      months: 24,
      price: "199.00",
      terms: "Free repair of quality faults for 24 months after the legal period.",
      categories: ["lcd_tv"],
    })
  ).id;
});

describe("points ledger", () => {
  it("never goes below zero under concurrent redemptions and earns", async () => {
    expect((await purchase(w.bob.id, "1200.00", `INV-C-${tag}`)).body).toEqual({
      recorded: true,
      points: 1200,
    });
    const results = await Promise.all([
      ...Array.from({ length: 8 }, () => redeem(w.bobUser.token, { kind: "voucher", value: 50 })),
      ...Array.from({ length: 4 }, (_, i) => purchase(w.bob.id, "100.00", `INV-P-${tag}-${i}`)),
    ]);
    const redemptions = results.slice(0, 8);
    const won = redemptions.filter((r) => r.status === 201).length;
    expect(redemptions.every((r) => r.status === 201 || r.status === 409)).toBe(true);
    expect(won).toBeGreaterThanOrEqual(2); // 1,200 points buy two 500-point vouchers at least
    expect(won).toBeLessThanOrEqual(3); // and 1,600 never buy four
    const account = (await me(w.bobUser.token)).body;
    expect(account.balance).toBe(1600 - 500 * won);
    expect(account.balance).toBeGreaterThanOrEqual(0);
    expect(account.entries.reduce((sum: number, e: { points: number }) => sum + e.points, 0)).toBe(
      account.balance,
    );
    expect(account.vouchers).toHaveLength(won);
  });

  it("earns once per purchase reference and answers a short balance with a translated 409", async () => {
    const again = await purchase(w.bob.id, "1200.00", `INV-C-${tag}`);
    expect(again.body).toEqual({ recorded: false, points: 0 });
    const short = await redeem(w.aliceUser.token, { kind: "voucher", value: 100 }, "zh-CN");
    expect(short.status).toBe(409);
    expect(short.body.error.message).toContain("积分不足");
    const unknown = await redeem(w.aliceUser.token, { kind: "voucher", value: 7 }, "en");
    expect(unknown.status).toBe(400);
  });
});

describe("redeeming points for an extended warranty", () => {
  it("debits the points and attaches the plan, which the unit's warranty view shows", async () => {
    await purchase(w.alice.id, "2500.00", `INV-A-${tag}`);
    const catalogue = await h.call("GET", "/api/v1/loyalty/me/catalogue", { token: w.aliceUser.token });
    const offer = catalogue.body.plans.find((p: { planId: string }) => p.planId === planId);
    expect(offer).toMatchObject({ points: 1990, serials: [tvSerial] });
    const before = await balance(w.aliceUser.token);
    const r = await redeem(w.aliceUser.token, { kind: "plan", planId, serial: tvSerial });
    expect(r.status).toBe(201);
    expect(r.body.balance).toBe(before - 1990);
    const view = await h.call("GET", `/api/v1/units/${tvSerial}/warranty`, { token: w.aliceUser.token });
    expect(view.status).toBe(200);
    expect(view.body.plans).toEqual([
      expect.objectContaining({
        planId,
        name: { zh: "电视延保两年", en: "TV extended warranty, 2 years" },
        price: "0.00",
      }),
    ]);
    expect(await balance(w.aliceUser.token)).toBe(before - 1990);
  });

  it("refuses a plan for another customer's unit without touching the points", async () => {
    await purchase(w.alice.id, "2000.00", `INV-A2-${tag}`);
    const before = await balance(w.aliceUser.token);
    const r = await redeem(w.aliceUser.token, { kind: "plan", planId, serial: bobTv });
    expect(r.status).toBe(404);
    expect(await balance(w.aliceUser.token)).toBe(before);
    const view = await h.call("GET", `/api/v1/units/${bobTv}/warranty`, { token: w.bobUser.token });
    expect(view.body.plans).toEqual([]);
  });
});

describe("isolation", () => {
  it("a customer cannot read another customer's points; staff of another tenant find no customer", async () => {
    expect(
      (await h.call("GET", `/api/v1/customers/${w.bob.id}/loyalty`, { token: w.aliceUser.token })).status,
    ).toBe(403);
    expect(
      (await h.call("GET", `/api/v1/customers/${w.bob.id}/loyalty`, { token: other.agent.token })).status,
    ).toBe(404);
    expect(
      (
        await h.call("POST", `/api/v1/customers/${w.bob.id}/purchases`, {
          token: other.agent.token,
          body: { amount: "10.00", reference: "X" },
        })
      ).status,
    ).toBe(404);
    const mine = await h.call("GET", `/api/v1/customers/${w.bob.id}/loyalty`, { token: w.agent.token });
    expect(mine.status).toBe(200);
    expect(mine.body.balance).toBe(await balance(w.bobUser.token));
  });

  it("a voucher is taken once, and only in its own tenant", async () => {
    const code = (await me(w.bobUser.token)).body.vouchers[0].code as string;
    expect(
      (
        await h.call("POST", `/api/v1/loyalty/vouchers/${code}/use`, {
          token: other.agent.token,
          body: { usedOn: "SO-1" },
        })
      ).status,
    ).toBe(404);
    const used = await h.call("POST", `/api/v1/loyalty/vouchers/${code}/use`, {
      token: w.agent.token,
      body: { usedOn: "SO-2026-000001" },
    });
    expect(used.status).toBe(200);
    const twice = await h.call("POST", `/api/v1/loyalty/vouchers/${code}/use`, {
      token: w.agent.token,
      body: { usedOn: "SO-2" },
    });
    expect(twice.status).toBe(409);
  });
});

describe("earning from registrations, surveys and referrals", () => {
  it("rewards a referral once, when the referred customer's registration is approved", async () => {
    const aliceCode = (await me(w.aliceUser.token)).body.referralCode as string;
    const bobCode = (await me(w.bobUser.token)).body.referralCode as string;
    const self = await h.call("POST", "/api/v1/loyalty/me/referrer", {
      token: w.bobUser.token,
      body: { code: bobCode },
    });
    expect(self.status).toBe(409);
    const ok = await h.call("POST", "/api/v1/loyalty/me/referrer", {
      token: w.bobUser.token,
      body: { code: aliceCode.toLowerCase() },
    });
    expect(ok.status).toBe(200);
    const twice = await h.call("POST", "/api/v1/loyalty/me/referrer", {
      token: w.bobUser.token,
      body: { code: aliceCode },
    });
    expect(twice.status).toBe(409);
    const back = await h.call("POST", "/api/v1/loyalty/me/referrer", {
      token: w.aliceUser.token,
      body: { code: bobCode },
    });
    expect(back.status).toBe(409); // Bob was referred by Alice: she cannot be referred by him
    const [alice0, bob0] = [await balance(w.aliceUser.token), await balance(w.bobUser.token)];
    await registerAndApprove(w.bobUser.token, `SN-REF-${tag}-1`);
    expect(await balance(w.bobUser.token)).toBe(bob0 + 200 + 100);
    expect(await balance(w.aliceUser.token)).toBe(alice0 + 300);
    await registerAndApprove(w.bobUser.token, `SN-REF-${tag}-2`);
    expect(await balance(w.bobUser.token)).toBe(bob0 + 200 + 100 + 200);
    expect(await balance(w.aliceUser.token)).toBe(alice0 + 300);
  });

  it("earns for a survey answer once however often the event is heard", async () => {
    const before = await balance(w.bobUser.token);
    const event = {
      tenantId: w.tenantId,
      responseId: `svr_${tag}`,
      surveyId: "svy_x",
      customerId: w.bob.id,
      at: new Date(),
    };
    for (let i = 0; i < 2; i++)
      await h.services.db.transaction((tx) => h.services.events.emit(tx, SURVEY_ANSWERED, event));
    expect(await balance(w.bobUser.token)).toBe(before + 50);
  });
});

describe("care actions", () => {
  it("greets on Spring Festival's first day off, once per customer and year, and not those who opted out", async () => {
    await h.call("PUT", "/api/v1/loyalty/me/care", {
      token: w.bobUser.token,
      body: { birthday: "02-14", careOptOut: true },
    });
    const run = (date: string) => h.services.db.transaction((tx) => runCareActions(tx, w.tenantId, date));
    expect(await run("2026-02-14")).toBe(0); // 调休 Saturday: a working day, and Bob opted out of his birthday
    expect(await run("2026-02-15")).toBe(1); // Alice only
    expect(await run("2026-02-15")).toBe(0);
    const queued = await h.services.db
      .select()
      .from(jobs)
      .where(and(eq(jobs.tenantId, w.tenantId), eq(jobs.kind, "loyalty.care_message")));
    expect(queued).toHaveLength(1);
    const panel = await h.call("GET", `/api/v1/customers/${w.alice.id}/loyalty`, { token: w.agent.token });
    expect(panel.body.careSent).toEqual([
      expect.objectContaining({ action: "holiday:spring_festival", year: 2026 }),
    ]);
    expect(panel.body.segment).toMatchObject({ tier: "gold", careOptOut: false });
    expect(Number(panel.body.lifetimeValue)).toBe(4500);
  });
});

describe("personal-data erasure", () => {
  it("forgets the birthday and sends no more care messages; the points stay", async () => {
    await h.call("PUT", "/api/v1/loyalty/me/care", {
      token: w.aliceUser.token,
      body: { birthday: "06-01", careOptOut: false },
    });
    const before = await h.call("GET", `/api/v1/customers/${w.alice.id}/loyalty`, { token: w.agent.token });
    expect(before.body.birthday).toBe("06-01");
    const erased = await h.call("POST", `/api/v1/customers/${w.alice.id}/erase`, {
      token: w.admin.token,
      body: { confirm: "Alice" },
    });
    expect(erased.status).toBe(200);
    const after = await h.call("GET", `/api/v1/customers/${w.alice.id}/loyalty`, { token: w.agent.token });
    expect(after.body.birthday).toBeNull();
    expect(after.body.segment.careOptOut).toBe(true);
    expect(after.body.balance).toBe(before.body.balance);
  });
});
