import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { analyticsAlertRules } from "./alerts.tables.js";
import { deliverDueAlerts } from "./deliver-alerts.js";
import { evaluateRules } from "./evaluate-rules.js";

// The demo's alert rules: complaint-rate jumps per product for the supervisors (quiet at night),
// and the batch early warning for quality staff; evaluated once so the inbox is not empty.
export async function seedAlertsDemo(db: Db, tenantId: string, now: Date): Promise<void> {
  const base = { tenantId, userIds: [], active: true, createdAt: now };
  await db.insert(analyticsAlertRules).values([
    {
      ...base,
      id: newId("alr"),
      name: "投诉率突增（按产品）",
      kpi: "complaint_rate",
      dimension: "product",
      detector: "seasonal",
      sensitivity: 3,
      minVolume: 5,
      roles: ["supervisor"],
      quietStart: "22:00",
      quietEnd: "07:00",
      cooldownHours: 24,
      severity: "warning",
    },
    {
      ...base,
      id: newId("alr"),
      name: "批次质量预警",
      kpi: "batch_failure_rate",
      dimension: "model",
      detector: "batch_test",
      sensitivity: 0.05,
      minVolume: 10,
      roles: ["qa", "supervisor"],
      quietStart: null,
      quietEnd: null,
      cooldownHours: 720,
      severity: "warning",
    },
  ]);
  await db.transaction(async (tx) => {
    await evaluateRules(tx, tenantId, now);
    await deliverDueAlerts(tx, tenantId, now);
  });
}
