import { isStaff } from "../../../shared/roles.js";
import type { Db } from "../../platform/db/client.js";
import { AppError } from "../../platform/errors.js";
import { findUser, type UserRow } from "../auth/index.js";
import { teamExists } from "../teams/index.js";
import type { TriggerAction } from "./engine.js";

// Checked when the trigger is saved and again when it runs: the user may have left or changed role since.
export const isActiveStaff = (u: UserRow | undefined): u is UserRow => Boolean(u?.active && isStaff(u.role));

// Actions naming a user or team must name real ones of this tenant, and a user must be active
// staff: a trigger runs on customers' tickets and must never hand one to another customer.
export async function checkTargets(db: Db, tenantId: string, actions: TriggerAction[]): Promise<void> {
  for (const a of actions) {
    const userId =
      a.kind === "assign_user"
        ? a.userId
        : a.kind === "notify" && a.to !== "assignee" && a.to !== "supervisors"
          ? a.to
          : null;
    if (userId && !isActiveStaff(await findUser(db, tenantId, userId)))
      throw new AppError("trigger.target_invalid", { id: userId });
    const teamId = a.kind === "set_team" || a.kind === "assign_team" ? a.teamId : null;
    if (teamId && !(await teamExists(db, tenantId, teamId)))
      throw new AppError("trigger.target_invalid", { id: teamId });
  }
}
