import { z } from "zod";
import { defineOutboundJob } from "../../../platform/jobs/queue.js";
import { type DeliveryPlan, planDelivery, sendDelivery } from "../survey-delivery.js";

// A hand-made invitation by mail or SMS, sent after the invitation commits. The payload carries
// the link (the database keeps only its hash), as the closing survey's stored plan does.
export const surveyDeliveryJob = defineOutboundJob({
  kind: "surveys.deliver_invitation",
  payload: z.object({
    tenantId: z.string(),
    invitationId: z.string(),
    customerId: z.string(),
    channel: z.enum(["email", "sms"]),
    ticketNumber: z.string().nullable(),
    url: z.string(),
  }),
  async prepare(p, { tx }): Promise<DeliveryPlan | null> {
    return planDelivery(tx, { ...p, reminder: false });
  },
  async send(plan, { s }) {
    await sendDelivery(s, plan);
    return { sent: true };
  },
  async record() {},
});
