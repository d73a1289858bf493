import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

const call = (method: string, path: string, token: string, body?: unknown, lang = "en") =>
  h.call(method, path, { token, body, lang });

const repairSop = {
  scene: "hardware_repair",
  titleZh: "洗衣机上门维修",
  titleEn: "Washer repair",
  ticketTypes: ["repair"],
  productLine: "washer",
  required: true,
  steps: [
    { zh: "核对序列号与保修", en: "Check serial and warranty", role: "agent", control: true, minutes: 10 },
    { zh: "远程排查", en: "Remote check", role: "agent", tools: "故障码表", exception: "无法排查则派工" },
    { zh: "记录维修结果", en: "Record the repair result", role: "technician", control: true },
  ],
};

async function publishedSop(body: Record<string, unknown> = repairSop) {
  const created = await call("POST", "/api/v1/kb/sops", w.admin.token, body);
  expect(created.status).toBe(201);
  const published = await call("POST", `/api/v1/kb/sops/${created.body.id}/status`, w.supervisor.token, {
    status: "published",
  });
  expect(published.status).toBe(200);
  return published.body as { id: string; steps: { id: string }[] };
}

async function startedTicket(type = "repair") {
  const t = await w.post(
    "/api/v1/tickets",
    {
      subject: "洗衣机不脱水",
      description: "甩干时报 E3",
      type,
      customerId: w.alice.id,
      unitSerial: w.aliceUnit.serial,
    },
    w.agent.token,
  );
  expect(
    (await call("POST", `/api/v1/tickets/${t.id}/transitions`, w.agent.token, { action: "start" })).status,
  ).toBe(200);
  return t as { id: string; number: string };
}

