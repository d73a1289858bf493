import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZAddParticipant,
  ZApprovePlan,
  ZComplaint,
  ZComplaintParticipant,
  ZComplaintPlan,
  ZComplaintQuery,
  ZComplaintRow,
  ZComplaintSettings,
  ZComplaintView,
  ZCompleteTask,
  ZExecution,
  ZRaiseComplaint,
  ZRejectPlan,
  ZUpdateComplaint,
  ZUpdateComplaintSettings,
  ZUserApprovalLimit,
} from "../../../shared/api/complaints.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { decodeCursor, keysetPage } from "../../platform/http/cursor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, listOf, ZIdParam } from "../../platform/http/schemas.js";
import { complaintRegister } from "./use-cases/complaint-register.js";
import {
  getComplaintSettings,
  setUserLimit,
  updateComplaintSettings,
} from "./use-cases/complaint-settings.js";
import { getComplaintOfTicket } from "./use-cases/get-complaint.js";
import { addParticipant, completeTask, myComplaintTasks } from "./use-cases/participants.js";
import { raiseComplaint } from "./use-cases/raise-complaint.js";
import { approvePlan, recordExecution, rejectPlan, submitPlan } from "./use-cases/resolution-plan.js";
import { updateComplaintRecord } from "./use-cases/update-complaint.js";

const tags = ["Complaints (投诉)"];
// The service desk works complaints; every staff member may read them and do their own tasks.
const DESK = ["admin", "supervisor", "agent"] as const;
const ZTicketRef = z.object({ ref: z.string().min(1).max(100) });
const ZParticipantParam = z.object({
  id: z.string().min(1).max(100),
  participantId: z.string().min(1).max(100),
});
const ZUserParam = z.object({ userId: z.string().min(1).max(100) });

export function registerComplaintRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/tickets/{ref}/complaint",
      access: [...STAFF_ROLES, "customer"],
      tags,
      summary:
        "A complaint ticket's record: all of it for staff; progress and approved compensation for the customer",
      request: { params: ZTicketRef },
      responses: { 200: jsonResponse(ZComplaintView), ...commonErrors },
    }),
    async (c) =>
      c.json(await getComplaintOfTicket(s, requireActor(c.get("actor")), c.req.valid("param").ref), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/complaints",
      access: DESK,
      tags,
      summary: "Raise a complaint from a ticket: a linked complaint ticket with its record",
      request: { params: ZTicketRef, body: jsonBody(ZRaiseComplaint) },
      responses: { 201: jsonResponse(ZComplaint, "Raised"), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await raiseComplaint(s, requireActor(c.get("actor")), c.req.valid("param").ref, c.req.valid("json")),
        201,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/complaints",
      access: STAFF_ROLES,
      tags,
      summary: "The complaint register: filter by nature, severity, status, product and period",
      request: { query: ZComplaintQuery },
      responses: { 200: jsonResponse(listOf(ZComplaintRow)), ...commonErrors },
    }),
    async (c) => {
      const q = c.req.valid("query");
      const after = decodeCursor(q.cursor, ["date", "text"]);
      const rows = await complaintRegister(
        s,
        requireActor(c.get("actor")),
        q,
        after ? { createdAt: new Date(after[0] ?? ""), id: after[1] ?? "" } : undefined,
      );
      return c.json(
        keysetPage(
          rows,
          q.limit,
          (last) => [last.createdAt, last.id],
          (r) => r,
        ),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/complaints/tasks",
      access: STAFF_ROLES,
      tags,
      summary: "My open complaint tasks (mine and my teams'), overdue ones marked",
      responses: { 200: jsonResponse(z.object({ items: z.array(ZComplaintParticipant) })), ...commonErrors },
    }),
    async (c) => c.json({ items: await myComplaintTasks(s, requireActor(c.get("actor"))) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/complaints/settings",
      access: ["admin", "supervisor"],
      tags,
      summary: "Major rules, approval limits per role and per user, the service manager",
      responses: { 200: jsonResponse(ZComplaintSettings), ...commonErrors },
    }),
    async (c) => c.json(await getComplaintSettings(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/complaints/settings",
      access: ["admin"],
      tags,
      summary: "Change the major rules, the approval limits per role or the service manager",
      request: { body: jsonBody(ZUpdateComplaintSettings) },
      responses: { 200: jsonResponse(ZComplaintSettings), ...commonErrors },
    }),
    async (c) =>
      c.json(await updateComplaintSettings(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/complaints/approval-limits/{userId}",
      access: ["admin"],
      tags,
      summary: "Give one staff member their own approval limit (null: no limit)",
      request: { params: ZUserParam, body: jsonBody(ZUserApprovalLimit) },
      responses: { 200: jsonResponse(ZComplaintSettings), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await setUserLimit(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").userId,
          c.req.valid("json").limit,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/complaints/approval-limits/{userId}",
      access: ["admin"],
      tags,
      summary: "Remove a staff member's own approval limit (their role's applies again)",
      request: { params: ZUserParam },
      responses: { 200: jsonResponse(ZComplaintSettings), ...commonErrors },
    }),
    async (c) =>
      c.json(await setUserLimit(s, requireActor(c.get("actor")), c.req.valid("param").userId, "remove"), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: "/api/v1/complaints/{id}",
      access: DESK,
      tags,
      summary: "Change the record (nature, source channel, amount at stake) or mark it major",
      request: { params: ZIdParam, body: jsonBody(ZUpdateComplaint) },
      responses: { 200: jsonResponse(ZComplaint), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await updateComplaintRecord(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("json"),
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/complaints/{id}/participants",
      access: DESK,
      tags,
      summary: "Pull in another department: a task with a deadline for a staff member or a team",
      request: { params: ZIdParam, body: jsonBody(ZAddParticipant) },
      responses: { 201: jsonResponse(ZComplaint, "Added"), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await addParticipant(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        201,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/complaints/{id}/participants/{participantId}/done",
      access: STAFF_ROLES,
      tags,
      summary: "A participant's task is done",
      request: { params: ZParticipantParam, body: jsonBody(ZCompleteTask) },
      responses: { 200: jsonResponse(ZComplaint), ...commonErrors },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(
        await completeTask(s, requireActor(c.get("actor")), p.id, p.participantId, c.req.valid("json").note),
        200,
      );
    },
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/complaints/{id}/plan",
      access: DESK,
      tags,
      summary: "Record the resolution plan and submit it for approval",
      request: { params: ZIdParam, body: jsonBody(ZComplaintPlan) },
      responses: { 200: jsonResponse(ZComplaint), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await submitPlan(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/complaints/{id}/approve",
      access: DESK,
      tags,
      summary: "Approve the plan (within your approval limit; never your own plan)",
      request: { params: ZIdParam, body: jsonBody(ZApprovePlan) },
      responses: { 200: jsonResponse(ZComplaint), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await approvePlan(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json").note),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/complaints/{id}/reject",
      access: DESK,
      tags,
      summary: "Send the plan back with a reason",
      request: { params: ZIdParam, body: jsonBody(ZRejectPlan) },
      responses: { 200: jsonResponse(ZComplaint), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await rejectPlan(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").id,
          c.req.valid("json").reason,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/complaints/{id}/execution",
      access: DESK,
      tags,
      summary: "Record the approved plan carried out; the ticket is resolved for the customer to confirm",
      request: { params: ZIdParam, body: jsonBody(ZExecution) },
      responses: { 200: jsonResponse(ZComplaint), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await recordExecution(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
}
