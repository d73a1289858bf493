import type { Db } from "../../../platform/db/client.js";
import { newId } from "../../../platform/ids.js";
import { analyticsAlertRules } from "./alerts.tables.js";
import { deliverDueAlerts } from "./deliver-alerts.js";
import { evaluateRules } from "./evaluate-rules.js";

// The demo's alert rules: complaint-rate jumps per product for the supervisors (quiet at night),
// the batch early warning for quality staff, and a region's first response stretching for that
// region's managers; evaluated once so the inbox is not empty.
export async function seedAlertsDemo(db: Db, tenantId: string, now: Date): Promise<void> {
  const base = { tenantId, userIds: [], active: true, createdAt: now };
  await db.insert(analyticsAlertRules).values([
    {
      ...base,
      id: newId("alr"),
      name: "投诉率突增（按产品）",
      nameEn: "Complaint rate jump (by product)",
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
      nameEn: "Batch quality early warning",
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
    {
      ...base,
      id: newId("alr"),
      name: "首次响应变慢（按地区，通知地区负责人）",
      nameEn: "First response stretching (by region, to its managers)",
      kpi: "first_response_minutes_avg",
      dimension: "region",
      detector: "seasonal",
      sensitivity: 3,
      minVolume: 5,
      roles: [],
      regionManagers: true,
      quietStart: "22:00",
      quietEnd: "07:00",
      cooldownHours: 24,
      severity: "warning",
    },
  ]);
  await db.transaction(async (tx) => {
    await evaluateRules(tx, tenantId, now);
    await deliverDueAlerts(tx, tenantId, now);
  });
}
