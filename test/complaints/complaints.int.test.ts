import { beforeAll, describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("cp", "cq");
const [w] = worlds;
// The service manager: a supervisor with a user limit of 5,000 (the admin sets it below).
let manager: { id: string; token: string };

const runJobs = async () => {
  while (await h.jobs.tick()) {}
};

beforeAll(async () => {
  const email = `manager.${w.tenantId}@test.local`;
  const u = await w.post("/api/v1/users", {
    email,
    name: "服务经理",
    role: "supervisor",
    password: "secret-password",
  });
  manager = { id: u.id, token: await h.login(email, "secret-password") };
  const settings = await h.call("PUT", "/api/v1/complaints/settings", {
    token: w.admin.token,
    body: { serviceManagerId: manager.id },
  });
  expect(settings.status).toBe(200);
  const limit = await h.call("PUT", `/api/v1/complaints/approval-limits/${manager.id}`, {
    token: w.admin.token,
    body: { limit: 5000 },
  });
  expect(limit.status).toBe(200);
  expect(limit.body.userLimits).toEqual([expect.objectContaining({ userId: manager.id, limit: 5000 })]);
});

async function complaintTicket(description: string, customerId = w.bob.id, unitSerial?: string) {
  const t = await h.call("POST", "/api/v1/tickets", {
    token: w.agent.token,
    body: {
      subject: "投诉",
      description,
      type: "complaint",
      customerId,
      ...(unitSerial ? { unitSerial } : {}),
    },
  });
  expect(t.status).toBe(201);
  const c = await h.call("GET", `/api/v1/tickets/${t.body.number}/complaint`, { token: w.agent.token });
  expect(c.status).toBe(200);
  return { ticket: t.body as { id: string; number: string }, complaint: c.body };
}

const plan = (amount: string) => ({
  rootCause: "安装工未按规范固定排水管",
  compensationKind: "refund",
  compensationAmount: amount,
  correctiveAction: "安装规范培训，增加回访抽检",
  accountableWho: "安装服务商 A",
  accountableWhat: "扣减当月服务费",
});

describe("the complaint record", () => {
  it("every ticket of type complaint gets one; a media word makes it major and it goes to the service manager", async () => {
    const { ticket, complaint } = await complaintTicket(
      "洗衣机漏水三次了，再不处理我就找媒体曝光",
      w.alice.id,
      w.aliceUnit.serial,
    );
    expect(complaint).toMatchObject({
      view: "staff",
      severity: "major",
      status: "open",
      nature: "other",
      productName: "Washer",
    });
    expect(complaint.majorReasons).toEqual([{ reason: "media", detail: "曝光, 媒体" }]);
    await runJobs();
    const t = await h.call("GET", `/api/v1/tickets/${ticket.number}`, { token: w.agent.token });
    expect(t.body).toMatchObject({ assigneeId: manager.id, priority: "A", escalationLevel: 1 });
    const again = await h.call("GET", `/api/v1/tickets/${ticket.number}/complaint`, { token: w.agent.token });
    expect(again.body).toMatchObject({ escalatedTo: manager.id, escalatedToName: "服务经理" });
    const notes = await h.call("GET", "/api/v1/notifications", { token: manager.token });
    expect(
      notes.body.items.some(
        (n: { kind: string; ticketId: string }) => n.kind === "complaint_major" && n.ticketId === ticket.id,
      ),
    ).toBe(true);
  });

  it("a plain complaint is general; the same customer's second one within 30 days is a repeat, so major", async () => {
    const first = await complaintTicket("客服电话一直打不通");
    expect(first.complaint.severity).toBe("general");
    const second = await complaintTicket("上门师傅迟到两个小时");
    expect(second.complaint).toMatchObject({
      severity: "major",
      majorReasons: [{ reason: "repeat", detail: "1" }],
    });
  });

  it("an amount at stake over the tenant's threshold makes it major; a ticket changed to a complaint gets its record", async () => {
    const t = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: { subject: "价格", description: "同款比别处贵", type: "support", customerId: w.bob.id },
    });
    expect(
      (await h.call("GET", `/api/v1/tickets/${t.body.number}/complaint`, { token: w.agent.token })).status,
    ).toBe(404);
    await h.call("PATCH", `/api/v1/tickets/${t.body.number}`, {
      token: w.agent.token,
      body: { type: "complaint" },
    });
    const c = await h.call("GET", `/api/v1/tickets/${t.body.number}/complaint`, { token: w.agent.token });
    expect(c.status).toBe(200);
    const patched = await h.call("PATCH", `/api/v1/complaints/${c.body.id}`, {
      token: w.agent.token,
      body: { nature: "price", amountInvolved: "2500.00" },
    });
    expect(patched.body.nature).toBe("price");
    expect(patched.body.majorReasons.map((r: { reason: string }) => r.reason)).toContain("amount");
    expect(patched.body.severity).toBe("major");
  });

  it("staff raise a complaint from any ticket: a linked complaint ticket, and the original records it", async () => {
    const repair = await h.call("POST", "/api/v1/tickets", {
      token: w.agent.token,
      body: {
        subject: "不脱水",
        description: "d",
        type: "repair",
        customerId: w.alice.id,
        unitSerial: w.aliceUnit.serial,
      },
    });
    const raised = await h.call("POST", `/api/v1/tickets/${repair.body.number}/complaints`, {
      token: w.agent.token,
      body: { nature: "service", description: "维修拖了两周" },
    });
    expect(raised.status).toBe(201);
    expect(raised.body).toMatchObject({
      nature: "service",
      originTicketNumber: repair.body.number,
      unitSerial: w.aliceUnit.serial,
    });
    expect(raised.body.ticketNumber).not.toBe(repair.body.number);
    const events = await h.call("GET", `/api/v1/tickets/${repair.body.number}/events`, {
      token: w.aliceUser.token,
    });
    expect(events.body.items.find((e: { type: string }) => e.type === "complaint_step")?.data).toEqual({
      action: "raised",
      status: "open",
      complaintNumber: raised.body.ticketNumber,
    });
    const twice = await h.call("POST", `/api/v1/tickets/${raised.body.ticketNumber}/complaints`, {
      token: w.agent.token,
      headers: { "accept-language": "zh-CN" },
      body: { nature: "service", description: "x" },
    });
    expect(twice.status).toBe(422);
    expect(twice.body.error.code).toBe("complaint.already_complaint");
  });
});

