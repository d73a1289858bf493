import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";
import { expectCall, hqTechnician } from "./hq-technician.js";

// A remote diagnosis: no address, no trip, no signature; its check-out says whether the problem
// was solved remotely (the ticket goes to the customer's confirmation) or needs an on-site visit
// (created from it); the success rate per month and product line is a supervisor's figure.
const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;
const ok = expectCall(h);

async function remoteCall(tech: { hq: { id: string } }, techToken: string) {
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    { subject: "洗衣机报错 E21", description: "先电话诊断", type: "repair", customerId: w.alice.id },
    201,
  );
  const v = await ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    w.agent.token,
    { kind: "remote", nodeId: tech.hq.id, durationMinutes: 30, requiredSkills: ["washer"] },
    201,
  );
  const [slot] = (await ok("GET", `/api/v1/visits/${v.id}/slots`, w.agent.token)).items;
  await ok("POST", `/api/v1/visits/${v.id}/booking`, w.agent.token, { start: slot.start });
  await ok("POST", `/api/v1/visits/${v.id}/steps`, techToken, { action: "check_in" });
  return { visit: v, ticket: t };
}

describe("remote diagnosis", () => {
  it("solved remotely or needs on-site: outcome required, follow-up created, success rate counted", async () => {
    const tech = await hqTechnician(h, w);
    const token = await h.login(tech.email);
    // An on-site visit still needs its address.
    const t0 = await ok(
      "POST",
      "/api/v1/tickets",
      w.agent.token,
      { subject: "安装", description: "上门", type: "repair", customerId: w.alice.id },
      201,
    );
    const noAddress = await h.call("POST", `/api/v1/tickets/${t0.number}/visits`, {
      token: w.agent.token,
      lang: "zh-CN",
      body: { kind: "repair", nodeId: tech.hq.id },
    });
    expect(noAddress.status).toBe(400);
    expect(JSON.stringify(noAddress.body)).toContain("请填写上门地址");

    const solved = await remoteCall(tech, token);
    expect(solved.visit.address).toBe("");
    const missing = await h.call("POST", `/api/v1/visits/${solved.visit.id}/steps`, {
      token,
      lang: "zh-CN",
      body: { action: "check_out" },
    });
    expect(missing.status).toBe(422);
    expect(missing.body.error.message).toBe("签退前请选择：已远程解决，或需要上门。");
    // No signature needed: the customer was on the phone.
    const done = await ok("POST", `/api/v1/visits/${solved.visit.id}/steps`, token, {
      action: "check_out",
      remoteOutcome: "solved_remotely",
      notes: "指导客户清理排水泵过滤器",
    });
    expect(done).toMatchObject({ status: "done", remoteOutcome: "solved_remotely", followUpVisitId: null });
    const ticket = await ok("GET", `/api/v1/tickets/${solved.ticket.number}`, w.agent.token);
    expect(ticket.status).toBe("resolved");

    // Needs on-site: Alice has no street address on file, so the technician gives one.
    const needs = await remoteCall(tech, token);
    const noStreet = await h.call("POST", `/api/v1/visits/${needs.visit.id}/steps`, {
      token,
      body: { action: "check_out", remoteOutcome: "needs_onsite" },
    });
    expect(noStreet.status).toBe(422);
    expect(noStreet.body.error.code).toBe("field.onsite_address_required");
    const sent = await ok("POST", `/api/v1/visits/${needs.visit.id}/steps`, token, {
      action: "check_out",
      remoteOutcome: "needs_onsite",
      onsiteAddress: "上海市徐汇区漕溪北路 88 号",
    });
    expect(sent.followUpVisitId).toBeTruthy();
    const onsite = await ok("GET", `/api/v1/visits/${sent.followUpVisitId}`, w.agent.token);
    expect(onsite).toMatchObject({
      kind: "repair",
      status: "requested",
      ticketNumber: needs.ticket.number,
      address: "上海市徐汇区漕溪北路 88 号",
      requiredSkills: ["washer"],
    });
    expect((await ok("GET", `/api/v1/tickets/${needs.ticket.number}`, w.agent.token)).status).not.toBe(
      "resolved",
    );

    // Only a remote diagnosis has a remote outcome.
    const wrong = await h.call("POST", `/api/v1/visits/${onsite.id}/steps`, {
      token: w.agent.token,
      body: { action: "cancel", remoteOutcome: "solved_remotely" },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.error.code).toBe("field.remote_only");

    const figures = await ok("GET", "/api/v1/remote-diagnosis/success", w.supervisor.token);
    expect(figures.total).toEqual({ remote: 2, solvedRemotely: 1, rate: 0.5 });
    expect(figures.items).toEqual([
      expect.objectContaining({ productLine: "washer", remote: 2, solvedRemotely: 1, rate: 0.5 }),
    ]);
    // Another tenant's figures know nothing of these; an agent may not read them.
    const theirs = await ok("GET", "/api/v1/remote-diagnosis/success", other.supervisor.token);
    expect(theirs.total.remote).toBe(0);
    expect((await h.call("GET", "/api/v1/remote-diagnosis/success", { token: w.agent.token })).status).toBe(
      403,
    );
  });
});
