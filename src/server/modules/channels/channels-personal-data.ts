import { and, asc, eq, inArray, isNotNull, or, type SQL, sql } from "drizzle-orm";
import type { Db } from "../../platform/db/client.js";
import {
  ERASED_TEXT,
  mentions,
  type PersonalPatterns,
  scrubbedText,
} from "../../platform/privacy/personal-patterns.js";
import {
  emailAddressStatus,
  emailMessages,
  outboundMessages,
  phoneCalls,
  publicRequests,
} from "./channels.tables.js";

// What the channels hold about a customer: mails in and out, calls, form requests. Part of the
// personal-data export and erasure (modules/privacy).
export type ChannelSubject = {
  tenantId: string;
  customerId: string;
  ticketIds: string[];
  who: PersonalPatterns;
  // Retention: only these tickets' records, not everything else about the customer.
  onlyTickets?: boolean;
};

const onTickets = (column: SQL | unknown, ids: string[]) =>
  ids.length ? inArray(column as never, ids) : sql`false`;

export async function exportChannelData(db: Db, s: ChannelSubject) {
  return {
    emails: await db
      .select({
        direction: emailMessages.direction,
        ticketId: emailMessages.ticketId,
        fromAddress: emailMessages.fromAddress,
        toAddress: emailMessages.toAddress,
        subject: emailMessages.subject,
        createdAt: emailMessages.createdAt,
      })
      .from(emailMessages)
      .where(
        and(
          eq(emailMessages.tenantId, s.tenantId),
          or(
            onTickets(emailMessages.ticketId, s.ticketIds),
            mentions(sql`concat_ws(' ', ${emailMessages.fromAddress}, ${emailMessages.toAddress})`, s.who),
          ),
        ),
      )
      .orderBy(asc(emailMessages.createdAt)),
    notices: await db
      .select({
        channel: outboundMessages.channel,
        kind: outboundMessages.kind,
        ticketId: outboundMessages.ticketId,
        recipient: outboundMessages.recipient,
        subject: outboundMessages.subject,
        body: outboundMessages.body,
        status: outboundMessages.status,
        createdAt: outboundMessages.createdAt,
      })
      .from(outboundMessages)
      .where(
        and(
          eq(outboundMessages.tenantId, s.tenantId),
          or(onTickets(outboundMessages.ticketId, s.ticketIds), mentions(outboundMessages.recipient, s.who)),
        ),
      )
      .orderBy(asc(outboundMessages.createdAt)),
    calls: await db
      .select({
        direction: phoneCalls.direction,
        number: phoneCalls.number,
        durationSeconds: phoneCalls.durationSeconds,
        summary: phoneCalls.summary,
        ticketId: phoneCalls.ticketId,
        createdAt: phoneCalls.createdAt,
      })
      .from(phoneCalls)
      .where(and(eq(phoneCalls.tenantId, s.tenantId), eq(phoneCalls.customerId, s.customerId)))
      .orderBy(asc(phoneCalls.createdAt)),
  };
}

// Erases the customer's channel records; returns raw mail files no longer referenced by this
// tenant's mail rows, for the caller to delete after commit.
export async function eraseChannelData(tx: Db, s: ChannelSubject): Promise<string[]> {
  const { tenantId, who } = s;
  // Outside the tickets, records are found by the customer's identifiers (erasure) or not at all
  // (retention).
  const found = (condition: SQL) => (s.onlyTickets ? sql`false` : condition);
  const mailRows = await tx
    .select({ id: emailMessages.id, rawKey: emailMessages.rawKey })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.tenantId, tenantId),
        or(
          onTickets(emailMessages.ticketId, s.ticketIds),
          found(
            mentions(
              sql`concat_ws(' ', ${emailMessages.fromAddress}, ${emailMessages.toAddress}, ${emailMessages.subject})`,
              who,
            ),
          ),
        ),
      ),
    );
  if (mailRows.length) {
    await tx
      .update(emailMessages)
      .set({
        fromAddress: sql`case when ${mentions(emailMessages.fromAddress, who)} then null else ${emailMessages.fromAddress} end`,
        toAddress: sql`case when ${mentions(emailMessages.toAddress, who)} then null else ${emailMessages.toAddress} end`,
        subject: scrubbedText(emailMessages.subject, who),
        rawKey: null,
      })
      .where(
        and(
          eq(emailMessages.tenantId, tenantId),
          inArray(
            emailMessages.id,
            mailRows.map((r) => r.id),
          ),
        ),
      );
  }
  await tx
    .update(outboundMessages)
    .set({
      recipient: sql`case when ${mentions(outboundMessages.recipient, who)} then ${ERASED_TEXT} else ${outboundMessages.recipient} end`,
      subject: sql`case when ${outboundMessages.subject} is null then null else ${scrubbedText(outboundMessages.subject, who)} end`,
      body: ERASED_TEXT,
    })
    .where(
      and(
        eq(outboundMessages.tenantId, tenantId),
        or(
          onTickets(outboundMessages.ticketId, s.ticketIds),
          found(mentions(outboundMessages.recipient, who)),
        ),
      ),
    );
  await tx
    .update(phoneCalls)
    .set({ number: ERASED_TEXT, summary: scrubbedText(phoneCalls.summary, who) })
    .where(
      and(
        eq(phoneCalls.tenantId, tenantId),
        s.onlyTickets
          ? onTickets(phoneCalls.ticketId, s.ticketIds)
          : or(eq(phoneCalls.customerId, s.customerId), mentions(phoneCalls.number, who)),
      ),
    );
  await tx
    .update(publicRequests)
    .set({
      email: ERASED_TEXT,
      name: ERASED_TEXT,
      phone: null,
      subject: ERASED_TEXT,
      description: ERASED_TEXT,
    })
    .where(
      and(
        eq(publicRequests.tenantId, tenantId),
        or(
          onTickets(publicRequests.ticketId, s.ticketIds),
          found(mentions(sql`concat_ws(' ', ${publicRequests.email}, ${publicRequests.phone})`, who)),
        ),
      ),
    );
  if (!s.onlyTickets)
    await tx
      .delete(emailAddressStatus)
      .where(and(eq(emailAddressStatus.tenantId, tenantId), mentions(emailAddressStatus.address, who)));
  const keys = [...new Set(mailRows.flatMap((r) => (r.rawKey ? [r.rawKey] : [])))];
  if (keys.length === 0) return [];
  const still = await tx
    .select({ key: emailMessages.rawKey })
    .from(emailMessages)
    .where(
      and(
        eq(emailMessages.tenantId, tenantId),
        isNotNull(emailMessages.rawKey),
        inArray(emailMessages.rawKey, keys),
      ),
    );
  const used = new Set(still.map((r) => r.key));
  return keys.filter((k) => !used.has(k));
}
