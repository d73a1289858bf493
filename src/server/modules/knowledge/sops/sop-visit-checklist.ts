import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { putChecklistTemplate } from "../../field/index.js";
import type { SopRow } from "./sop-repository.js";

type VisitKind = Parameters<typeof putChecklistTemplate>[2]["kind"];

// A published SOP marked for a visit kind is that kind's field checklist template (for its
// product line, or any): its control points are the steps check-out waits for. Run after the
// SOP's own transaction commits (the field command has its own). Withdrawing the SOP, or moving it
// to another visit kind, removes the template it had made.
export async function syncVisitChecklist(s: Services, a: Actor, before: SopRow | null, after: SopRow) {
  const madeBefore = before?.status === "published" && before.visitKind ? before : null;
  const makesNow = after.status === "published" && after.visitKind ? after : null;
  if (
    madeBefore &&
    (!makesNow ||
      madeBefore.visitKind !== makesNow.visitKind ||
      madeBefore.productLine !== makesNow.productLine)
  )
    await putChecklistTemplate(s, a, {
      kind: madeBefore.visitKind as VisitKind,
      ...(madeBefore.productLine ? { productLine: madeBefore.productLine } : {}),
      steps: [],
    });
  if (makesNow)
    await putChecklistTemplate(s, a, {
      kind: makesNow.visitKind as VisitKind,
      ...(makesNow.productLine ? { productLine: makesNow.productLine } : {}),
      steps: makesNow.steps.map((st) => ({
        zh: st.zh.slice(0, 200),
        en: st.en.slice(0, 200),
        required: st.control,
      })),
    });
}
