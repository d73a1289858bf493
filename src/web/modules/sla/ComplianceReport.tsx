import { DatePicker, Flex, Select, Table, Tooltip, Typography } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format";
import { PRIORITIES, TICKET_TYPES, TIERS } from "../../app/types";
import { ListState } from "../../ui/ListState";
import { PriorityTag } from "../../ui/PriorityTag";
import { TierBadge } from "../../ui/TierBadge";
import { useAgents } from "../users/api";
import { GROUP_BY, type GroupBy, type ReportRow, useReport } from "./api";

const pct = (n: number) => `${n.toFixed(1)} %`;
const num = (n: number | null) => (n === null ? "—" : n.toLocaleString());

// Met share, business time and breaches per target and group, over a chosen period.
export function ComplianceReport() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const agents = useAgents();
  const [range, setRange] = useState<[Dayjs, Dayjs]>(() => [
    dayjs().tz(fmt.tz).subtract(29, "day").startOf("day"),
    dayjs().tz(fmt.tz).endOf("day"),
  ]);
  const [groupBy, setGroupBy] = useState<GroupBy>("priority");
  const report = useReport({
    from: range[0].startOf("day").toISOString(),
    to: range[1].endOf("day").toISOString(),
    groupBy,
  });
  const rows = report.data?.rows ?? [];

  const keyLabel = (r: ReportRow) => {
    const k = r.key;
    if (groupBy === "priority") {
      const p = PRIORITIES.find((x) => x === k);
      return p ? <PriorityTag priority={p} /> : k;
    }
    if (groupBy === "type") {
      const ty = TICKET_TYPES.find((x) => x === k);
      return ty ? t(`type.${ty}`) : k;
    }
    if (groupBy === "tier") {
      const tier = TIERS.find((x) => x === k);
      return tier ? <TierBadge tier={tier} /> : k;
    }
    if (groupBy === "agent") {
      if (k === "unassigned") return t("common.unassigned");
      return agents.data?.items.find((u) => u.id === k)?.name ?? k;
    }
    return k;
  };

  return (
    <Flex vertical gap={12}>
      <Flex gap={12} wrap align="center">
        <span>
          <Typography.Text type="secondary">{t("sla.report.range")} </Typography.Text>
          <DatePicker.RangePicker
            allowClear={false}
            value={range}
            onChange={(v) => {
              if (v?.[0] && v[1]) setRange([v[0], v[1]]);
            }}
            data-testid="report-range"
          />
        </span>
        <span>
          <Typography.Text type="secondary">{t("sla.report.groupBy")} </Typography.Text>
          <Select<GroupBy>
            value={groupBy}
            onChange={setGroupBy}
            style={{ minWidth: 140 }}
            aria-label={t("sla.report.groupBy")}
            data-testid="report-group-by"
            options={GROUP_BY.map((g) => ({ value: g, label: t(`sla.report.group.${g}`) }))}
          />
        </span>
      </Flex>
      <ListState query={report} empty={rows.length === 0} emptyText={t("sla.report.empty")}>
        <div data-testid="report-table">
          <Table<ReportRow>
            size="small"
            rowKey={(r) => `${r.metric}|${r.key}`}
            pagination={false}
            // On a phone the columns scroll sideways instead of breaking numbers over lines.
            scroll={{ x: 820 }}
            loading={report.isFetching}
            dataSource={rows}
            columns={[
              { key: "m", title: t("sla.report.metric"), render: (_v, r) => t(`sla.metric.${r.metric}`) },
              { key: "k", title: t("sla.report.key"), render: (_v, r) => keyLabel(r) },
              { key: "t", title: t("sla.report.targets"), align: "right", dataIndex: "targets" },
              {
                key: "running",
                title: t("sla.report.running"),
                align: "right",
                render: (_v, r) => <span data-testid="report-running">{r.running}</span>,
              },
              { key: "met", title: t("sla.report.met"), align: "right", dataIndex: "met" },
              {
                key: "pct",
                title: (
                  <Tooltip title={t("sla.report.metPercentHint")}>
                    <span>{t("sla.report.metPercent")}</span>
                  </Tooltip>
                ),
                align: "right",
                render: (_v, r) =>
                  r.metPercent === null ? (
                    <Typography.Text type="secondary">—</Typography.Text>
                  ) : (
                    <Typography.Text type={r.metPercent < 90 ? "danger" : undefined} data-testid="report-pct">
                      {pct(r.metPercent)}
                    </Typography.Text>
                  ),
              },
              {
                key: "avg",
                title: t("sla.report.avg"),
                align: "right",
                render: (_v, r) => num(r.avgBusinessMinutes),
              },
              {
                key: "p90",
                title: t("sla.report.p90"),
                align: "right",
                render: (_v, r) => num(r.p90BusinessMinutes),
              },
              { key: "b", title: t("sla.report.breaches"), align: "right", dataIndex: "breaches" },
            ]}
          />
        </div>
      </ListState>
    </Flex>
  );
}
