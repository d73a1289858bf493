import type { ComplaintParticipant, TAddParticipant } from "../../../../shared/api/complaints.js";
import { isStaff } from "../../../../shared/roles.js";
import type { Services } from "../../../platform/context.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { findUser } from "../../auth/index.js";
import { teamExists, teamMembership } from "../../teams/index.js";
import { insertNotification } from "../../workspace/index.js";
import {
  completeParticipant,
  findParticipant,
  insertParticipant,
  openTasksFor,
} from "../complaints.repository.js";
import { participantDto, teamNames, userNames } from "./complaint-dto.js";
import { lockedComplaint } from "./complaint-scope.js";
import { complaintStep } from "./complaint-step.js";
import { complaintById } from "./get-complaint.js";

// Pulls another department into a complaint: one task for one staff member or one team, with a
// deadline; whoever it is for is notified (every member of a team).
export async function addParticipant(s: Services, actor: Actor, id: string, input: TAddParticipant) {
  if (!!input.userId === !!input.teamId) throw new AppError("complaint.participant_target");
  await s.db.transaction(async (tx) => {
    const { complaint, ticket } = await lockedComplaint(tx, actor, id);
    let recipients: string[] = [];
    if (input.userId) {
      const u = await findUser(tx, actor.tenantId, input.userId);
      if (!u?.active || !isStaff(u.role)) throw new AppError("complaint.participant_target");
      recipients = [u.id];
    } else if (input.teamId) {
      if (!(await teamExists(tx, actor.tenantId, input.teamId)))
        throw new AppError("complaint.participant_target");
      recipients = [...((await teamMembership(tx, actor.tenantId)).get(input.teamId) ?? [])];
    }
    const now = s.clock.now();
    const participantId = newId("cpt");
    await insertParticipant(tx, {
      id: participantId,
      tenantId: actor.tenantId,
      complaintId: complaint.id,
      department: input.department,
      userId: input.userId ?? null,
      teamId: input.teamId ?? null,
      task: input.task,
      dueAt: new Date(input.dueAt),
      createdBy: actor.userId,
      createdAt: now,
    });
    await complaintStep(
      tx,
      s,
      ticket,
      actor,
      complaint,
      {
        action: "participant_added",
        participant: {
          id: participantId,
          department: input.department,
          userId: input.userId ?? null,
          teamId: input.teamId ?? null,
          task: input.task,
          dueAt: new Date(input.dueAt).toISOString(),
        },
      },
      now,
    );
    for (const userId of recipients)
      await insertNotification(tx, {
        id: newId("ntf"),
        tenantId: actor.tenantId,
        userId,
        kind: "complaint_task",
        ticketId: ticket.id,
        data: {
          number: ticket.number,
          subject: ticket.subject,
          task: input.task,
          dueAt: new Date(input.dueAt).toISOString(),
        },
        createdAt: now,
      });
  });
  return complaintById(s, actor, id);
}

// A participant reports their task done (or someone on the desk records it for them).
export async function completeTask(
  s: Services,
  actor: Actor,
  id: string,
  participantId: string,
  note: string | undefined,
) {
  await s.db.transaction(async (tx) => {
    const { complaint, ticket } = await lockedComplaint(tx, actor, id);
    const p = await findParticipant(tx, actor.tenantId, complaint.id, participantId);
    if (!p) throw new AppError("complaint.participant_not_found");
    if (p.doneAt) return;
    const now = s.clock.now();
    await completeParticipant(tx, actor.tenantId, p.id, {
      doneAt: now,
      doneBy: actor.userId,
      doneNote: note ?? null,
    });
    await complaintStep(
      tx,
      s,
      ticket,
      actor,
      complaint,
      { action: "participant_done", participant: { id: p.id, department: p.department }, note: note ?? null },
      now,
    );
  });
  return complaintById(s, actor, id);
}

// The signed-in user's open complaint tasks (their own and their teams'), overdue ones marked.
export async function myComplaintTasks(s: Services, actor: Actor): Promise<ComplaintParticipant[]> {
  const membership = await teamMembership(s.db, actor.tenantId);
  const teamIds = [...membership].filter(([, members]) => members.has(actor.userId)).map(([t]) => t);
  const rows = await openTasksFor(s.db, actor.tenantId, actor.userId, teamIds);
  const names = await userNames(
    s.db,
    actor.tenantId,
    rows.map((r) => r.p.userId),
  );
  const teams = await teamNames(
    s.db,
    actor.tenantId,
    rows.map((r) => r.p.teamId),
  );
  const now = s.clock.now();
  return rows.map((r) => participantDto(r.p, r.ticketNumber, names, teams, now));
}
