import { callbackAttempts, callbacks } from "../../src/server/modules/callbacks/callbacks.tables.js";
import { chatConversations, chatMessages } from "../../src/server/modules/chat/chat.tables.js";
import { wechatFollowers } from "../../src/server/modules/chat/wechat/wechat.tables.js";
import { complaintParticipants, complaints } from "../../src/server/modules/complaints/complaints.tables.js";
import { visits } from "../../src/server/modules/field/field.tables.js";
import {
  loyaltyEntries,
  loyaltyMembers,
  loyaltyVouchers,
} from "../../src/server/modules/loyalty/loyalty.tables.js";
import { unitRegistrations } from "../../src/server/modules/registrations/registrations.tables.js";
import { rmaSteps, rmas } from "../../src/server/modules/rma/rma.tables.js";
import {
  surveyFollowUps,
  surveyInvitations,
  surveyResponses,
  surveys,
} from "../../src/server/modules/surveys/surveys.tables.js";
import { vocAlerts } from "../../src/server/modules/voc-alerts/voc-alerts.tables.js";
import { newId } from "../../src/server/platform/ids.js";
import type { Harness } from "../harness.js";

// Rows in every module that holds personal data besides tickets and channels, for one customer:
// what personal-data-modules.int.test.ts exports and erases. Inserted directly: the test is about
// what the export and the erasure do with the rows, whichever use case wrote them.
export type Planted = {
  invoiceKey: string;
  comment: string;
  chatText: string;
  reopenReason: string;
  address: string;
};

