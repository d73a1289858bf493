import { eq } from "drizzle-orm";
import {
  DEFAULT_WEIGHTS,
  SCORECARD_KPI_IDS,
  SCORECARD_ROLES,
  type ScorecardRole,
  type ScorecardWeights,
  type WeightsView,
} from "../../../../../shared/api/scorecards.js";
import type { Services } from "../../../../platform/context.js";
import type { Db } from "../../../../platform/db/client.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { analyticsScorecardWeights } from "../people.tables.js";
import { weightsSum } from "../scoring.js";

// Each role's weights: the tenant's saved ones, the defaults otherwise. A KPI the saved set does
// not name weighs 0 (a KPI added to scorecards later does not silently change a saved total).
export async function tenantWeights(db: Db, tenantId: string): Promise<Map<ScorecardRole, ScorecardWeights>> {
  const saved = await db
    .select()
    .from(analyticsScorecardWeights)
    .where(eq(analyticsScorecardWeights.tenantId, tenantId));
  const own = new Map(saved.map((r) => [r.role, r.weights]));
  return new Map(
    SCORECARD_ROLES.map((role) => {
      const w = own.get(role);
      if (!w) return [role, DEFAULT_WEIGHTS[role]];
      return [role, Object.fromEntries(SCORECARD_KPI_IDS.map((k) => [k, w[k] ?? 0])) as ScorecardWeights];
    }),
  );
}

export async function readWeights(s: Services, actor: Actor): Promise<WeightsView> {
  const saved = await s.db
    .select({ role: analyticsScorecardWeights.role })
    .from(analyticsScorecardWeights)
    .where(eq(analyticsScorecardWeights.tenantId, actor.tenantId));
  const custom = new Set(saved.map((r) => r.role));
  const all = await tenantWeights(s.db, actor.tenantId);
  return {
    items: SCORECARD_ROLES.map((role) => ({
      role,
      weights: all.get(role) ?? DEFAULT_WEIGHTS[role],
      custom: custom.has(role),
    })),
  };
}

// PUT /scorecards/weights/{role} (admin): the weights must add up to 100. Stored months keep the
// weights they were computed with; the next computation uses these.
export async function saveWeights(
  s: Services,
  actor: Actor,
  role: ScorecardRole,
  weights: Partial<ScorecardWeights>,
): Promise<WeightsView> {
  const sum = weightsSum(weights);
  if (sum !== 100) throw new AppError("scorecards.weights_sum", { sum });
  const full = Object.fromEntries(SCORECARD_KPI_IDS.map((k) => [k, weights[k] ?? 0]));
  await s.db
    .insert(analyticsScorecardWeights)
    .values({ tenantId: actor.tenantId, role, weights: full })
    .onConflictDoUpdate({
      target: [analyticsScorecardWeights.tenantId, analyticsScorecardWeights.role],
      set: { weights: full, updatedAt: new Date() },
    });
  return readWeights(s, actor);
}