describe("resolution plan, approval and the customer's answer", () => {
  it("thresholds, self-approval, execution, the customer's projection, not satisfied → reopen, then satisfied", async () => {
    const { ticket, complaint } = await complaintTicket("热水器漏电，差点触电", w.bob.id, w.bobUnit.serial);
    const id = complaint.id;
    const early = await h.call("POST", `/api/v1/complaints/${id}/execution`, {
      token: w.agent.token,
      body: { compensationExecuted: true, correctiveDone: true },
    });
    expect([early.status, early.body.error.code]).toEqual([409, "complaint.approval_required"]);

    const submitted = await h.call("PUT", `/api/v1/complaints/${id}/plan`, {
      token: w.agent.token,
      body: plan("500"),
    });
    expect(submitted.body).toMatchObject({
      status: "pending_approval",
      plan: { compensationAmount: "500.00" },
    });

    // Before approval the customer sees progress but no compensation, and never the root cause.
    const before = await h.call("GET", `/api/v1/tickets/${ticket.number}/complaint`, {
      token: w.bobUser.token,
    });
    expect(before.body).toEqual({
      id,
      view: "customer",
      ticketNumber: ticket.number,
      nature: "other",
      status: "pending_approval",
      compensationKind: null,
      compensationAmount: null,
      satisfaction: null,
    });

    const bySupervisor = await h.call("POST", `/api/v1/complaints/${id}/approve`, {
      token: w.supervisor.token,
      headers: { "accept-language": "zh-CN" },
      body: {},
    });
    expect(bySupervisor.status).toBe(403);
    expect(bySupervisor.body.error.code).toBe("complaint.threshold");
    expect(bySupervisor.body.error.message).toBe(
      "补偿金额 500.00 超出您的审批额度 200.00，请由额度更高的人审批。",
    );
    const byAuthor = await h.call("POST", `/api/v1/complaints/${id}/approve`, {
      token: w.agent.token,
      body: {},
    });
    expect(byAuthor.body.error.code).toBe("complaint.self_approval");
    // Agents have no approval limit by default.
    const email = `agent2.${w.tenantId}@test.local`;
    await w.post("/api/v1/users", { email, name: "Agent 2", role: "agent", password: "secret-password" });
    const byAgent = await h.call("POST", `/api/v1/complaints/${id}/approve`, {
      token: await h.login(email, "secret-password"),
      body: {},
    });
    expect([byAgent.status, byAgent.body.error.code]).toEqual([403, "complaint.not_approver"]);

    // The manager rewrites the plan and so may not approve it; the admin (no limit) sends it back.
    await h.call("PUT", `/api/v1/complaints/${id}/plan`, { token: manager.token, body: plan("500") });
    const own = await h.call("POST", `/api/v1/complaints/${id}/approve`, { token: manager.token, body: {} });
    expect([own.status, own.body.error.code]).toEqual([403, "complaint.self_approval"]);
    const back = await h.call("POST", `/api/v1/complaints/${id}/reject`, {
      token: w.admin.token,
      body: { reason: "补偿方式改为代金券" },
    });
    expect(back.body).toMatchObject({ status: "open", rejectionReason: "补偿方式改为代金券" });

    await h.call("PUT", `/api/v1/complaints/${id}/plan`, {
      token: w.agent.token,
      body: { ...plan("500"), compensationKind: "voucher" },
    });
    const approved = await h.call("POST", `/api/v1/complaints/${id}/approve`, {
      token: manager.token,
      body: {},
    });
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({
      status: "approved",
      approvedBy: manager.id,
      rejectionReason: null,
    });
    const seen = await h.call("GET", `/api/v1/tickets/${ticket.number}/complaint`, {
      token: w.bobUser.token,
    });
    expect(seen.body).toMatchObject({
      status: "approved",
      compensationKind: "voucher",
      compensationAmount: "500.00",
    });

    const executed = await h.call("POST", `/api/v1/complaints/${id}/execution`, {
      token: w.agent.token,
      body: { compensationExecuted: true, correctiveDone: true, note: "代金券已发放" },
    });
    expect(executed.body.status).toBe("executed");
    const resolved = await h.call("GET", `/api/v1/tickets/${ticket.number}`, { token: w.bobUser.token });
    expect(resolved.body.status).toBe("resolved");

    // Not satisfied: the customer rejects the resolution with a reason; the complaint is open again.
    const reject = await h.call("POST", `/api/v1/tickets/${ticket.number}/transitions`, {
      token: w.bobUser.token,
      body: { action: "reject", reason: "代金券无法使用" },
    });
    expect(reject.status).toBe(200);
    const reopened = await h.call("GET", `/api/v1/tickets/${ticket.number}/complaint`, {
      token: w.agent.token,
    });
    expect(reopened.body).toMatchObject({
      status: "open",
      satisfaction: "not_satisfied",
      reopenCount: 1,
      reopenReason: "代金券无法使用",
      approvedBy: null,
    });

    await h.call("PUT", `/api/v1/complaints/${id}/plan`, { token: w.agent.token, body: { ...plan("600") } });
    expect(
      (await h.call("POST", `/api/v1/complaints/${id}/approve`, { token: manager.token, body: {} })).status,
    ).toBe(200);
    await h.call("POST", `/api/v1/complaints/${id}/execution`, {
      token: w.agent.token,
      body: { compensationExecuted: true, correctiveDone: true },
    });
    const confirm = await h.call("POST", `/api/v1/tickets/${ticket.number}/transitions`, {
      token: w.bobUser.token,
      body: { action: "confirm" },
    });
    expect(confirm.status).toBe(200);
    const closed = await h.call("GET", `/api/v1/tickets/${ticket.number}/complaint`, {
      token: w.bobUser.token,
    });
    expect(closed.body).toMatchObject({
      status: "closed",
      satisfaction: "satisfied",
      compensationAmount: "600.00",
    });

    // The customer's history shows the steps they may know of and nothing internal.
    const events = await h.call("GET", `/api/v1/tickets/${ticket.number}/events`, { token: w.bobUser.token });
    const steps = events.body.items.filter((e: { type: string }) => e.type === "complaint_step");
    expect(steps.map((e: { data: { action: string } }) => e.data.action)).toEqual(
      expect.arrayContaining(["plan_approved", "executed"]),
    );
    const text = JSON.stringify(events.body);
    for (const secret of [
      "安装工未按规范",
      "安装服务商 A",
      "补偿方式改为代金券",
      "plan_submitted",
      "plan_rejected",
    ])
      expect(text).not.toContain(secret);
    // Every step is in the audit log.
    const audit = await h.call("GET", "/api/v1/audit?limit=200", { token: w.admin.token });
    const actions = audit.body.items.map((e: { action: string }) => e.action);
    for (const action of [
      "ticket.complaint_plan_submitted",
      "ticket.complaint_plan_rejected",
      "ticket.complaint_plan_approved",
      "ticket.complaint_executed",
      "complaint.not_satisfied",
      "complaint.satisfied",
    ])
      expect(actions).toContain(action);
  });
});

