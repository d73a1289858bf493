import { type OpenAPIHono, z } from "@hono/zod-openapi";
import {
  ZCertification,
  ZCoverageReport,
  ZNetworkNode,
  ZNodeCoverage,
  ZReportVerification,
  ZTechnician,
  ZTicketNode,
  ZVisit,
  ZVisitSlots,
} from "../../../shared/api/field.js";
import { STAFF_ROLES } from "../../../shared/roles.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import {
  ZAddCertification,
  ZAssignVisit,
  ZAttachStaff,
  ZBookVisit,
  ZCreateNode,
  ZCreateVisit,
  ZPutCoverage,
  ZPutTechnician,
  ZTicketRefParam,
  ZVisitPartUse,
  ZVisitQuery,
  ZVisitSignature,
  ZVisitStep,
} from "./field.schemas.js";
import { verifyReport } from "./report-verification.js";
import { assignVisit, bookVisit, visitSlots } from "./use-cases/book-visit.js";
import { addCertification, listCertifications, removeCertification } from "./use-cases/certifications.js";
import { coverageReport, putCoverage, readCoverage } from "./use-cases/coverage.js";
import { createVisit, listVisits, readVisit } from "./use-cases/create-visit.js";
import {
  attachStaff,
  createNode,
  putTechnician,
  readNodes,
  readTechnicians,
} from "./use-cases/manage-network.js";
import { putTicketNode } from "./use-cases/ticket-node.js";
import { visitReportPdf } from "./use-cases/visit-report.js";
import { signVisit, stepVisit, usePart } from "./use-cases/work-visit.js";
import { registerVisitAction } from "./visit-action-route.js";

const tags = ["Field service"];
const conflict = { 409: commonErrors[422] };
const DESK = ["admin", "supervisor", "agent"] as const;
const ZUserParam = z.object({ id: z.string().min(1).max(100) });
const ZCertificationParam = ZUserParam.extend({ certId: z.string().min(1).max(100) });
const items = <T extends z.ZodType>(item: T) => z.object({ items: z.array(item) });

