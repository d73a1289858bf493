import { majorReasons } from "../../../shared/complaints.js";
import type { CustomerTier } from "../../../shared/domain.js";
import type { Db } from "../../platform/db/client.js";
import { type ComplaintPolicy, earlierComplaints } from "./complaints.repository.js";

const DAY_MS = 86_400_000;

// The tenant's major rules applied to one complaint: its text, the customer's tier, their other
// complaints in the window and the amount at stake. A complaint once major stays major (the
// manual mark and earlier reasons are kept).
export async function assessSeverity(
  db: Db,
  input: {
    tenantId: string;
    ticketId: string;
    customerId: string;
    text: string;
    tier: CustomerTier | null;
    amount: number | null;
    at: Date;
    earlier?: { reason: string; detail?: string }[];
  },
  policy: ComplaintPolicy,
) {
  const rules = policy.majorRules;
  const repeat =
    rules.repeatDays > 0
      ? await earlierComplaints(
          db,
          input.tenantId,
          input.customerId,
          new Date(input.at.getTime() - rules.repeatDays * DAY_MS),
          input.ticketId,
        )
      : 0;
  const found = majorReasons(
    { text: input.text, tier: input.tier, earlierComplaintsInWindow: repeat, amount: input.amount },
    rules,
  );
  const kept = (input.earlier ?? []).filter((e) => !found.some((f) => f.reason === e.reason));
  const reasons = [...kept, ...found];
  return { severity: reasons.length > 0 ? ("major" as const) : ("general" as const), reasons };
}
