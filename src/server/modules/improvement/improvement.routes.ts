import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZActInput,
  ZBacklog,
  ZBenchmark,
  ZCycle,
  ZCycleInput,
  ZCycleMove,
  ZCyclePatch,
  ZEvidenceInput,
  ZItemDetail,
  ZItemInput,
  ZItemPatch,
  ZKanoAnswerInput,
  ZKanoLinkInput,
  ZKpiOption,
  ZQuarterPlan,
  ZSuggestionInput,
  ZTaskInput,
  ZTaskPatch,
  ZWeights,
} from "../../../shared/api/improvement.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { actorOf, defineRoute } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { kpiCatalogue } from "./kpi-port.js";
import { itemDetail, rankedBacklog } from "./use-cases/backlog.js";
import { benchmark } from "./use-cases/benchmark.js";
import {
  actOnCycle,
  addTask,
  getCycle,
  moveCycle,
  openCycle,
  setTaskDone,
  updatePlan,
} from "./use-cases/cycles.js";
import { addEvidence, putWeights, raiseItem, suggestImprovement, updateItem } from "./use-cases/items.js";
import { enterKanoAnswer, openKanoQuestionnaire } from "./use-cases/kano-answers.js";
import { quarterPlan } from "./use-cases/quarter-plan.js";

const tags = ["Continuous improvement"];
const READERS = ["admin", "supervisor", "agent", "qa"] as const;
const RAISERS = ["admin", "supervisor", "agent"] as const;
const MANAGERS = ["admin", "supervisor"] as const;
const base = "/api/v1/improvement";
const ZTaskParam = z.object({ id: z.string().min(1).max(100), taskId: z.string().min(1).max(100) });