describe("participants from other departments", () => {
  it("a task with a deadline reaches the participant, shows overdue on their list, and is done", async () => {
    const { complaint } = await complaintTicket("滚筒异响，怀疑轴承设计问题");
    const added = await h.call("POST", `/api/v1/complaints/${complaint.id}/participants`, {
      token: w.agent.token,
      body: {
        department: "rnd",
        userId: w.technician.id,
        task: "分析轴承批次",
        dueAt: "2020-01-01T00:00:00Z",
      },
    });
    expect(added.status).toBe(201);
    const tasks = await h.call("GET", "/api/v1/complaints/tasks", { token: w.technician.token });
    const task = tasks.body.items.find((t: { complaintId: string }) => t.complaintId === complaint.id);
    expect(task).toMatchObject({
      department: "rnd",
      task: "分析轴承批次",
      overdue: true,
      ticketNumber: complaint.ticketNumber,
    });
    const notes = await h.call("GET", "/api/v1/notifications", { token: w.technician.token });
    expect(notes.body.items.some((n: { kind: string }) => n.kind === "complaint_task")).toBe(true);
    const done = await h.call("POST", `/api/v1/complaints/${complaint.id}/participants/${task.id}/done`, {
      token: w.technician.token,
      body: { note: "批次 B23 轴承供应商变更" },
    });
    expect(done.body.participants[0]).toMatchObject({ doneNote: "批次 B23 轴承供应商变更", overdue: false });
    const none = await h.call("POST", `/api/v1/complaints/${complaint.id}/participants`, {
      token: w.agent.token,
      headers: { "accept-language": "zh-CN" },
      body: { department: "rnd", task: "x", dueAt: "2030-01-01T00:00:00Z" },
    });
    expect([none.status, none.body.error.code]).toEqual([422, "complaint.participant_target"]);
  });
});

