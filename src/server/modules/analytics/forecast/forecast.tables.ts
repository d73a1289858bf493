import { boolean, date, integer, pgTable, primaryKey, text } from "drizzle-orm/pg-core";
import { tenantId } from "../../../platform/db/columns.js";

// Daily ticket counts from before the tenant's tickets were in Aftercare (a previous system's
// history), one row per channel × product line: `counts[i]` is the count on `first_day + i`. The
// forecaster adds them to the tickets' own daily rollups. The demo's rows are synthetic and say so
// (`demo`).
export const analyticsVolumeHistory = pgTable(
  "analytics_volume_history",
  {
    tenantId: tenantId(),
    channel: text("channel").notNull(),
    productLine: text("product_line").notNull(),
    firstDay: date("first_day", { mode: "string" }).notNull(),
    counts: integer("counts").array().notNull(),
    demo: boolean("demo").notNull().default(false),
  },
  (t) => [primaryKey({ columns: [t.tenantId, t.channel, t.productLine] })],
);