describe("SOP library", () => {
  it("keeps a draft → review → published SOP with its versions and who saved them", async () => {
    const created = await call("POST", "/api/v1/kb/sops", w.admin.token, {
      ...repairSop,
      ticketTypes: ["installation"],
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: "draft", version: 1, required: true });
    expect(created.body.steps.map((s: { id: string }) => s.id)).toEqual(["s1", "s2", "s3"]);
    const id = created.body.id as string;
    // an edit keeps the ticked steps' ids and adds the next free one
    const steps = [...created.body.steps.slice(1), { zh: "回访", en: "Call back" }];
    const edited = await call("PUT", `/api/v1/kb/sops/${id}`, w.supervisor.token, { ...repairSop, steps });
    expect(edited.status).toBe(200);
    expect(edited.body.steps.map((s: { id: string }) => s.id)).toEqual(["s2", "s3", "s1"]);
    expect(
      (await call("POST", `/api/v1/kb/sops/${id}/status`, w.admin.token, { status: "review" })).status,
    ).toBe(200);
    const versions = await call("GET", `/api/v1/kb/sops/${id}/versions`, w.agent.token);
    expect(
      versions.body.items.map((v: { version: number; status: string }) => [v.version, v.status]),
    ).toEqual([
      [3, "review"],
      [2, "draft"],
      [1, "draft"],
    ]);
    expect(versions.body.items[1].changedByName).toBe("supervisor a");
    const listed = await call("GET", "/api/v1/kb/sops?status=review", w.agent.token);
    expect(listed.body.items.map((s: { id: string }) => s.id)).toContain(id);
    // agents follow SOPs, editors write them; a bad step is a field error, not a 500
    expect((await call("POST", "/api/v1/kb/sops", w.agent.token, repairSop)).status).toBe(403);
    const bad = await call("POST", "/api/v1/kb/sops", w.admin.token, { ...repairSop, steps: [] });
    expect(bad.status).toBe(400);
    const wrongMove = await call(
      "POST",
      `/api/v1/kb/sops/${id}/status`,
      w.admin.token,
      { status: "review" },
      "zh-CN",
    );
    expect(wrongMove.status).toBe(422);
    expect(wrongMove.body.error.message).toContain("状态");
  });

  it("puts a required SOP on matching tickets and refuses to resolve until its control points are ticked", async () => {
    const sop = await publishedSop();
    const ticket = await startedTicket();
    const list = await call("GET", `/api/v1/tickets/${ticket.number}/sops`, w.agent.token);
    expect(list.status).toBe(200);
    const entry = list.body.items.find((e: { sop: { id: string } }) => e.sop.id === sop.id);
    expect(entry).toMatchObject({ complete: false });
    // a consultation does not carry the repair SOP
    const consult = await startedTicket("consultation");
    const none = await call("GET", `/api/v1/tickets/${consult.id}/sops`, w.agent.token);
    expect(none.body.items.map((e: { sop: { id: string } }) => e.sop.id)).not.toContain(sop.id);

    const refused = await call(
      "POST",
      `/api/v1/tickets/${ticket.id}/transitions`,
      w.agent.token,
      { action: "resolve" },
      "zh-CN",
    );
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain("洗衣机上门维修");
    expect(refused.body.error.message).toContain("核对序列号与保修");
    const refusedEn = await call("POST", `/api/v1/tickets/${ticket.id}/transitions`, w.agent.token, {
      action: "resolve",
    });
    expect(refusedEn.body.error.message).toContain("Washer repair");

    const tick = (stepId: string, done = true) =>
      call("POST", `/api/v1/tickets/${ticket.id}/sops`, w.agent.token, { sopId: sop.id, stepId, done });
    expect((await tick("s1")).status).toBe(200);
    const afterOne = await tick("s3");
    const done = afterOne.body.items.find((e: { sop: { id: string } }) => e.sop.id === sop.id);
    expect(done.complete).toBe(true);
    expect(done.steps[0]).toMatchObject({ doneBy: w.agent.id, doneByName: "agent a" });
    expect(done.steps[1].doneAt).toBeNull(); // not a control point: optional
    expect((await tick("s9")).status).toBe(422);

    const resolved = await call("POST", `/api/v1/tickets/${ticket.id}/transitions`, w.agent.token, {
      action: "resolve",
    });
    expect(resolved.status).toBe(200);
    expect(resolved.body.status).toBe("resolved");

    const history = await call("GET", `/api/v1/tickets/${ticket.id}/events`, w.agent.token);
    const steps = history.body.items.filter((e: { type: string }) => e.type === "sop_step");
    expect(
      steps.map((e: { data: { stepId: string; done: boolean } }) => [e.data.stepId, e.data.done]),
    ).toEqual([
      ["s1", true],
      ["s3", true],
    ]);
    expect(JSON.stringify(steps[0])).toContain(w.agent.id);
    // the customer sees none of staff's checklist
    const theirs = await call("GET", `/api/v1/tickets/${ticket.id}/events`, w.aliceUser.token);
    expect(theirs.body.items.some((e: { type: string }) => e.type === "sop_step")).toBe(false);
  });

  it("makes a published SOP for a visit kind that kind's field checklist", async () => {
    await publishedSop({
      ...repairSop,
      scene: "installation",
      titleZh: "空调安装",
      titleEn: "Air conditioner installation",
      ticketTypes: ["installation"],
      productLine: "aircon",
      required: false,
      visitKind: "installation",
    });
    const templates = await call("GET", "/api/v1/visit-checklists", w.admin.token);
    const template = templates.body.items.find(
      (t: { kind: string; productLine: string }) => t.kind === "installation" && t.productLine === "aircon",
    );
    expect(template.steps.map((s: { zh: string; required: boolean }) => [s.zh, s.required])).toEqual([
      ["核对序列号与保修", true],
      ["远程排查", false],
      ["记录维修结果", true],
    ]);
  });

  it("keeps another tenant's SOPs out of sight", async () => {
    const sop = await publishedSop();
    expect((await call("GET", `/api/v1/kb/sops/${sop.id}`, other.agent.token)).status).toBe(404);
    expect((await call("PUT", `/api/v1/kb/sops/${sop.id}`, other.admin.token, repairSop)).status).toBe(404);
    const theirs = await call("GET", "/api/v1/kb/sops", other.agent.token);
    expect(theirs.body.items.map((s: { id: string }) => s.id)).not.toContain(sop.id);
  });
});
