import type { TInspection } from "../../../../shared/api/rma.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { INSPECTABLE } from "../rma-states.js";
import { getRma } from "./get-rma.js";
import { runRmaStep } from "./rma-step.js";

// QA's inspection of the returned unit: the sign-off (pass or fail, with signature) that shipping,
// refunding and closing wait for.
export async function inspectRma(s: Services, actor: Actor, ref: string, input: TInspection) {
  const id = await runRmaStep(s, actor, ref, async (_tx, rma, now) => {
    if (!(INSPECTABLE as readonly string[]).includes(rma.status))
      throw new AppError("rma.not_inspectable", { status: rma.status });
    const inspection = {
      result: input.result,
      faultCode: input.faultCode ?? null,
      notes: input.notes ?? null,
      checklist: input.checklist ?? [],
      signature: input.signature ?? actor.name,
      by: actor.userId,
      at: now.toISOString(),
    };
    return {
      action: "inspect",
      to: input.result === "pass" ? "qa_passed" : "qa_failed",
      patch: { inspection },
      data: {
        result: input.result,
        faultCode: inspection.faultCode,
        notes: inspection.notes,
        signature: inspection.signature,
      },
    };
  });
  return getRma(s, actor, id);
}
