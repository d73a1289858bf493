-- Issue 19: the model, product line and region dimensions (appended to ROLLUP_DIMENSIONS, so a
-- fact's keys grow from 8 to 11). Backfill: every stored fact gains the unit's model (product SKU),
-- its product line (the product's category) and the customer's province, as readTicketFacts reads
-- them; then the day rollups of the three new dimensions are summed from those facts, so rollups
-- and facts agree and the next refresh of a ticket takes out exactly what is added here.
UPDATE "analytics_ticket_facts" f
SET "keys" = f."keys"[1:8] || ARRAY[coalesce(pr."sku", ''), coalesce(pr."category", ''), coalesce(left(c."division_code", 2), '')]
FROM "tickets" t
LEFT JOIN "customers" c ON c."tenant_id" = t."tenant_id" AND c."id" = t."customer_id"
LEFT JOIN "units" u ON u."tenant_id" = t."tenant_id" AND u."id" = t."unit_id"
LEFT JOIN "products" pr ON pr."tenant_id" = u."tenant_id" AND pr."id" = u."product_id"
WHERE t."tenant_id" = f."tenant_id" AND t."id" = f."ticket_id";--> statement-breakpoint
-- A fact whose ticket is gone (it is deleted on the next refresh) gets empty keys.
UPDATE "analytics_ticket_facts" SET "keys" = "keys"[1:8] || ARRAY['', '', '']
WHERE cardinality("keys") < 11;--> statement-breakpoint
INSERT INTO "analytics_rollups" ("tenant_id", "dim", "key", "day", m_created, m_open, m_first_response_n, m_first_response_ms, m_resolved_n, m_resolution_ms, m_done_now, m_closed_now, m_reopened_n, m_fcr_n, m_sla_n, m_sla_on_time_n, m_escalated_n, m_complaint_n, m_repair_n, m_repair_parts_n, m_parts_wait_n, m_parts_wait_ms, m_callback_n, m_callback_reached_n, m_callback_fixed_n, m_callback_auto_n, m_callback_score_n, m_callback_score_sum)
SELECT f."tenant_id", d."dim", f."keys"[d."i"], f."day", coalesce(sum(f.measures[1]), 0), coalesce(sum(f.measures[2]), 0), coalesce(sum(f.measures[3]), 0), coalesce(sum(f.measures[4]), 0), coalesce(sum(f.measures[5]), 0), coalesce(sum(f.measures[6]), 0), coalesce(sum(f.measures[7]), 0), coalesce(sum(f.measures[8]), 0), coalesce(sum(f.measures[9]), 0), coalesce(sum(f.measures[10]), 0), coalesce(sum(f.measures[11]), 0), coalesce(sum(f.measures[12]), 0), coalesce(sum(f.measures[13]), 0), coalesce(sum(f.measures[14]), 0), coalesce(sum(f.measures[15]), 0), coalesce(sum(f.measures[16]), 0), coalesce(sum(f.measures[17]), 0), coalesce(sum(f.measures[18]), 0), coalesce(sum(f.measures[19]), 0), coalesce(sum(f.measures[20]), 0), coalesce(sum(f.measures[21]), 0), coalesce(sum(f.measures[22]), 0), coalesce(sum(f.measures[23]), 0), coalesce(sum(f.measures[24]), 0)
FROM "analytics_ticket_facts" f
CROSS JOIN (VALUES ('model', 9), ('line', 10), ('region', 11)) AS d("dim", "i")
GROUP BY 1, 2, 3, 4
ON CONFLICT DO NOTHING;
