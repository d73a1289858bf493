import type { OpenAPIHono } from "@hono/zod-openapi";
import { z } from "@hono/zod-openapi";
import {
  ZCareProfile,
  ZCustomer360,
  ZLoyaltyAccount,
  ZLoyaltySettings,
  ZPurchaseInput,
  ZRedeem,
  ZRedeemCatalogue,
  ZRedeemResult,
  ZReferralClaim,
  ZVoucher,
} from "../../../shared/api/loyalty.js";
import type { Services } from "../../platform/context.js";
import type { AppEnv } from "../../platform/http/actor.js";
import { defineRoute, requireActor } from "../../platform/http/route.js";
import { commonErrors, jsonBody, jsonResponse, ZIdParam } from "../../platform/http/schemas.js";
import { loyaltySettingsOf } from "./loyalty.repository.js";
import { tenantDay } from "./tenant-day.js";
import { runCareActions } from "./use-cases/care-actions.js";
import { claimReferral } from "./use-cases/claim-referral.js";
import { customer360 } from "./use-cases/customer-360.js";
import { myAccount, myCatalogue, saveCareProfile } from "./use-cases/my-account.js";
import { redeemPoints } from "./use-cases/redeem-points.js";
import { recordPurchase, replaceLoyaltySettings, useVoucher } from "./use-cases/staff-actions.js";

const tags = ["Loyalty"];
const DESK = ["admin", "supervisor", "agent"] as const;

export function registerLoyaltyRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  registerCustomerRoutes(app, s);
  registerStaffRoutes(app, s);
}

// The signed-in customer's own points: there is no customer id in these paths to try another's.
function registerCustomerRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/loyalty/me",
      access: ["customer"],
      tags,
      summary:
        "My points: balance, what lapses within 30 days, history, vouchers, referral code, care profile",
      responses: { 200: jsonResponse(ZLoyaltyAccount.extend(ZCareProfile.shape)), ...commonErrors },
    }),
    async (c) => c.json(await myAccount(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/loyalty/me/catalogue",
      access: ["customer"],
      tags,
      summary: "What my points buy: extended plans for my units, service vouchers, gifts",
      responses: { 200: jsonResponse(ZRedeemCatalogue), ...commonErrors },
    }),
    async (c) => c.json(await myCatalogue(s, requireActor(c.get("actor"))), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/loyalty/me/redemptions",
      access: ["customer"],
      tags,
      summary: "Spend points: an extended plan for one of my units (attached at once), a voucher or a gift",
      request: { body: jsonBody(ZRedeem) },
      responses: { 201: jsonResponse(ZRedeemResult), ...commonErrors },
    }),
    async (c) => c.json(await redeemPoints(s, requireActor(c.get("actor")), c.req.valid("json")), 201),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/loyalty/me/referrer",
      access: ["customer"],
      tags,
      summary:
        "Record who referred me (their referral code): once; the reward follows my first approved registration",
      request: { body: jsonBody(ZReferralClaim) },
      responses: { 200: jsonResponse(z.object({ referred: z.literal(true) })), ...commonErrors },
    }),
    async (c) => c.json(await claimReferral(s, requireActor(c.get("actor")), c.req.valid("json").code), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/loyalty/me/care",
      access: ["customer"],
      tags,
      summary: "My birthday (for a greeting) and whether I want care messages at all",
      request: { body: jsonBody(ZCareProfile) },
      responses: { 200: jsonResponse(ZCareProfile), ...commonErrors },
    }),
    async (c) => {
      const body = c.req.valid("json");
      await saveCareProfile(s, requireActor(c.get("actor")), body);
      return c.json(body, 200);
    },
  );
}

function registerStaffRoutes(app: OpenAPIHono<AppEnv>, s: Services): void {
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/customers/{id}/loyalty",
      access: [...DESK],
      tags,
      summary: "Customer 360: lifetime value, units, satisfaction history, segment, points and care sent",
      request: { params: ZIdParam },
      responses: { 200: jsonResponse(ZCustomer360), ...commonErrors },
    }),
    async (c) => c.json(await customer360(s, requireActor(c.get("actor")), c.req.valid("param").id), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/customers/{id}/purchases",
      access: [...DESK],
      tags,
      summary: "Record a purchase: lifetime value and points per yuan, once per reference",
      request: { params: ZIdParam, body: jsonBody(ZPurchaseInput) },
      responses: {
        200: jsonResponse(z.object({ recorded: z.boolean(), points: z.number().int() })),
        ...commonErrors,
      },
    }),
    async (c) =>
      c.json(
        await recordPurchase(s, requireActor(c.get("actor")), c.req.valid("param").id, c.req.valid("json")),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/loyalty/vouchers/{code}/use",
      access: [...DESK, "technician"],
      tags,
      summary: "Take a service voucher on a paid repair (a ticket or RMA number): once",
      request: {
        params: z.object({ code: z.string().min(4).max(32) }),
        body: jsonBody(z.object({ usedOn: z.string().trim().min(1).max(64) }).strict()),
      },
      responses: { 200: jsonResponse(ZVoucher), ...commonErrors },
    }),
    async (c) =>
      c.json(
        await useVoucher(
          s,
          requireActor(c.get("actor")),
          c.req.valid("param").code,
          c.req.valid("json").usedOn,
        ),
        200,
      ),
  );
  app.openapi(
    defineRoute({
      method: "get",
      path: "/api/v1/loyalty/settings",
      access: [...DESK],
      tags,
      summary: "Earn rules, plan prices in points, expiry, vouchers, gifts and care actions",
      responses: { 200: jsonResponse(ZLoyaltySettings), ...commonErrors },
    }),
    async (c) => c.json(await loyaltySettingsOf(s.db, requireActor(c.get("actor")).tenantId), 200),
  );
  app.openapi(
    defineRoute({
      method: "put",
      path: "/api/v1/loyalty/settings",
      access: ["admin"],
      tags,
      summary: "Replace the loyalty settings (earns already written keep their expiry day)",
      request: { body: jsonBody(ZLoyaltySettings) },
      responses: { 200: jsonResponse(ZLoyaltySettings), ...commonErrors },
    }),
    async (c) =>
      c.json(await replaceLoyaltySettings(s, requireActor(c.get("actor")), c.req.valid("json")), 200),
  );
  app.openapi(
    defineRoute({
      method: "post",
      path: "/api/v1/loyalty/care/run",
      access: ["admin"],
      tags,
      summary: "Run today's care actions now (what the daily schedule does; each is still sent once a year)",
      responses: { 200: jsonResponse(z.object({ scheduled: z.number().int() })), ...commonErrors },
    }),
    async (c) => {
      const actor = requireActor(c.get("actor"));
      const scheduled = await s.db.transaction(async (tx) =>
        runCareActions(tx, actor.tenantId, await tenantDay(tx, actor.tenantId, s.clock.now())),
      );
      return c.json({ scheduled }, 200);
    },
  );
}
