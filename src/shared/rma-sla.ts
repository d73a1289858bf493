import { z } from "zod";

// SLA targets of the RMA steps, in days: QA inspects within `qaWithinDays` of receipt, the unit
// ships back within `shipWithinDays` of QA's sign-off, and someone reaches the customer on the phone
// within `followUpWithinDays` of shipping (or refunding) to confirm it works. Counted in working days
// of `calendarId` (else of the calendar an ordinary repair request is measured by), holidays and 调休
// included.
export const ZRmaSla = z.object({
  qaWithinDays: z.number().int().min(1).max(60),
  shipWithinDays: z.number().int().min(1).max(60),
  followUpWithinDays: z.number().int().min(1).max(60),
  calendarId: z.string().min(1).optional(),
});
export type RmaSla = z.infer<typeof ZRmaSla>;

export const DEFAULT_RMA_SLA: RmaSla = { qaWithinDays: 1, shipWithinDays: 2, followUpWithinDays: 3 };

export const RMA_SLA_STEPS = ["qa", "ship", "follow_up"] as const;
type RmaSlaStep = (typeof RMA_SLA_STEPS)[number];

export type RmaDue = { step: RmaSlaStep; dueAt: string; overdue: boolean };
