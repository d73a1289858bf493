import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { pdfShows } from "../pdf-text.js";
import { expectCall, onSiteVisit, SIGNATURE } from "./hq-technician.js";

// The delivery sign-off and the customer's rating on the technician's phone: after the signature, 1–5 stars and a comment,
// once per visit; on the visit for staff and in the service report.
const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const ok = expectCall(h);

describe("the customer's rating on the spot", () => {
  it("after the signature: stars and comment once, shown to staff and in the report", async () => {
    const v = await onSiteVisit(h, w);
    const rate = (body: unknown, key?: string, lang = "en") =>
      h.call("POST", `/api/v1/visits/${v.id}/rating`, {
        token: v.tech,
        lang,
        body,
        ...(key ? { headers: { "idempotency-key": key } } : {}),
      });
    // Before the customer signed there is nothing to rate yet.
    const early = await rate({ stars: 5 });
    expect(early.status).toBe(422);
    expect(early.body.error.code).toBe("field.signature_required");
    await ok("POST", `/api/v1/visits/${v.id}/signature`, v.tech, { image: SIGNATURE, signedBy: "王女士" });

    for (const stars of [0, 6, 2.5]) expect((await rate({ stars })).status).toBe(400);
    const first = await rate({ stars: 4, comment: "师傅很专业，准时" }, "k-rate");
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ rating: 4, ratingComment: "师傅很专业，准时" });
    // The phone's offline resend under the same key answers the visit, not a conflict.
    const resent = await rate({ stars: 4, comment: "师傅很专业，准时" }, "k-rate");
    expect(resent.status).toBe(200);
    // A second rating of the same visit is refused, translated.
    const second = await rate({ stars: 1 }, undefined, "zh-CN");
    expect(second.status).toBe(409);
    expect(second.body.error.message).toBe("客户已对本次上门服务评过分。");

    // Staff see it on the visit; another tenant cannot rate it.
    expect(await ok("GET", `/api/v1/visits/${v.id}`, w.supervisor.token)).toMatchObject({ rating: 4 });
    const foreign = await h.call("POST", `/api/v1/visits/${v.id}/rating`, {
      token: other.admin.token,
      body: { stars: 1 },
    });
    expect(foreign.status).toBe(404);

    await ok("POST", `/api/v1/visits/${v.id}/steps`, v.tech, { action: "check_out" });
    const res = await h.app.request(`/api/v1/visits/${v.id}/report.pdf`, {
      headers: { authorization: `Bearer ${w.aliceUser.token}` },
    });
    expect(res.status).toBe(200);
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdfShows(pdf, "客户评价★☆专业准时")).toBe(true);
  });

  it("a customer cannot rate through their own account", async () => {
    const v = await onSiteVisit(h, w);
    const r = await h.call("POST", `/api/v1/visits/${v.id}/rating`, {
      token: w.aliceUser.token,
      body: { stars: 5 },
    });
    expect(r.status).toBe(403);
  });
});

describe("the delivery sign-off", () => {
  it("a delivery needs model, quantity and condition before check-out; the signature fixes it; the report shows it", async () => {
    const v = await onSiteVisit(h, w, "delivery");
    const post = (path: string, body: unknown, lang = "en") =>
      h.call("POST", `/api/v1/visits/${v.id}/${path}`, { token: v.tech, lang, body });
    await ok("POST", `/api/v1/visits/${v.id}/signature`, v.tech, { image: SIGNATURE, signedBy: "王女士" });
    const early = await post("steps", { action: "check_out" }, "zh-CN");
    expect(early.status).toBe(422);
    expect(early.body.error.message).toBe("签退前请先登记送货信息（型号、数量、外观状况）。");
    // Signed already: the record must come before the signature that confirms it.
    const late = await post("delivery", { model: "XQG100-HBD14126L", quantity: 1, condition: "intact" });
    expect(late.status).toBe(422);
    expect(late.body.error.code).toBe("field.delivery_locked");

    const w2 = await onSiteVisit(h, w, "delivery");
    const post2 = (path: string, body: unknown, lang = "en") =>
      h.call("POST", `/api/v1/visits/${w2.id}/${path}`, { token: w2.tech, lang, body });
    const noNote = await post2("delivery", { model: "XQG100", quantity: 1, condition: "damaged" }, "zh-CN");
    expect(noNote.status).toBe(400);
    expect(JSON.stringify(noNote.body)).toContain("请说明损坏情况");
    expect((await post2("delivery", { model: "XQG100", quantity: 0, condition: "intact" })).status).toBe(400);
    const rec = await post2("delivery", {
      model: "XQG100-HBD14126L",
      quantity: 2,
      condition: "damaged",
      note: "外箱凹陷，机身右侧划痕",
    });
    expect(rec.status).toBe(200);
    expect(rec.body.delivery).toMatchObject({ model: "XQG100-HBD14126L", quantity: 2, condition: "damaged" });
    await ok("POST", `/api/v1/visits/${w2.id}/signature`, w2.tech, { image: SIGNATURE, signedBy: "王女士" });
    const done = await ok("POST", `/api/v1/visits/${w2.id}/steps`, w2.tech, { action: "check_out" });
    expect(done.status).toBe("done");
    const res = await h.app.request(`/api/v1/visits/${w2.id}/report.pdf`, {
      headers: { authorization: `Bearer ${w.aliceUser.token}` },
    });
    expect(pdfShows(Buffer.from(await res.arrayBuffer()), "送货签收凹陷划痕")).toBe(true);

    // A repair has no delivery sign-off.
    const repair = await onSiteVisit(h, w);
    const wrong = await h.call("POST", `/api/v1/visits/${repair.id}/delivery`, {
      token: repair.tech,
      body: { model: "X", quantity: 1, condition: "intact" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe("field.not_a_delivery");
  });
});
