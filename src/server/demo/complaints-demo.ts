import { users } from "../modules/auth/index.js";
import { raiseComplaint, setUserLimit, updateComplaintSettings } from "../modules/complaints/index.js";
import { createTicket } from "../modules/tickets/index.js";
import type { Services } from "../platform/context.js";
import type { Actor } from "../platform/http/actor.js";
import { newId } from "../platform/ids.js";

// Complaints on first start: the service manager (陈静, a supervisor with her own approval limit of
// ¥5,000) receives major complaints; a team lead (吴磊, a supervisor with the default limit of ¥200)
// approves small ones. A few complaints in different states fill the register.
export async function seedComplaintsDemo(
  s: Services,
  staff: Map<string, Actor>,
  customerIds: string[],
  passwordHash: string,
): Promise<void> {
  const admin = staff.get("admin@demo.local");
  const manager = staff.get("manager@demo.local");
  const agent = staff.get("agent@demo.local");
  const [, , third, fourth] = customerIds;
  if (!admin || !manager || !agent || !third || !fourth) return;
  await s.db.insert(users).values({
    id: newId("usr"),
    tenantId: admin.tenantId,
    email: "lead@demo.local",
    name: "吴磊",
    role: "supervisor",
    passwordHash,
    skills: [],
    maxOpenTickets: 20,
  });
  await updateComplaintSettings(s, admin, { serviceManagerId: manager.userId });
  await setUserLimit(s, admin, manager.userId, 5000);
  await createTicket(s, agent, {
    subject: "冰箱冷藏室结冰，要求赔偿食物损失",
    description: "第三次出现结冰，一冰箱的食物都坏了。再不解决我就向 12315 投诉并联系媒体。",
    type: "complaint",
    customerId: third,
    channel: "phone",
  });
  const plain = await createTicket(s, agent, {
    subject: "Technician left packaging behind",
    description: "The installer left the cardboard and foam in my hallway.",
    type: "support",
    customerId: fourth,
    channel: "email",
  });
  await raiseComplaint(s, agent, plain.number, {
    nature: "service",
    description: "Customer complains about the installer's tidiness.",
  });
}
