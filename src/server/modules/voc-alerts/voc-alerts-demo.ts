import type { Services } from "../../platform/context.js";
import type { Actor } from "../../platform/http/actor.js";
import { addMessage, listCustomerTickets } from "../tickets/index.js";

// Demo: the customer writes on an open request that they will go to Weibo and 12315; the message
// watch raises the alert as the message arrives, like any other.
export async function seedVocAlertsDemo(s: Services, customer: Actor): Promise<void> {
  if (!customer.customerId) return;
  const tickets = await listCustomerTickets(s.db, customer.tenantId, customer.customerId);
  const open = tickets.find((t) => t.status !== "closed");
  if (!open) return;
  await addMessage(s, customer, open.id, {
    body: "已经等了一个星期还没人上门，再不解决我就发微博曝光，还要打12315投诉！",
    visibility: "public",
  });
}
