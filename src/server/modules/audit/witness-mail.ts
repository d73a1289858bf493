import { eq } from "drizzle-orm";
import { z } from "zod";
import { auditDeps } from "../../platform/audit/audit-sealer.js";
import type { CheckpointSigned } from "../../platform/audit/checkpoint-events.js";
import type { Db } from "../../platform/db/client.js";
import { defineOutboundJob, enqueue } from "../../platform/jobs/queue.js";
import { type PlannedMail, sendPlannedMail, tenantSender } from "../channels/index.js";
import { tenants } from "../tenancy/index.js";
import { auditWitnesses } from "./audit.tables.js";

// Witness copies: every new signed checkpoint of a tenant that named witness addresses is mailed
// to them, so a copy exists outside our database and servers. Enqueued in the sealer's
// transaction (so only for a committed checkpoint), one job per checkpoint (its singleton key),
// sent from the tenant's first mailbox that can send, with the checkpoint in the Message-ID: a
// retry sends the same mail again, and a witness can drop duplicates by it.

const TEXT = {
  en: {
    subject: (size: number) => `Audit checkpoint: ${size} entries`,
    intro:
      "This is a signed checkpoint of our service records' audit log. Please keep this mail: if the log is ever shortened or rewritten, it will no longer extend the checkpoint below.",
    verify:
      "To check it: verify the signature with the public key below (obtain it independently too, e.g. GET /api/v1/audit/public-key), then ask for a consistency proof from this tree size (GET /api/v1/audit/consistency?from=<size>).",
    key: "Public key",
  },
  "zh-CN": {
    subject: (size: number) => `审计检查点：${size} 条记录`,
    intro:
      "这是我们服务记录审计日志的一个签名检查点。请保留此邮件：一旦日志被截断或改写，它将无法再延续下面的检查点。",
    verify:
      "校验方法：用下面的公钥校验签名（也请通过独立渠道获取公钥，例如 GET /api/v1/audit/public-key），再请求从此树大小开始的一致性证明（GET /api/v1/audit/consistency?from=<大小>）。",
    key: "公钥",
  },
} as const;

type WitnessPlan = { tenantId: string; treeSize: number; mails: PlannedMail[] };

export const witnessCheckpointJob = defineOutboundJob({
  kind: "audit.witness_checkpoint",
  payload: z.object({ tenantId: z.string(), treeSize: z.number().int(), note: z.string() }),
  maxAttempts: 12,
  async prepare(p, { tx, s }): Promise<WitnessPlan | null> {
    const [w] = await tx.select().from(auditWitnesses).where(eq(auditWitnesses.tenantId, p.tenantId));
    if (!w || w.addresses.length === 0) return null;
    const sender = await tenantSender(tx, p.tenantId);
    if (!sender) {
      await noteError(tx, p.tenantId, "no mailbox that can send");
      return null;
    }
    const [tenant] = await tx.select().from(tenants).where(eq(tenants.id, p.tenantId));
    const text = TEXT[tenant?.defaultLocale === "en" ? "en" : "zh-CN"];
    const key = auditDeps(s).signer.verifierKey;
    const domain = sender.address.split("@")[1] ?? "aftercare.invalid";
    const body = `${text.intro}\n\n${p.note}\n${text.key}: ${key}\n\n${text.verify}\n`;
    return {
      tenantId: p.tenantId,
      treeSize: p.treeSize,
      mails: w.addresses.map((to, i) => ({
        tenantId: p.tenantId,
        mailboxId: sender.id,
        messageId: `checkpoint-${p.treeSize}-${i}.${p.tenantId.toLowerCase()}@${domain}`,
        to,
        subject: text.subject(p.treeSize),
        text: body,
        headers: { "Auto-Submitted": "auto-generated", "X-Aftercare-Checkpoint": String(p.treeSize) },
      })),
    };
  },
  async send(plan, { s }) {
    for (const mail of plan.mails) await sendPlannedMail(s, s.db, mail);
    return { sent: plan.mails.length };
  },
  async record(plan, _result, { tx, now }) {
    await tx
      .update(auditWitnesses)
      .set({ lastSentSize: plan.treeSize, lastSentAt: now, lastError: null })
      .where(eq(auditWitnesses.tenantId, plan.tenantId));
  },
  async failed(plan, error, { tx }) {
    await noteError(tx, plan.tenantId, error.slice(0, 500));
  },
});

async function noteError(tx: Db, tenantId: string, error: string) {
  await tx.update(auditWitnesses).set({ lastError: error }).where(eq(auditWitnesses.tenantId, tenantId));
}

// Subscriber of AUDIT_CHECKPOINT_SIGNED: one indexed read, and one insert when the tenant has witnesses.
export async function onCheckpointSigned(tx: Db, c: CheckpointSigned): Promise<void> {
  const [w] = await tx
    .select({ addresses: auditWitnesses.addresses })
    .from(auditWitnesses)
    .where(eq(auditWitnesses.tenantId, c.tenantId));
  if (!w || w.addresses.length === 0) return;
  await enqueue(tx, witnessCheckpointJob, c, {
    tenantId: c.tenantId,
    singletonKey: `witness:${c.tenantId}:${c.treeSize}`,
  });
}
