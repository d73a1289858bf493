import type { Db } from "../../platform/db/client.js";
import { tenantSender } from "../channels/index.js";
import { findCustomer } from "../customers/index.js";

// How a survey the system sends by itself reaches the customer, by their own choice of channel
// for notices: SMS when they prefer it and have a phone, else e-mail (when they have an address
// and the tenant a mailbox that sends); null when neither.
export async function reachableBy(
  tx: Db,
  tenantId: string,
  customerId: string,
): Promise<"email" | "sms" | null> {
  const customer = await findCustomer(tx, tenantId, customerId);
  if (!customer || customer.erasedAt) return null;
  if (customer.preferredChannel === "sms" && customer.phone) return "sms";
  if (!customer.email) return null;
  return (await tenantSender(tx, tenantId)) ? "email" : null;
}
