import { randomBytes } from "node:crypto";
import { and, eq } from "drizzle-orm";
import { mailboxes, notifyCustomerJob } from "../modules/channels/index.js";
import type { Services } from "../platform/context.js";
import { newId } from "../platform/ids.js";
import { jobs } from "../platform/jobs/jobs.tables.js";

// The demo tenant's service mailbox (the SMTP listener delivers service@demo.local to it; outgoing
// notices use AFTERCARE_SMTP_URL). The back-dated story tickets are history: their queued customer
// notices are dropped so a fresh demo does not mail hundreds of old cases.
export async function seedChannelsDemo(s: Services, tenantId: string): Promise<void> {
  await s.db.insert(mailboxes).values({
    id: newId("mbx"),
    tenantId,
    name: "演示家电售后服务 Demo Service",
    address: "service@demo.local",
    // No inbound HTTP token is handed out for the demo box; an admin creates a mailbox for that.
    tokenHash: randomBytes(32).toString("hex"),
  });
  await s.db
    .delete(jobs)
    .where(
      and(eq(jobs.tenantId, tenantId), eq(jobs.kind, notifyCustomerJob.kind), eq(jobs.status, "queued")),
    );
}
