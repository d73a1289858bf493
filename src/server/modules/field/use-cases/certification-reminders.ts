import { and, eq, gte, inArray, isNull, lte } from "drizzle-orm";
import { z } from "zod";
import { deliverySettings } from "../../../config.js";
import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { defineOutboundJob, enqueue, type JobContext } from "../../../platform/jobs/queue.js";
import { users } from "../../auth/index.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../../channels/index.js";
import { todayIn } from "../../products/index.js";
import { listTenants } from "../../tenancy/index.js";
import { insertNotification } from "../../workspace/index.js";
import { networkNodes, networkStaff, technicianCertifications, technicians } from "../field.tables.js";

// How long before expiry the technician and their supervisors hear about it.
const REMIND_DAYS_BEFORE = 30;

type Cert = typeof technicianCertifications.$inferSelect;

const addDays = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

// The technician and the supervisors over them: headquarters (attached nowhere) and the managers
// of the nodes on the technician's path.
async function recipientsOf(tx: Db, tenantId: string, technicianId: string) {
  const [home] = await tx
    .select({ path: networkNodes.path })
    .from(technicians)
    .innerJoin(
      networkNodes,
      and(eq(networkNodes.tenantId, technicians.tenantId), eq(networkNodes.id, technicians.nodeId)),
    )
    .where(and(eq(technicians.tenantId, tenantId), eq(technicians.userId, technicianId)));
  const supervisors = await tx
    .select({ id: users.id, path: networkNodes.path })
    .from(users)
    .leftJoin(networkStaff, and(eq(networkStaff.tenantId, users.tenantId), eq(networkStaff.userId, users.id)))
    .leftJoin(
      networkNodes,
      and(eq(networkNodes.tenantId, users.tenantId), eq(networkNodes.id, networkStaff.nodeId)),
    )
    .where(and(eq(users.tenantId, tenantId), eq(users.role, "supervisor"), eq(users.active, true)));
  const over = supervisors.filter((u) => !u.path || (home?.path ?? "").startsWith(u.path));
  return [...new Set([technicianId, ...over.map((u) => u.id)])];
}

// Daily: every certification expiring within 30 days (not yet expired) whose reminder has not gone
// out gets one — an in-app notification now, a mail per recipient from a job after commit. The
// reminded_at mark, set in the same statement that picks the row, keeps it to once.
export async function remindExpiringCertifications({ tx, now }: JobContext): Promise<void> {
  for (const tenant of await listTenants(tx)) {
    const today = todayIn(tenant.timezone, now);
    const due = await tx
      .update(technicianCertifications)
      .set({ remindedAt: now })
      .where(
        and(
          eq(technicianCertifications.tenantId, tenant.id),
          isNull(technicianCertifications.remindedAt),
          gte(technicianCertifications.expiresOn, today),
          lte(technicianCertifications.expiresOn, addDays(today, REMIND_DAYS_BEFORE)),
        ),
      )
      .returning();
    for (const cert of due) await remind(tx, cert, now);
  }
}

async function remind(tx: Db, cert: Cert, now: Date) {
  const [tech] = await tx
    .select({ name: users.name })
    .from(users)
    .where(and(eq(users.tenantId, cert.tenantId), eq(users.id, cert.userId)));
  const data = {
    certificationId: cert.id,
    technicianId: cert.userId,
    technicianName: tech?.name ?? "",
    name: cert.name,
    skill: cert.skill,
    expiresOn: cert.expiresOn,
  };
  for (const userId of await recipientsOf(tx, cert.tenantId, cert.userId)) {
    await insertNotification(tx, {
      id: newId("ntf"),
      tenantId: cert.tenantId,
      userId,
      kind: "certification_expiring",
      ticketId: null,
      data,
      createdAt: now,
    });
    await enqueue(
      tx,
      certificationMailJob,
      { tenantId: cert.tenantId, certificationId: cert.id, userId },
      { tenantId: cert.tenantId, singletonKey: `cert-expiry:${cert.id}:${REMIND_DAYS_BEFORE}:${userId}` },
    );
  }
  await appendAudit(tx, {
    tenantId: cert.tenantId,
    actorId: null,
    action: "network.certification_reminded",
    entityType: "user",
    entityId: cert.userId,
    data: { certificationId: cert.id, expiresOn: cert.expiresOn },
    at: now,
  });
}

export const certificationMailJob = defineOutboundJob({
  kind: "field.certification_mail",
  payload: z.object({ tenantId: z.string(), certificationId: z.string(), userId: z.string() }),
  async prepare(p, { tx, s }): Promise<{ mail: PlannedMail } | null> {
    const [cert] = await tx
      .select()
      .from(technicianCertifications)
      .where(
        and(
          eq(technicianCertifications.tenantId, p.tenantId),
          eq(technicianCertifications.id, p.certificationId),
        ),
      );
    const people = await tx
      .select({ id: users.id, name: users.name, email: users.email, locale: users.locale })
      .from(users)
      .where(and(eq(users.tenantId, p.tenantId), inArray(users.id, [p.userId, cert?.userId ?? p.userId])));
    const to = people.find((u) => u.id === p.userId);
    const tech = people.find((u) => u.id === cert?.userId);
    const sender = await tenantSender(tx, p.tenantId);
    if (!cert || !to || !tech || !sender) return null;
    const base = (deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`).replace(
      /\/$/,
      "",
    );
    const url = `${base}/admin/users/${tech.id}`;
    const en = to.locale === "en";
    const domain = sender.address.split("@")[1] ?? "aftercare.invalid";
    return {
      mail: {
        tenantId: p.tenantId,
        mailboxId: sender.id,
        messageId: `${cert.id}.${REMIND_DAYS_BEFORE}.${p.userId}@${domain}`,
        to: to.email,
        subject: en
          ? `Certification expiring on ${cert.expiresOn}: ${tech.name}, ${cert.name}`
          : `资质证书将于 ${cert.expiresOn} 到期：${tech.name}，${cert.name}`,
        text: en
          ? `${tech.name}'s certification "${cert.name}" (${cert.skill}) expires on ${cert.expiresOn}. After that day no visits needing ${cert.skill} are given to them until it is renewed.\n\n${url}`
          : `${tech.name} 的资质证书“${cert.name}”（${cert.skill}）将于 ${cert.expiresOn} 到期。到期后在续证之前，需要“${cert.skill}”技能的上门服务不会再派给该技术员。\n\n${url}`,
        headers: { "Auto-Submitted": "auto-generated" },
      },
    };
  },
  async send(plan, { s }) {
    await sendPlannedMail(s, s.db, plan.mail);
    return { sent: true };
  },
  async record() {},
});