export function registerImprovementRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: `${base}/items`,
      access: [...READERS],
      tags,
      summary: "The backlog ranked on the weighted matrix (open items first), with the weights used",
      responses: { 200: jsonResponse(ZBacklog), ...commonErrors },
    }),
    async (c) => c.json(await rankedBacklog(s.db, actorOf(c).tenantId), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/items`,
      access: [...RAISERS],
      tags,
      summary: "Raise a backlog item from a complaint, survey, alert or an agent, with its evidence",
      request: { body: jsonBody(ZItemInput) },
      responses: { 201: jsonResponse(ZItemDetail), ...commonErrors },
    }),
    async (c) => c.json(await raiseItem(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/suggestions`,
      access: ["customer"],
      tags,
      summary: "A customer suggests an improvement (it joins the backlog for staff to rate)",
      request: { body: jsonBody(ZSuggestionInput) },
      responses: { 201: jsonResponse(z.object({ id: z.string() })), ...commonErrors },
    }),
    async (c) => c.json(await suggestImprovement(s, actorOf(c), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${base}/items/{id}`,
      access: [...READERS],
      tags,
      summary: "One item: score and rank, its evidence as the owning modules show it now, KANO, cycles",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZItemDetail), ...commonErrors },
    }),
    async (c) =>
      c.json(await itemDetail(s.db, actorOf(c).tenantId, c.req.valid("param").id, s.clock.now()), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: `${base}/items/{id}`,
      access: [...MANAGERS],
      tags,
      summary: "Rate, rename, drop or reopen an item",
      request: { params: ZIdParam, body: jsonBody(ZItemPatch) },
      responses: { 200: jsonResponse(ZItemDetail), ...commonErrors },
    }),
    async (c) => c.json(await updateItem(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/items/{id}/evidence`,
      access: [...RAISERS],
      tags,
      summary: "Link more evidence to an item",
      request: { params: ZIdParam, body: jsonBody(ZEvidenceInput) },
      responses: { 200: jsonResponse(ZItemDetail), ...commonErrors },
    }),
    async (c) => c.json(await addEvidence(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/items/{id}/kano-questionnaire`,
      access: [...MANAGERS],
      tags,
      summary: "Set the KANO question pair and open the public answer link (/kano/{token})",
      request: { params: ZIdParam, body: jsonBody(ZKanoLinkInput) },
      responses: { 200: jsonResponse(ZItemDetail), ...commonErrors },
    }),
    async (c) =>
      c.json(await openKanoQuestionnaire(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/items/{id}/kano-answers`,
      access: [...RAISERS],
      tags,
      summary: "Enter one customer's KANO answer pair (functional and dysfunctional)",
      request: { params: ZIdParam, body: jsonBody(ZKanoAnswerInput) },
      responses: { 200: jsonResponse(ZItemDetail), ...commonErrors },
    }),
    async (c) =>
      c.json(await enterKanoAnswer(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/items/{id}/cycles`,
      access: [...MANAGERS],
      tags,
      summary: "Open a PDCA cycle on an item (plan: owner, target KPI and value, due date)",
      request: { params: ZIdParam, body: jsonBody(ZCycleInput) },
      responses: { 201: jsonResponse(ZCycle), ...commonErrors },
    }),
    async (c) => c.json(await openCycle(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${base}/weights`,
      access: [...READERS],
      tags,
      summary: "The weighted matrix's weights",
      responses: { 200: jsonResponse(ZWeights), ...commonErrors },
    }),
    async (c) => c.json((await rankedBacklog(s.db, actorOf(c).tenantId)).weights, 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: `${base}/weights`,
      access: [...MANAGERS],
      tags,
      summary: "Change the weights (0–10 each, not all zero); the backlog re-ranks at once",
      request: { body: jsonBody(ZWeights) },
      responses: { 200: jsonResponse(ZWeights), ...commonErrors },
    }),
    async (c) => c.json(await putWeights(s, actorOf(c), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${base}/cycles/{id}`,
      access: [...READERS],
      tags,
      summary: "One PDCA cycle: plan, tasks, the check's KPI before and after, the decision, history",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCycle), ...commonErrors },
    }),
    async (c) => c.json(await getCycle(s, actorOf(c).tenantId, c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: `${base}/cycles/{id}`,
      access: [...MANAGERS],
      tags,
      summary: "Change the plan (only while the cycle is in plan)",
      request: { params: ZIdParam, body: jsonBody(ZCyclePatch) },
      responses: { 200: jsonResponse(ZCycle), ...commonErrors },
    }),
    async (c) => c.json(await updatePlan(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/cycles/{id}/tasks`,
      access: [...MANAGERS],
      tags,
      summary: "Add a task to the do phase (in plan or do)",
      request: { params: ZIdParam, body: jsonBody(ZTaskInput) },
      responses: { 200: jsonResponse(ZCycle), ...commonErrors },
    }),
    async (c) => c.json(await addTask(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "patch",
      path: `${base}/cycles/{id}/tasks/{taskId}`,
      access: [...RAISERS],
      tags,
      summary: "Mark a task done or not done",
      request: { params: ZTaskParam, body: jsonBody(ZTaskPatch) },
      responses: { 200: jsonResponse(ZCycle), ...commonErrors },
    }),
    async (c) => {
      const p = c.req.valid("param");
      return c.json(await setTaskDone(s, actorOf(c), p.id, p.taskId, c.req.valid("json").done), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/cycles/{id}/transitions`,
      access: [...MANAGERS],
      tags,
      summary: "Move the cycle: plan → do → check (KPI before vs after computed) → act; check → do",
      request: { params: ZIdParam, body: jsonBody(ZCycleMove) },
      responses: { 200: jsonResponse(ZCycle), 409: commonErrors[422], ...commonErrors },
    }),
    async (c) => {
      const b = c.req.valid("json");
      return c.json(await moveCycle(s, actorOf(c), c.req.valid("param").id, b.to, b.note), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: `${base}/cycles/{id}/act`,
      access: [...MANAGERS],
      tags,
      summary: "Act: standardise (update or write the SOP / article) or iterate into a new cycle",
      request: { params: ZIdParam, body: jsonBody(ZActInput) },
      responses: { 200: jsonResponse(ZCycle), 409: commonErrors[422], ...commonErrors },
    }),
    async (c) => c.json(await actOnCycle(s, actorOf(c), c.req.valid("param").id, c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${base}/plan`,
      access: [...READERS],
      tags,
      summary: "The quarterly plan: a year's cycles by the quarter they are due in",
      request: { query: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }) },
      responses: { 200: jsonResponse(ZQuarterPlan), ...commonErrors },
    }),
    async (c) => {
      const year = c.req.valid("query").year ?? s.clock.now().getUTCFullYear();
      return c.json(await quarterPlan(s.db, actorOf(c).tenantId, year), 200);
    },
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${base}/benchmark`,
      access: [...READERS],
      tags,
      summary: "Peers' published service promises against ours (from our SLA policies)",
      responses: { 200: jsonResponse(ZBenchmark), ...commonErrors },
    }),
    async (c) => c.json(await benchmark(s.db, actorOf(c).tenantId), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: `${base}/kpis`,
      access: [...READERS],
      tags,
      summary: "The KPIs a plan can target (the analytics catalogue)",
      responses: { 200: jsonResponse(z.object({ items: z.array(ZKpiOption) })), ...commonErrors },
    }),
    (c) => c.json({ items: [...kpiCatalogue()] }, 200),
  );
}
