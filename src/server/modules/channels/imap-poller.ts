import { ImapFlow } from "imapflow";
import type { Services } from "../../platform/context.js";
import { findImapState, type MailboxRow, mailboxesWithImap, saveImapState } from "./channels.repository.js";
import { ingestMail } from "./use-cases/ingest-mail.js";

const BATCH = 50;

export type PollResult = { fetched: number; created: number; duplicates: number };

// One pass over a mailbox's INBOX: every message after the last UID we processed goes through
// the same pipeline as SMTP/HTTP mail, is marked \Seen, and the UID is remembered after each one.
// A crash between ingest and remembering re-reads that message; ingest's Message-ID dedupe makes
// the second pass a no-op, so a restart never opens anything twice.
export async function pollMailbox(s: Services, mailbox: MailboxRow): Promise<PollResult> {
  const cfg = mailbox.imap;
  if (!cfg?.host || !cfg.user) return { fetched: 0, created: 0, duplicates: 0 };
  const client = new ImapFlow({
    host: cfg.host,
    port: cfg.port ?? (cfg.secure === false ? 143 : 993),
    secure: cfg.secure ?? true,
    auth: { user: cfg.user, pass: cfg.pass ?? "" },
    logger: false,
    // Plain IMAP on 143 only when the mailbox says so (local servers, tests).
    doSTARTTLS: cfg.secure === false ? false : undefined,
  });
  const result: PollResult = { fetched: 0, created: 0, duplicates: 0 };
  await client.connect();
  try {
    const box = await client.mailboxOpen("INBOX");
    const uidValidity = String(box.uidValidity);
    const state = await findImapState(s.db, mailbox.tenantId, mailbox.id);
    let lastUid = state && state.uidValidity === uidValidity ? state.lastUid : 0;
    for (;;) {
      // Fetch a batch first, then act: imapflow must not run commands inside a fetch loop.
      const batch: { uid: number; source: Buffer }[] = [];
      for await (const m of client.fetch(`${lastUid + 1}:*`, { uid: true, source: true }, { uid: true })) {
        // "N:*" always yields the newest message, even when its UID is below N.
        if (m.uid > lastUid && m.source) batch.push({ uid: m.uid, source: m.source });
        if (batch.length >= BATCH) break;
      }
      if (batch.length === 0) break;
      batch.sort((a, b) => a.uid - b.uid);
      for (const m of batch) {
        const r = await ingestMail(s, mailbox, new Uint8Array(m.source));
        result.fetched++;
        if (r.duplicate) result.duplicates++;
        else if (r.created) result.created++;
        await client.messageFlagsAdd(String(m.uid), ["\\Seen"], { uid: true });
        lastUid = m.uid;
        await saveImapState(s.db, {
          tenantId: mailbox.tenantId,
          mailboxId: mailbox.id,
          uidValidity,
          lastUid,
          polledAt: s.clock.now(),
        });
      }
      if (batch.length < BATCH) break;
    }
    if (result.fetched === 0)
      await saveImapState(s.db, {
        tenantId: mailbox.tenantId,
        mailboxId: mailbox.id,
        uidValidity,
        lastUid,
        polledAt: s.clock.now(),
      });
  } finally {
    await client.logout().catch(() => client.close());
  }
  return result;
}

export type ImapPoller = { pollAll(): Promise<void>; stop(): Promise<void> };

// Polls every IMAP mailbox of every tenant in turn, then waits; one mailbox failing (wrong
// password, server down) is logged and does not stop the others.
export function startImapPoller(s: Services, opts: { intervalMs: number }): ImapPoller {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const pollAll = async () => {
    for (const mailbox of await mailboxesWithImap(s.db)) {
      if (stopped) return;
      try {
        const r = await pollMailbox(s, mailbox);
        if (r.fetched) s.logger.info({ mailbox: mailbox.id, ...r }, "imap poll");
      } catch (err) {
        s.logger.warn(
          { mailbox: mailbox.id, err: err instanceof Error ? err.message : String(err) },
          "imap poll failed",
        );
      }
    }
  };
  const loop = () => {
    if (stopped) return;
    running = pollAll()
      .catch((err) => s.logger.error({ err }, "imap poller failed"))
      .finally(() => {
        if (!stopped) timer = setTimeout(loop, opts.intervalMs);
      });
  };
  timer = setTimeout(loop, 0);
  return {
    pollAll,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
