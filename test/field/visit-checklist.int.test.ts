import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { pdfStreams } from "../pdf-text.js";
import { expectCall, hqTechnician, SIGNATURE } from "./hq-technician.js";

// SOP checklists on visits: a template per visit kind and product line, copied onto the visit;
// the technician ticks steps on the phone; required ones gate the check-out; the report lists them.
const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const ok = expectCall(h);

async function setup() {
  const { hq, email } = await hqTechnician(h, w, ["washer", "aircon"]);
  return { nodeId: hq.id as string, tech: await h.login(email) };
}

async function visit(nodeId: string, skill: string) {
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "故障", description: "上门", type: "repair", customerId: w.alice.id },
    201,
  );
  return ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    w.admin.token,
    { kind: "repair", nodeId, address: "上海市徐汇区", requiredSkills: [skill] },
    201,
  );
}

describe("SOP checklists on visits", () => {
  it("required steps block check-out until ticked on the phone; the report shows the checklist", async () => {
    const net = await setup();
    const washerSteps = [
      { zh: "断电并关闭进水阀", en: "Cut power and close the water inlet", required: true },
      { zh: "检查排水管有无渗漏", en: "Check the drain hose for leaks", required: true },
      { zh: "清洁过滤网", en: "Clean the filter", required: false },
    ];
    const bad = await h.call("PUT", "/api/v1/visit-checklists", {
      token: w.admin.token,
      lang: "zh-CN",
      body: { kind: "repair", steps: [{ zh: "", en: "x" }] },
    });
    expect(bad.status).toBe(400);
    await ok("PUT", "/api/v1/visit-checklists", w.admin.token, {
      kind: "repair",
      productLine: "washer",
      steps: washerSteps,
    });
    await ok("PUT", "/api/v1/visit-checklists", w.admin.token, {
      kind: "repair",
      steps: [{ zh: "确认故障现象", en: "Confirm the fault", required: true }],
    });
    // Another tenant's templates are its own.
    expect((await ok("GET", "/api/v1/visit-checklists", other.admin.token)).items).toEqual([]);

    // A washer repair carries the washer checklist; any other product line the general one.
    const general = await visit(net.nodeId, "aircon");
    expect(general.checklist.map((s: { en: string }) => s.en)).toEqual(["Confirm the fault"]);
    const v = await visit(net.nodeId, "washer");
    expect(v.checklist).toHaveLength(3);
    expect(v.checklist.every((s: { done: boolean }) => !s.done)).toBe(true);

    const [slot] = (await ok("GET", `/api/v1/visits/${v.id}/slots`, w.agent.token)).items;
    await ok("POST", `/api/v1/visits/${v.id}/booking`, w.agent.token, { start: slot.start });
    const early = await h.call("POST", `/api/v1/visits/${v.id}/checklist`, {
      token: net.tech,
      body: { stepId: "s1" },
    });
    expect(early.status).toBe(422);
    await ok("POST", `/api/v1/visits/${v.id}/steps`, net.tech, { action: "check_in" });
    await ok("POST", `/api/v1/visits/${v.id}/signature`, net.tech, { image: SIGNATURE, signedBy: "王女士" });

    const blocked = await h.call("POST", `/api/v1/visits/${v.id}/steps`, {
      token: net.tech,
      lang: "zh-CN",
      body: { action: "check_out" },
    });
    expect(blocked.status).toBe(422);
    expect(blocked.body.error.code).toBe("field.checklist_incomplete");
    expect(blocked.body.error.message).toContain("还有 2 项未完成");

    // Ticked from the phone's offline queue: the resend under the same key changes nothing twice.
    const tick = (stepId: string, key: string) =>
      h.call("POST", `/api/v1/visits/${v.id}/checklist`, {
        token: net.tech,
        body: { stepId },
        headers: { "idempotency-key": key },
      });
    expect((await tick("s1", "k-s1")).status).toBe(200);
    const again = await tick("s1", "k-s1");
    expect(again.body.checklist[0]).toMatchObject({ done: true });
    const unknown = await h.call("POST", `/api/v1/visits/${v.id}/checklist`, {
      token: net.tech,
      lang: "en",
      body: { stepId: "s9" },
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toBe("This visit's checklist has no such step.");
    const stillOne = await h.call("POST", `/api/v1/visits/${v.id}/steps`, {
      token: net.tech,
      lang: "en",
      body: { action: "check_out" },
    });
    expect(stillOne.body.error.message).toContain("(1 still open)");
    await tick("s2", "k-s2");
    // The optional step may stay open.
    const done = await ok("POST", `/api/v1/visits/${v.id}/steps`, net.tech, { action: "check_out" });
    expect(done.status).toBe("done");
    expect(done.checklist.map((s: { done: boolean }) => s.done)).toEqual([true, true, false]);

    const res = await h.app.request(`/api/v1/visits/${v.id}/report.pdf`, {
      headers: { authorization: `Bearer ${w.aliceUser.token}` },
    });
    expect(res.status).toBe(200);
    const text = pdfStreams(Buffer.from(await res.arrayBuffer()));
    expect(text).toContain("6e17"); // 渗 of the leak check
    expect(text).toContain("6e05"); // 清 of the optional filter step
  });

  // Runs last in this file: the SOP it publishes covers every repair ticket of the tenant.
  it("a check-out leaves the ticket open while the ticket's required SOP has open control points", async () => {
    const net = await setup();
    const sop = await ok(
      "POST",
      "/api/v1/kb/sops",
      w.admin.token,
      {
        scene: "hardware_repair",
        titleZh: "维修结果复核",
        titleEn: "Repair result review",
        ticketTypes: ["repair"],
        required: true,
        steps: [{ zh: "核对维修记录", en: "Check the repair record", role: "agent", control: true }],
      },
      201,
    );
    await ok("POST", `/api/v1/kb/sops/${sop.id}/status`, w.supervisor.token, { status: "published" });
    const v = await visit(net.nodeId, "aircon");
    const [slot] = (await ok("GET", `/api/v1/visits/${v.id}/slots`, w.agent.token)).items;
    await ok("POST", `/api/v1/visits/${v.id}/booking`, w.agent.token, { start: slot.start });
    await ok("POST", `/api/v1/visits/${v.id}/steps`, net.tech, { action: "check_in" });
    await ok("POST", `/api/v1/visits/${v.id}/checklist`, net.tech, { stepId: "s1" });
    await ok("POST", `/api/v1/visits/${v.id}/signature`, net.tech, { image: SIGNATURE, signedBy: "王女士" });
    // The technician's check-out goes through (it may come from the phone's offline queue)...
    const done = await ok("POST", `/api/v1/visits/${v.id}/steps`, net.tech, { action: "check_out" });
    expect(done.status).toBe("done");
    // ...but the ticket is not resolved behind the open control point; the agent ticks it and resolves.
    const open = await ok("GET", `/api/v1/tickets/${v.ticketNumber}`, w.agent.token);
    expect(open.status).not.toBe("resolved");
    await ok("POST", `/api/v1/tickets/${v.ticketNumber}/sops`, w.agent.token, {
      sopId: sop.id,
      stepId: "s1",
      done: true,
    });
    const resolved = await ok("POST", `/api/v1/tickets/${v.ticketNumber}/transitions`, w.agent.token, {
      action: "resolve",
    });
    expect(resolved.status).toBe("resolved");
  });
});
