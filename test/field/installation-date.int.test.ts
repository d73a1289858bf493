import { describe, expect, it } from "vitest";
import { todayIn } from "../../src/server/modules/products/index.js";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a");
const [w] = worlds;
const SIGNATURE =
  "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==";

async function ok(method: string, path: string, token: string, body?: unknown, status = 200) {
  const r = await h.call(method, path, { token, body });
  expect(r.status, `${method} ${path} ${JSON.stringify(r.body)}`).toBe(status);
  return r.body;
}

describe("field service: the installation guarantee starts from the report's date", () => {
  it("checking out an installation records the installation date on the ticket's unit", async () => {
    const admin = w.admin.token;
    const outlet = await ok(
      "POST",
      "/api/v1/network/nodes",
      admin,
      { code: "HQ-I", name: "总部", level: "hq" },
      201,
    );
    const email = "tech.install@test.local";
    const u = await ok(
      "POST",
      "/api/v1/users",
      admin,
      { email, name: "装机师傅", role: "technician", password: "secret-password" },
      201,
    );
    const tech = await h.login(email);
    await ok("PUT", `/api/v1/technicians/${u.id}`, admin, {
      nodeId: outlet.id,
      skills: ["washer"],
      workDays: [1, 2, 3, 4, 5, 6, 7],
      shiftStart: "00:00",
      shiftEnd: "23:59",
    });
    const serial = w.aliceUnit.serial as string;
    expect((await ok("GET", `/api/v1/units/${serial}`, admin)).deliveryDate).toBeNull();
    const ticket = await ok(
      "POST",
      "/api/v1/tickets",
      w.agent.token,
      {
        subject: "新机安装预约",
        description: "洗衣机送到了，请上门安装",
        type: "repair",
        customerId: w.alice.id,
        unitSerial: serial,
      },
      201,
    );
    const visit = await ok(
      "POST",
      `/api/v1/tickets/${ticket.number}/visits`,
      admin,
      {
        kind: "installation",
        nodeId: outlet.id,
        durationMinutes: 60,
        address: "上海市徐汇区漕溪北路 1 号",
        requiredSkills: ["washer"],
      },
      201,
    );
    const [slot] = (await ok("GET", `/api/v1/visits/${visit.id}/slots`, w.aliceUser.token)).items;
    await ok("POST", `/api/v1/visits/${visit.id}/booking`, w.aliceUser.token, { start: slot.start });
    await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech, { action: "depart" });
    await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech, { action: "check_in" });
    await ok("POST", `/api/v1/visits/${visit.id}/signature`, tech, { image: SIGNATURE, signedBy: "王女士" });
    await ok("POST", `/api/v1/visits/${visit.id}/steps`, tech, {
      action: "check_out",
      notes: "安装调试完成",
    });

    const unit = await ok("GET", `/api/v1/units/${serial}`, admin);
    expect(unit.deliveryDate).toBe(todayIn("Asia/Shanghai", h.clock.now()));
  });
});