export function registerFieldRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  const actorOf = (c: { get(k: "actor"): AppEnv["Variables"]["actor"] }) => requireActor(c.get("actor"));

  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/network/nodes",
      access: ["admin"],
      tags,
      summary: "Add a node to the service network (headquarters, region, outlet)",
      request: { body: jsonBody(ZCreateNode) },
      responses: { 201: jsonResponse(ZNetworkNode, "Created"), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await createNode(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/network/nodes/{id}/coverage",
      access: ["admin"],
      tags,
      summary: "Set the administrative divisions a node serves (replaces its list)",
      request: { params: ZIdParam, body: jsonBody(ZPutCoverage) },
      responses: { 200: jsonResponse(ZNodeCoverage, "The node's coverage"), ...commonErrors },
    }),
    async (c) =>
      c.json(await putCoverage(s, actorOf(c), c.req.valid("param").id, c.req.valid("json").divisions)),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/network/coverage",
      access: [...STAFF_ROLES, "dealer"],
      tags,
      summary: "The coverage areas of the nodes the caller sees",
      responses: { 200: jsonResponse(items(ZNodeCoverage), "Coverage per node"), ...commonErrors },
    }),
    async (c) => c.json({ items: await readCoverage(s, actorOf(c)) }),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/network/coverage-report",
      access: ["admin"],
      tags,
      summary: "Share of customers whose address the network covers (goal 90 %), and the gaps",
      responses: { 200: jsonResponse(ZCoverageReport, "The coverage report"), ...commonErrors },
    }),
    async (c) => c.json(await coverageReport(s, actorOf(c))),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/public/service-reports/{token}",
      access: "public",
      tags,
      summary: "Verify a service report from the code on it (the QR code's page /r/{token})",
      request: { params: z.object({ token: z.string().min(1).max(100) }) },
      responses: { 200: jsonResponse(ZReportVerification, "The report's essentials"), ...commonErrors },
    }),
    async (c) => c.json(await verifyReport(s, c.req.valid("param").token)),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/tickets/{ref}/node",
      access: ["admin", "supervisor"],
      tags,
      summary: "Name the network node that handles a ticket (its staff then see it)",
      request: { params: ZTicketRefParam, body: jsonBody(ZAttachStaff) },
      responses: { 200: jsonResponse(ZTicketNode, "The ticket's node"), ...commonErrors },
    }),
    async (c) => c.json(await putTicketNode(s, actorOf(c), c.req.valid("param").ref, c.req.valid("json"))),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/network/nodes",
      access: [...STAFF_ROLES, "dealer"],
      tags,
      summary: "The network nodes the caller's level sees (their node and below)",
      responses: { 200: jsonResponse(items(ZNetworkNode)), ...commonErrors },
    }),
    async (c) => c.json({ items: await readNodes(s, actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/network/staff/{id}",
      access: ["admin"],
      tags,
      summary: "Attach a staff member or dealer to a node: they then see that node's part of the network",
      request: { params: ZUserParam, body: jsonBody(ZAttachStaff) },
      responses: {
        200: jsonResponse(z.object({ userId: z.string(), nodeId: z.string() })),
        ...commonErrors,
      },
    }),
    async (c) => c.json(await attachStaff(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/technicians/{id}",
      access: ["admin", "supervisor"],
      tags,
      summary: "A technician's home node, skills, working days and shift, van stock site",
      request: { params: ZUserParam, body: jsonBody(ZPutTechnician) },
      responses: { 200: jsonResponse(ZTechnician), ...commonErrors },
    }),
    async (c) =>
      c.json(await putTechnician(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/technicians/{id}/certifications",
      access: ["admin", "supervisor"],
      tags,
      summary: "A technician's certifications per skill, with issue and expiry dates",
      request: { params: ZUserParam },
      responses: { 200: jsonResponse(items(ZCertification)), ...commonErrors },
    }),
    async (c) => c.json({ items: await listCertifications(s, actorOf(c), c.req.valid("param").id) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/technicians/{id}/certifications",
      access: ["admin", "supervisor"],
      tags,
      summary: "Add a certification; once all of a skill's certifications expire, no visits needing it",
      request: { params: ZUserParam, body: jsonBody(ZAddCertification) },
      responses: { 201: jsonResponse(ZCertification), ...commonErrors },
    }),
    async (c) =>
      c.json(await addCertification(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "delete",
      path: "/api/v1/technicians/{id}/certifications/{certId}",
      access: ["admin", "supervisor"],
      tags,
      summary: "Remove a certification",
      request: { params: ZCertificationParam },
      responses: { 204: { description: "Removed" }, ...commonErrors },
    }),
    async (c) => {
      const p = c.req.valid("param");
      await removeCertification(s, actorOf(c), p.id, p.certId);
      return c.body(null, 204);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/technicians",
      access: [...STAFF_ROLES],
      tags,
      summary: "Technicians of the caller's part of the network",
      responses: { 200: jsonResponse(items(ZTechnician)), ...commonErrors },
    }),
    async (c) => c.json({ items: await readTechnicians(s, actorOf(c)) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/tickets/{ref}/visits",
      access: [...DESK],
      tags,
      summary:
        "Create a visit for a ticket (type, duration, address, required skills); it waits for a booking",
      request: { params: ZTicketRefParam, body: jsonBody(ZCreateVisit) },
      responses: { 201: jsonResponse(ZVisit, "Created"), ...commonErrors },
    }),
    async (c) => c.json(await createVisit(s, actorOf(c), c.req.valid("param").ref, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visits",
      access: [...STAFF_ROLES, "dealer", "customer"],
      tags,
      summary:
        "Visits of the caller's part of the network (a customer: their own); technicianId=me for my jobs",
      request: { query: ZVisitQuery },
      responses: { 200: jsonResponse(items(ZVisit)), ...commonErrors },
    }),
    async (c) => {
      return c.json({ items: await listVisits(s, actorOf(c), c.req.valid("query")) }, 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visits/{id}",
      access: [...STAFF_ROLES, "dealer", "customer"],
      tags,
      summary: "One visit",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZVisit), ...commonErrors },
    }),
    async (c) => c.json(await readVisit(s, actorOf(c), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visits/{id}/slots",
      access: [...DESK, "customer"],
      tags,
      summary: "Time windows an eligible technician is really free for (next 7 days)",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZVisitSlots), ...commonErrors },
    }),
    async (c) => c.json({ items: await visitSlots(s, actorOf(c), c.req.valid("param").id) }, 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visits/{id}/booking",
      access: [...DESK, "customer"],
      tags,
      summary: "Book (or move) the visit to an offered window; the earliest-fitting technician gets it",
      request: { params: ZIdParam, body: jsonBody(ZBookVisit) },
      responses: { 200: jsonResponse(ZVisit), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await bookVisit(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/visits/{id}/assignment",
      access: ["admin", "supervisor"],
      tags,
      summary: "Give the visit to a named eligible technician (in its window or a new start)",
      request: { params: ZIdParam, body: jsonBody(ZAssignVisit) },
      responses: { 200: jsonResponse(ZVisit), ...commonErrors, ...conflict },
    }),
    async (c) => c.json(await assignVisit(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  registerVisitAction(app, s, {
    action: "steps",
    access: [...DESK, "technician", "customer"],
    summary: "Depart, check in (time, optional location), check out, cancel, no-show",
    body: ZVisitStep,
    run: stepVisit,
  });
  registerVisitAction(app, s, {
    action: "parts",
    access: [...DESK, "technician"],
    summary: "Record a part used on site (consumed from the technician's van through the parts ledger)",
    body: ZVisitPartUse,
    responses: conflict,
    run: usePart,
  });
  registerVisitAction(app, s, {
    action: "signature",
    access: [...DESK, "technician"],
    summary: "The customer's signature drawn on the technician's screen",
    body: ZVisitSignature,
    run: signVisit,
  });
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/visits/{id}/report.pdf",
      access: [...STAFF_ROLES, "dealer", "customer"],
      tags,
      summary: "The electronic service report (电子服务单) of a finished visit, as PDF",
      request: { params: ZIdParam },
      responses: {
        200: {
          description: "The report",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...commonErrors,
      },
    }),
    async (c) => {
      const { bytes, name } = await visitReportPdf(s, actorOf(c), c.req.valid("param").id);
      return c.body(new Uint8Array(bytes), 200, {
        "content-type": "application/pdf",
        "content-disposition": `inline; filename*=UTF-8''${encodeURIComponent(name)}`,
        "x-content-type-options": "nosniff",
        "cache-control": "private, no-store",
      });
    },
  );
}
