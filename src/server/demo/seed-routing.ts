import { setPresence } from "../modules/assignment/index.js";
import { createTrigger } from "../modules/triggers/index.js";
import { saveMacro } from "../modules/workspace/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";

// Routing demo: two agents online (the queue drains to them), two triggers, shared macros.
export async function seedRoutingDemo(s: Services, staff: Map<string, Actor>): Promise<void> {
  const manager = staff.get("manager@demo.local");
  if (!manager) return;
  await createTrigger(s, manager, {
    name: "投诉 → A 级 Complaint → priority A",
    event: "created",
    conditions: [{ field: "type", op: "in", values: ["complaint"] }],
    actions: [
      { kind: "set_priority", value: "A" },
      {
        kind: "internal_note",
        body: "投诉工单：请在 2 小时内回电客户。Complaint: call the customer back within 2 hours.",
      },
    ],
  });
  await createTrigger(s, manager, {
    name: "VIP 客户标记 VIP customer tag",
    event: "created",
    conditions: [{ field: "tier", op: "in", values: ["vip"] }],
    actions: [{ kind: "add_tags", tags: ["vip"] }],
  });
  await saveMacro(s, manager, null, {
    name: "保修确认 Warranty confirmation",
    shared: true,
    bodies: {
      "zh-CN":
        "{{customer.name}}您好，您的设备 {{unit.serial}} 保修至 {{unit.warrantyEndsAt}}，工单 {{ticket.number}} 由 {{agent.name}} 为您处理。",
      en: "Dear {{customer.name}}, your unit {{unit.serial}} is under warranty until {{unit.warrantyEndsAt}}; {{agent.name}} is handling {{ticket.number}}.",
    },
  });
  await saveMacro(s, manager, null, {
    name: "上门预约 Visit booking",
    shared: true,
    bodies: {
      "zh-CN": "{{customer.name}}您好，我们将安排工程师上门，请告知方便的时间。",
      en: "Dear {{customer.name}}, we will send an engineer; please tell us a convenient time.",
    },
  });
  for (const email of ["agent@demo.local", "agent2@demo.local"]) {
    const a = staff.get(email);
    if (a) await setPresence(s, a, a.userId, "online");
  }
}