describe("the complaint register", () => {
  it("filters by severity, nature, product and period; other tenants' complaints never appear", async () => {
    const all = await h.call("GET", "/api/v1/complaints?limit=200", { token: w.supervisor.token });
    expect(all.status).toBe(200);
    expect(all.body.items.length).toBeGreaterThanOrEqual(6);
    const major = await h.call("GET", "/api/v1/complaints?severity=major", { token: w.supervisor.token });
    expect(major.body.items.every((r: { severity: string }) => r.severity === "major")).toBe(true);
    const price = await h.call("GET", "/api/v1/complaints?nature=price", { token: w.supervisor.token });
    expect(price.body.items.map((r: { nature: string }) => r.nature)).toEqual(["price"]);
    const washer = await h.call("GET", `/api/v1/complaints?productId=${w.washer.id}`, {
      token: w.supervisor.token,
    });
    expect(washer.body.items.length).toBeGreaterThan(0);
    expect(washer.body.items.every((r: { productName: string }) => r.productName === "Washer")).toBe(true);
    const past = await h.call("GET", "/api/v1/complaints?from=2020-01-01&to=2020-12-31", {
      token: w.supervisor.token,
    });
    expect(past.body.items).toEqual([]);
    const page = await h.call("GET", "/api/v1/complaints?limit=2", { token: w.supervisor.token });
    const next = await h.call("GET", `/api/v1/complaints?limit=200&cursor=${page.body.nextCursor}`, {
      token: w.supervisor.token,
    });
    expect(page.body.items.length + next.body.items.length).toBe(all.body.items.length);
    const other = await h.call("GET", "/api/v1/complaints", { token: worlds[1].supervisor.token });
    expect(other.body.items).toEqual([]);
    const customer = await h.call("GET", "/api/v1/complaints", { token: w.bobUser.token });
    expect(customer.status).toBe(403);
  });
});
