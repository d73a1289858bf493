import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { visits } from "../../src/server/modules/field/field.tables.js";
import { mailboxWithLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";
import { pdfStreams } from "../pdf-text.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

let n = 0;
const code = (p: string) => `${p}-${++n}-${Math.random().toString(36).slice(2, 6)}`;
// A 1×1 PNG: what signature_pad's toDataURL() sends, only smaller.
const SIGNATURE =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

// HQ → East (outlet Shanghai) and North; a regional manager for each region; a technician homed at
// the Shanghai outlet with a van, one homed in the North.
async function network() {
  const admin = w.admin.token;
  const node = (body: Record<string, unknown>) =>
    ok("POST", "/api/v1/network/nodes", admin, { code: code("N"), ...body }, 201);
  const hq = await node({ name: "总部服务中心", level: "hq" });
  const east = await node({ name: "华东分中心", level: "region", parentId: hq.id });
  const north = await node({ name: "华北分中心", level: "region", parentId: hq.id });
  const shanghai = await node({ name: "上海徐汇网点", level: "outlet", parentId: east.id, partner: true });
  const user = async (role: string) => {
    const email = `${role}.${code("u")}@test.local`;
    const u = await ok(
      "POST",
      "/api/v1/users",
      admin,
      { email, name: `${role} ${n}`, role, password: "secret-password" },
      201,
    );
    return { id: u.id as string, token: await h.login(email) };
  };
  const eastManager = await user("supervisor");
  const northManager = await user("supervisor");
  await ok("PUT", `/api/v1/network/staff/${eastManager.id}`, admin, { nodeId: east.id });
  await ok("PUT", `/api/v1/network/staff/${northManager.id}`, admin, { nodeId: north.id });
  const everyDay = { workDays: [1, 2, 3, 4, 5, 6, 7], shiftStart: "09:00", shiftEnd: "17:00" };
  const vanSite = code("VAN");
  const eastTech = await user("technician");
  await ok(
    "POST",
    "/api/v1/stock-sites",
    admin,
    { code: vanSite, name: "沪A 工程车", kind: "van", ownerId: eastTech.id },
    201,
  );
  await ok("PUT", `/api/v1/technicians/${eastTech.id}`, admin, {
    nodeId: shanghai.id,
    skills: ["washer"],
    vanSite,
    ...everyDay,
  });
  const northTech = await user("technician");
  await ok("PUT", `/api/v1/technicians/${northTech.id}`, admin, {
    nodeId: north.id,
    skills: ["washer"],
    ...everyDay,
  });
  return { hq, east, north, shanghai, eastManager, northManager, eastTech, northTech, vanSite };
}

async function visitFor(nodeId: string, token = w.admin.token) {
  const t = await ok(
    "POST",
    "/api/v1/tickets",
    w.agent.token,
    {
      subject: "洗衣机不排水",
      description: "需要上门维修",
      type: "repair",
      customerId: w.alice.id,
    },
    201,
  );
  const v = await ok(
    "POST",
    `/api/v1/tickets/${t.number}/visits`,
    token,
    {
      kind: "repair",
      nodeId,
      durationMinutes: 90,
      address: "上海市徐汇区漕溪北路 1 号",
      requiredSkills: ["washer"],
    },
    201,
  );
  return { ticket: t, visit: v };
}

describe("field service: network scoped per level", () => {
  it("a regional manager sees their region's nodes, technicians and visits, never another region's", async () => {
    const net = await network();
    const { visit } = await visitFor(net.shanghai.id);
    const eastNodes = await ok("GET", "/api/v1/network/nodes", net.eastManager.token);
    expect(eastNodes.items.map((x: { id: string }) => x.id).sort()).toEqual(
      [net.east.id, net.shanghai.id].sort(),
    );
    const eastTechs = await ok("GET", "/api/v1/technicians", net.eastManager.token);
    expect(eastTechs.items.map((t: { userId: string }) => t.userId)).toEqual([net.eastTech.id]);
    expect(
      (await ok("GET", "/api/v1/visits", net.eastManager.token)).items.map((v: { id: string }) => v.id),
    ).toContain(visit.id);

    // The North sees none of it: the list leaves it out, the object is "not found".
    expect((await ok("GET", "/api/v1/visits", net.northManager.token)).items).toEqual([]);
    const technicians = await ok("GET", "/api/v1/technicians", net.northManager.token);
    expect(technicians.items.map((t: { userId: string }) => t.userId)).toEqual([net.northTech.id]);
    for (const path of [`/api/v1/visits/${visit.id}`, `/api/v1/visits/${visit.id}/slots`]) {
      const r = await h.call("GET", path, { token: net.northManager.token, lang: "zh-CN" });
      expect(r.status).toBe(404);
      expect(r.body.error.message).toBe("没有这个上门服务。");
    }
    const step = await h.call("POST", `/api/v1/visits/${visit.id}/steps`, {
      token: net.northTech.token,
      body: { action: "check_in" },
    });
    expect(step.status).toBe(404);
    // A North manager cannot open a visit at an East outlet either.
    const t = await ok(
      "POST",
      "/api/v1/tickets",
      w.agent.token,
      { subject: "x", description: "y", type: "repair", customerId: w.bob.id },
      201,
    );
    const create = await h.call("POST", `/api/v1/tickets/${t.number}/visits`, {
      token: net.northManager.token,
      body: { kind: "repair", nodeId: net.shanghai.id, address: "x" },
    });
    expect(create.status).toBe(404);
    // Headquarters (staff attached nowhere) see both regions.
    const all = await ok("GET", "/api/v1/technicians", w.supervisor.token);
    expect(all.items.map((x: { userId: string }) => x.userId)).toEqual(
      expect.arrayContaining([net.eastTech.id, net.northTech.id]),
    );
    // Another tenant's admin sees nothing of this network.
    expect((await ok("GET", "/api/v1/network/nodes", other.admin.token)).items).toEqual([]);
  });

  it("refuses a fourth tier and a node under a missing parent, in the caller's language", async () => {
    const net = await network();
    const deeper = await h.call("POST", "/api/v1/network/nodes", {
      token: w.admin.token,
      lang: "en",
      body: { code: code("N"), name: "too deep", level: "outlet", parentId: net.shanghai.id },
    });
    expect(deeper.status).toBe(422);
    expect(deeper.body.error.code).toBe("field.bad_parent");
    const bad = await h.call("PUT", `/api/v1/technicians/${net.eastTech.id}`, {
      token: w.admin.token,
      lang: "zh-CN",
      body: { nodeId: net.east.id, skills: [], shiftStart: "25:00" },
    });
    expect(bad.status).toBe(400);
  });
});

describe("field service: booking and the visit", () => {
  it("the customer books an offered window; the technician checks in, uses a van part, gets a signature and checks out", async () => {
    const net = await network();
    const { ticket, visit } = await visitFor(net.shanghai.id);
    const slots = await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token);
    expect(slots.items.length).toBeGreaterThan(0);
    const [first] = slots.items;
    expect(new Date(first.end).getTime() - new Date(first.start).getTime()).toBe(2 * 3600_000);
    // Bob may not see Alice's visit.
    expect((await h.call("GET", `/api/v1/visits/${visit.id}/slots`, { token: w.bobUser.token })).status).toBe(
      404,
    );

    const booked = await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.aliceUser.token, {
      start: first.start,
    });
    expect(booked).toMatchObject({
      status: "scheduled",
      technicianId: net.eastTech.id,
      windowStart: first.start,
    });

    // The only eligible technician now holds that window: it is no longer offered to another visit.
    const second = await visitFor(net.shanghai.id);
    const again = await ok("GET", `/api/v1/visits/${second.visit.id}/slots`, w.aliceUser.token);
    expect(again.items.map((x: { start: string }) => x.start)).not.toContain(first.start);
    const taken = await h.call("POST", `/api/v1/visits/${second.visit.id}/booking`, {
      token: w.aliceUser.token,
      lang: "zh-CN",
      body: { start: first.start },
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("field.slot_taken");

    // My jobs.
    const mine = await ok("GET", "/api/v1/visits?technicianId=me", net.eastTech.token);
    expect(mine.items.map((v: { id: string }) => v.id)).toEqual([visit.id]);

    const tech = net.eastTech.token;
    const onSite = await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech, {
      action: "check_in",
      lat: 31.19,
      lng: 121.43,
    });
    expect(onSite.status).toBe("on_site");
    expect(onSite.checkedInAt).not.toBeNull();

    const partNo = code("PN");
    await ok("POST", "/api/v1/parts", w.admin.token, { partNo, name: "排水泵", nameEn: "Drain pump" }, 201);
    await ok("POST", "/api/v1/stock/receipts", w.admin.token, { partNo, site: net.vanSite, qty: 3 }, 201);
    const withPart = await ok("POST", `/api/v1/visits/${visit.id}/parts`, tech, { partNo, qty: 1 });
    expect(withPart.parts).toEqual([{ partNo, name: "排水泵", qty: 1 }]);
    const stock = await ok("GET", `/api/v1/stock?partNo=${partNo}&site=${net.vanSite}`, w.agent.token);
    expect(stock.items[0]).toMatchObject({ onHand: 2, reserved: 0 });

    const unsigned = await h.call("POST", `/api/v1/visits/${visit.id}/steps`, {
      token: tech,
      lang: "en",
      body: { action: "check_out" },
    });
    expect(unsigned.status).toBe(422);
    expect(unsigned.body.error.message).toBe("The customer has not signed yet.");
    const badSig = await h.call("POST", `/api/v1/visits/${visit.id}/signature`, {
      token: tech,
      body: { image: "javascript:alert(1)", signedBy: "Alice" },
    });
    expect(badSig.status).toBe(400);
    await ok("POST", `/api/v1/visits/${visit.id}/signature`, tech, { image: SIGNATURE, signedBy: "王女士" });
    const smtp = await mailboxWithLocalSmtp(h.call, w.admin.token, `service.${code("mb")}@example.com`);
    const done = await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech, {
      action: "check_out",
      notes: "更换排水泵，试机正常",
    });
    expect(done).toMatchObject({ status: "done", signed: true, signedBy: "王女士" });
    // The repair is done and signed for: the ticket waits for the customer's confirmation.
    const resolved = await ok("GET", `/api/v1/tickets/${ticket.number}`, w.aliceUser.token);
    expect(resolved.status).toBe("resolved");
    // After the commit the report is mailed to the customer, with the PDF attached.
    while (await h.jobs.tick()) {}
    const reportMail = smtp.received.find((m) =>
      m.attachments.some((a) => a.contentType === "application/pdf"),
    );
    await smtp.close();
    expect(reportMail?.to).toMatchObject({ text: w.alice.email });
    expect(reportMail?.subject).toContain(ticket.number);
    const attached = reportMail?.attachments.find((a) => a.contentType === "application/pdf");
    expect(pdfStreams(attached?.content ?? Buffer.alloc(0))).toContain("7535");
    const late = await h.call("POST", `/api/v1/visits/${visit.id}/steps`, {
      token: tech,
      body: { action: "cancel" },
    });
    expect(late.status).toBe(422);

    // Every step is on the ticket's history; the customer sees progress, never the coordinates.
    const events = await ok("GET", `/api/v1/tickets/${ticket.number}/events`, w.aliceUser.token);
    const steps = events.items.filter((e: { type: string }) => e.type === "visit_step");
    expect(steps.map((e: { data: { action: string } }) => e.data.action)).toEqual([
      "created",
      "booked",
      "check_in",
      "part_used",
      "signed",
      "check_out",
    ]);
    const checkIn = steps.find((e: { data: { action: string } }) => e.data.action === "check_in");
    expect(checkIn.data).not.toHaveProperty("lat");
    const booking = steps.find((e: { data: { action: string } }) => e.data.action === "booked");
    expect(booking.data.technicianName).toBeTruthy();

    // The service report, from the portal: a PDF with the CJK font and the Chinese title mapped.
    const res = await h.app.request(`/api/v1/visits/${visit.id}/report.pdf`, {
      headers: { authorization: `Bearer ${w.aliceUser.token}` },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.toString("latin1")).toContain("NotoSansHans");
    expect(pdfStreams(pdf)).toEqual(expect.stringContaining("7535")); // 电
    expect(pdfStreams(pdf)).toEqual(expect.stringContaining("6392")); // 排 (of 排水泵)
    expect(
      (
        await h.app.request(`/api/v1/visits/${visit.id}/report.pdf`, {
          headers: { authorization: `Bearer ${w.bobUser.token}` },
        })
      ).status,
    ).toBe(404);

    // The QR code on the report opens its public verification page: the essentials and the
    // hash printed on the report, nothing personal; a wrong code is "not found", translated.
    // The signature and the QR code: each PNG an image and its transparency mask.
    expect(pdf.toString("latin1").match(/\/Subtype \/Image/g)?.length).toBe(4);
    const token = await reportTokenOf(visit.id);
    const verified = await h.call("GET", `/api/v1/public/service-reports/${token}`);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      number: ticket.number,
      kind: "repair",
      work: "更换排水泵，试机正常",
      signedBy: "王女士",
      parts: [{ partNo, name: "排水泵", qty: 1 }],
    });
    expect(verified.body.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(pdf.toString("latin1")).toContain(`SHA-256 ${verified.body.hash}`);
    expect(JSON.stringify(verified.body)).not.toContain("漕溪北路");
    const wrong = await h.call("GET", "/api/v1/public/service-reports/not-a-real-code", { lang: "zh-CN" });
    expect(wrong.status).toBe(404);
    expect(wrong.body.error.message).toContain("电子服务单");
  });

  it("a check-out marked for follow-up, or an inspection, leaves the ticket open for the agent", async () => {
    const net = await network();
    const tech = net.eastTech.token;
    const finish = async (kind: string, followUp?: boolean) => {
      const t = await ok(
        "POST",
        "/api/v1/tickets",
        w.agent.token,
        { subject: `上门${kind}`, description: "d", type: "repair", customerId: w.alice.id },
        201,
      );
      const v = await ok(
        "POST",
        `/api/v1/tickets/${t.number}/visits`,
        w.admin.token,
        { kind, nodeId: net.shanghai.id, address: "上海市徐汇区", requiredSkills: ["washer"] },
        201,
      );
      const [slot] = (await ok("GET", `/api/v1/visits/${v.id}/slots`, w.agent.token)).items;
      await ok("POST", `/api/v1/visits/${v.id}/booking`, w.agent.token, { start: slot.start });
      await ok("POST", `/api/v1/visits/${v.id}/steps`, tech, { action: "check_in" });
      await ok("POST", `/api/v1/visits/${v.id}/signature`, tech, { image: SIGNATURE, signedBy: "王女士" });
      await ok("POST", `/api/v1/visits/${v.id}/steps`, tech, {
        action: "check_out",
        ...(followUp === undefined ? {} : { followUp }),
      });
      return (await ok("GET", `/api/v1/tickets/${t.number}`, w.agent.token)).status as string;
    };
    expect(await finish("repair", true)).toBe("new");
    expect(await finish("inspection")).toBe("new");
    expect(await finish("installation", false)).toBe("resolved");
  });

  it("a visit places its ticket at the visit's node: that region sees the ticket, another does not", async () => {
    const net = await network();
    const { ticket } = await visitFor(net.shanghai.id);
    expect(
      (await h.call("GET", `/api/v1/tickets/${ticket.number}`, { token: net.eastManager.token })).status,
    ).toBe(200);
    expect(
      (await h.call("GET", `/api/v1/tickets/${ticket.number}`, { token: net.northManager.token })).status,
    ).toBe(404);
    const list = await ok("GET", "/api/v1/tickets?limit=200", net.northManager.token);
    expect(JSON.stringify(list)).not.toContain(ticket.id);
    // The desk sees the move on the history, in its language; the customer does not.
    const events = await h.call("GET", `/api/v1/tickets/${ticket.number}/events`, { token: w.agent.token });
    expect(events.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          type: "field_changed",
          data: expect.objectContaining({ field: "node", to: "上海徐汇网点" }),
        }),
      ]),
    );
    const theirs = await ok("GET", `/api/v1/tickets/${ticket.number}/events`, w.aliceUser.token);
    expect(theirs.items.map((e: { type: string }) => e.type)).not.toContain("field_changed");
  });

  it("two customers booking the same window at once: one gets the only technician, the other is told to pick again", async () => {
    const net = await network();
    // The North technician never serves Shanghai, so one person can take the window.
    const [a, b] = [await visitFor(net.shanghai.id), await visitFor(net.shanghai.id)];
    const [slot] = (await ok("GET", `/api/v1/visits/${a.visit.id}/slots`, w.aliceUser.token)).items;
    const answers = await Promise.all(
      [a, b].map((x) =>
        h.call("POST", `/api/v1/visits/${x.visit.id}/booking`, {
          token: w.aliceUser.token,
          body: { start: slot.start },
        }),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  it("a report is only for a finished visit, and a customer may cancel before the visit", async () => {
    const net = await network();
    const { visit } = await visitFor(net.shanghai.id);
    const early = await h.call("GET", `/api/v1/visits/${visit.id}/report.pdf`, { token: w.aliceUser.token });
    expect(early.status).toBe(422);
    const noCheckIn = await h.call("POST", `/api/v1/visits/${visit.id}/steps`, {
      token: w.aliceUser.token,
      body: { action: "check_in" },
    });
    expect(noCheckIn.status).toBe(403);
    const cancelled = await ok("POST", `/api/v1/visits/${visit.id}/steps`, w.aliceUser.token, {
      action: "cancel",
    });
    expect(cancelled.status).toBe("cancelled");
  });
});

// The verification code a check-out gave the visit's report (what its QR code links to).
async function reportTokenOf(visitId: string): Promise<string> {
  const [row] = await h.services.db
    .select({ token: visits.reportToken })
    .from(visits)
    .where(eq(visits.id, visitId));
  if (!row?.token) throw new Error("the visit has no report code");
  return row.token;
}

// The text of every stream of a PDF, inflated: where the fonts' ToUnicode maps live.

describe("field service: coverage areas and the coverage report", () => {
  it("counts the customers whose address a node covers, lists the gaps, and refuses unknown divisions", async () => {
    const net = await network();
    const admin = w.admin.token;
    const customer = (divisionCode: string, street = "某路 1 号") =>
      ok(
        "POST",
        "/api/v1/customers",
        admin,
        { name: `客户 ${code("c")}`, kind: "person", divisionCode, street, lat: 31.19, lng: 121.43 },
        201,
      );
    // Shanghai Xuhui and Minhang, and Beijing Chaoyang.
    const xuhui = await customer("310104");
    await customer("310112");
    await customer("110105");
    expect(xuhui).toMatchObject({
      divisionCode: "310104",
      divisionName: "上海市 徐汇区",
      street: "某路 1 号",
    });

    const before = await ok("GET", "/api/v1/network/coverage-report", admin);
    // The Shanghai outlet serves all of Shanghai (the district inside it adds nothing).
    const set = await ok("PUT", `/api/v1/network/nodes/${net.shanghai.id}/coverage`, admin, {
      divisions: ["31", "310104"],
    });
    expect(set.divisions).toEqual([{ code: "31", name: "上海市" }]);
    const after = await ok("GET", "/api/v1/network/coverage-report", admin);
    expect(after.withAddress).toBe(before.withAddress);
    expect(after.covered - before.covered).toBe(2);
    expect(after.goal).toBe(0.9);
    const chaoyang = after.gaps.find((g: { code: string }) => g.code === "110105");
    expect(chaoyang).toMatchObject({ name: "北京市 朝阳区" });
    expect(after.gaps.map((g: { code: string }) => g.code)).not.toContain("310104");

    // The East's manager sees the outlet's coverage, the North's does not; the report is the admin's.
    const east = await ok("GET", "/api/v1/network/coverage", net.eastManager.token);
    expect(east.items.find((c: { nodeId: string }) => c.nodeId === net.shanghai.id).divisions).toHaveLength(
      1,
    );
    const north = await ok("GET", "/api/v1/network/coverage", net.northManager.token);
    expect(north.items.map((c: { nodeId: string }) => c.nodeId)).not.toContain(net.shanghai.id);
    expect(
      (await h.call("GET", "/api/v1/network/coverage-report", { token: net.eastManager.token })).status,
    ).toBe(403);

    for (const [path, body] of [
      [`/api/v1/network/nodes/${net.shanghai.id}/coverage`, { divisions: ["319999"] }],
      ["/api/v1/customers", { name: "x", kind: "person", divisionCode: "99" }],
    ] as const) {
      const bad = await h.call(path.endsWith("customers") ? "POST" : "PUT", path, {
        token: admin,
        lang: "zh-CN",
        body,
      });
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain("行政区划");
    }
  });
});
