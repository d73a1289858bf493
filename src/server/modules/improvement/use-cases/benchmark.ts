import type { Benchmark } from "../../../../shared/api/improvement.js";
import type { Db } from "../../../platform/db/client.js";
import { policiesOf } from "../../sla/index.js";
import { BENCHMARK_PEERS } from "../benchmark-peers.js";

const range = (values: number[]) =>
  values.length === 0 ? null : { min: Math.min(...values) / 60, max: Math.max(...values) / 60 };

// Peers' published promises beside ours, read from our SLA policies (targets in hours).
export async function benchmark(db: Db, tenantId: string): Promise<Benchmark> {
  const policies = await policiesOf(db, tenantId);
  return {
    peers: BENCHMARK_PEERS.map((p) => ({
      ...p,
      name: { ...p.name },
      warranty: { ...p.warranty },
      sourceNote: { ...p.sourceNote },
    })),
    ours: {
      responseHours: range(policies.map((p) => p.firstResponseMinutes)),
      resolutionHours: range(policies.map((p) => p.resolutionMinutes)),
      policies: policies.length,
    },
  };
}