// One customer's life in the modules: a web chat where they give their phone and an agent greets
// them by name, a WeChat binding, a survey answered with a comment and a low score's follow-up,
// a unit registration with its invoice photo.
export async function plant(
  h: Harness,
  tenantId: string,
  customer: { id: string; name: string; email?: string | null; phone: string },
  tag: string,
): Promise<Planted> {
  const db = h.services.db;
  const chatText = `${tag}: my washer leaks, call me on ${customer.phone.replace(/ /g, "-")}`;
  const conversationId = newId("chc");
  await db.insert(chatConversations).values({
    id: conversationId,
    tenantId,
    channel: "web",
    status: "closed",
    customerId: customer.id,
    visitorName: customer.name,
    visitorPhone: customer.phone,
    locale: "zh-CN",
    lastSeq: 2,
  });
  await db.insert(chatMessages).values([
    {
      id: newId("chm"),
      tenantId,
      conversationId,
      seq: 1,
      author: "customer",
      authorName: customer.name,
      text: chatText,
    },
    {
      id: newId("chm"),
      tenantId,
      conversationId,
      seq: 2,
      author: "agent",
      authorName: "Agent Wu",
      text: `Dear ${customer.name}, we will call you (${tag}).`,
    },
  ]);
  await db.insert(wechatFollowers).values({
    tenantId,
    openId: `o-${tag}-${customer.id}`,
    customerId: customer.id,
    boundBy: "code",
    boundAt: new Date(),
  });
  const surveyId = newId("srv");
  await db.insert(surveys).values({
    id: surveyId,
    tenantId,
    name: `After the repair ${tag}`,
    questions: [
      { id: "nps", kind: "nps", text: "Would you recommend us?" },
      { id: "why", kind: "text", text: "Why?" },
    ],
  });
  const invitationId = newId("sin");
  await db.insert(surveyInvitations).values({
    id: invitationId,
    tenantId,
    surveyId,
    customerId: customer.id,
    channel: "email",
    tokenHash: `hash-${invitationId}`,
    expiresAt: new Date(Date.now() + 86_400_000),
    answeredAt: new Date(),
  });
  const comment = `${tag}: the engineer was late. ${customer.name}, ${customer.email ?? ""}`;
  const responseId = newId("srs");
  await db.insert(surveyResponses).values({
    id: responseId,
    tenantId,
    surveyId,
    invitationId,
    customerId: customer.id,
    answers: { nps: 2, why: comment },
  });
  // Its comment raised a crisis alert, which quotes it.
  await db.insert(vocAlerts).values({
    id: newId("voc"),
    tenantId,
    kind: "negative_sentiment",
    sourceKey: `survey:${responseId}`,
    label: "late",
    details: { source: "survey", score: -3, excerpt: comment },
    ticketIds: [],
    status: "open",
  });
  await db.insert(surveyFollowUps).values({
    id: newId("sfu"),
    tenantId,
    surveyId,
    responseId,
    customerId: customer.id,
    reason: "nps_detractor",
    score: 2,
    comment,
    status: "open",
  });
  const invoice = await h.services.files.put(
    tenantId,
    new TextEncoder().encode(`invoice of ${tag} ${customer.id}`),
  );
  await db.insert(unitRegistrations).values({
    id: newId("urg"),
    tenantId,
    customerId: customer.id,
    serial: `SN-REG-${tag}`,
    productId: "prd_x",
    purchasedAt: "2026-01-02",
    status: "pending_review",
    invoiceName: `${customer.name}-invoice.jpg`,
    invoiceType: "image/jpeg",
    invoiceSize: 20,
    invoiceKey: invoice.key,
  });
  // Staff's notes name them; their own words on a rejected resolution.
  const staffNote = `Called ${customer.name} on ${customer.phone} (${tag})`;
  const callbackId = newId("cb");
  await db.insert(callbacks).values({
    id: callbackId,
    tenantId,
    ticketId: `tkt_${tag}`,
    customerId: customer.id,
    ticketType: "repair",
    status: "done",
    dueAt: new Date(),
    attempts: 1,
    maxAttempts: 3,
    result: "fixed",
    score: 4,
    note: staffNote,
  });
  await db.insert(callbackAttempts).values({
    id: newId("cba"),
    tenantId,
    callbackId,
    outcome: "busy",
    note: `${customer.name} was busy (${tag})`,
  });
  const reopenReason = `${tag}: still broken, ${customer.name} wants a refund`;
  const complaintId = newId("cmp");
  await db.insert(complaints).values({
    id: complaintId,
    tenantId,
    ticketId: `tkt_c_${tag}`,
    ticketNumber: `SO-C-${tag}`,
    customerId: customer.id,
    sourceChannel: "phone",
    nature: "quality",
    severity: "major",
    majorReasons: [{ reason: "manual", detail: `${customer.name} called the hotline twice` }],
    status: "open",
    rootCause: `Pump fault at ${customer.name}'s home`,
    reopenReason,
  });
  await db.insert(complaintParticipants).values({
    id: newId("cpp"),
    tenantId,
    complaintId,
    department: "rnd",
    task: `Inspect the pump returned by ${customer.name}`,
    dueAt: new Date(),
  });
  const rmaId = newId("rma");
  await db.insert(rmas).values({
    id: rmaId,
    tenantId,
    number: `RMA-${tag}`,
    ticketId: `tkt_r_${tag}`,
    ticketNumber: `SO-R-${tag}`,
    customerId: customer.id,
    unitId: `unt_${tag}`,
    unitSerial: `SN-RMA-${tag}`,
    kind: "repair",
    status: "received",
    entitlement: { covered: true } as never,
    entitled: true,
    overrideReason: `${customer.name} is a VIP`,
  });
  await db.insert(rmaSteps).values({
    id: newId("rms"),
    tenantId,
    rmaId,
    action: "follow_up",
    toStatus: "received",
    data: { stage: "received", outcome: "reached", notes: `${customer.name} agreed, ${customer.phone}` },
    at: new Date(),
  });
  const address = `${tag} Road 8, flat 3 — ${customer.name}`;
  await db.insert(visits).values({
    id: newId("vis"),
    tenantId,
    ticketId: `tkt_v_${tag}`,
    ticketNumber: `SO-V-${tag}`,
    customerId: customer.id,
    nodeId: "node",
    nodePath: "/node",
    kind: "repair",
    durationMinutes: 60,
    address,
    requiredSkills: [],
    status: "done",
    parts: [],
    rating: 5,
    ratingComment: `${tag}: quick and clean`,
    signedBy: customer.name,
    delivery: {
      model: "WM-1",
      quantity: 1,
      condition: "intact",
      note: `Handed to ${customer.name} in person`,
      at: new Date().toISOString(),
    },
  });
  await db.insert(loyaltyMembers).values({
    tenantId,
    customerId: customer.id,
    referralCode: `REF-${tag}`,
    birthday: "04-01",
  });
  const entryId = newId("lye");
  await db.insert(loyaltyEntries).values([
    {
      id: newId("lye"),
      tenantId,
      customerId: customer.id,
      reason: "purchase",
      points: 120,
      note: `${tag} bought a dryer`,
    },
    {
      id: entryId,
      tenantId,
      customerId: customer.id,
      reason: "redeem",
      points: -100,
      note: `for ${customer.name}`,
    },
  ]);
  await db.insert(loyaltyVouchers).values({
    id: newId("lyv"),
    tenantId,
    customerId: customer.id,
    code: `V-${tag}`,
    value: 50,
    entryId,
  });
  return { invoiceKey: invoice.key, comment, chatText, reopenReason, address };
}
