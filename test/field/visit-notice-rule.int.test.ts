import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { expectCall, hqTechnician } from "./hq-technician.js";

// The tenant's notice rule: a customer moving or cancelling a booked visit in the portal later
// than the notice hours before its window is refused, naming the deadline; staff still may, with
// their reason on the ticket's history.
const { h, worlds } = worldPerFile("a");
const [w] = worlds;

const ok = expectCall(h);

async function bookedVisit() {
  const { hq } = await hqTechnician(h, w);
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "故障", description: "上门", type: "repair", customerId: w.alice.id },
    201,
  );
  const v = await ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    w.admin.token,
    { kind: "repair", nodeId: hq.id, address: "上海市徐汇区", requiredSkills: ["washer"] },
    201,
  );
  const slots = (await ok("GET", `/api/v1/visits/${v.id}/slots`, w.aliceUser.token)).items;
  // The customer books freely: the visit had no window yet.
  await ok("POST", `/api/v1/visits/${v.id}/booking`, w.aliceUser.token, { start: slots[0].start });
  return { id: v.id as string, ticket: t.number as string, other: slots[1].start as string };
}

describe("the visit notice rule", () => {
  it("refuses the customer's late move or cancel, names the deadline; staff may, with a reason", async () => {
    expect((await ok("GET", "/api/v1/tenant", w.admin.token)).visitNoticeHours).toBe(24);
    const bad = await h.call("PATCH", "/api/v1/tenant", {
      token: w.admin.token,
      body: { visitNoticeHours: -1 },
    });
    expect(bad.status).toBe(400);
    // A week's notice: every offered window (the next 7 days) is inside it.
    await ok("PATCH", "/api/v1/tenant", w.admin.token, { visitNoticeHours: 168 });
    const v = await bookedVisit();

    const move = await h.call("POST", `/api/v1/visits/${v.id}/booking`, {
      token: w.aliceUser.token,
      lang: "zh-CN",
      body: { start: v.other },
    });
    expect(move.status).toBe(422);
    expect(move.body.error.code).toBe("field.notice_too_short");
    expect(move.body.error.message).toMatch(/至少提前 168 小时.*截止时间为 \d{4}-\d{2}-\d{2} \d{2}:\d{2}/);
    const cancel = await h.call("POST", `/api/v1/visits/${v.id}/steps`, {
      token: w.aliceUser.token,
      lang: "en",
      body: { action: "cancel" },
    });
    expect(cancel.status).toBe(422);
    expect(cancel.body.error.message).toContain("up to 168 hours before the window");
    expect((await ok("GET", `/api/v1/visits/${v.id}`, w.agent.token)).status).toBe("scheduled");

    // The desk may still move it; the reason is on the staff history.
    await ok("POST", `/api/v1/visits/${v.id}/booking`, w.agent.token, {
      start: v.other,
      reason: "客户来电，临时出差",
    });
    const history = await ok("GET", `/api/v1/tickets/${v.ticket}/events`, w.agent.token);
    expect(JSON.stringify(history)).toContain("客户来电，临时出差");

    // With no notice required the customer cancels themselves.
    await ok("PATCH", "/api/v1/tenant", w.admin.token, { visitNoticeHours: 0 });
    const done = await ok("POST", `/api/v1/visits/${v.id}/steps`, w.aliceUser.token, { action: "cancel" });
    expect(done.status).toBe("cancelled");
  });
});
