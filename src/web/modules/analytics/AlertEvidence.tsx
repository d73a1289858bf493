import { Drawer, Flex, Alert as Notice, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { alertSubject } from "./alert-labels";
import type { Alert } from "./alerts-api";
import { EChart } from "./EChart";

/** An alert's value as its KPI reads (a rate in per cent, minutes whole, a batch rate per 100). */
export function alertValue(kpi: Alert["kpi"], v: number): string {
  if (kpi === "complaint_rate") return `${(v * 100).toFixed(1)} %`;
  if (kpi === "batch_failure_rate") return v.toFixed(2);
  return String(Math.round(v));
}

// What an alert stands on: the daily series with its baseline (the judged day last) and the
// tickets behind it, or for a batch the test's figures and a way into the batch view.
export function AlertEvidence({ alert, onClose }: { alert: Alert; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const kpi = t(`alerts.kpi.${alert.kpi}`);
  const e = alert.evidence;
  const label = alertSubject(t, i18n.language, alert);
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={t("alerts.evidence.title", { kpi, label, day: alert.day })}
      data-testid="alert-evidence"
    >
      <Flex vertical gap={16}>
        <Flex gap={8} wrap>
          <Tag color={alert.severity === "critical" ? "red" : "orange"}>
            {t(`alerts.severity.${alert.severity}`)}
          </Tag>
          <Typography.Text>
            {t("alerts.evidence.actual")}: <strong>{alertValue(alert.kpi, e.value)}</strong> ·{" "}
            {t("alerts.evidence.baseline")}: {alertValue(alert.kpi, e.baseline)}
          </Typography.Text>
          {e.z !== null && (
            <Typography.Text type="secondary">
              {e.batch ? t("alerts.evidence.ratio", { ratio: e.z }) : t("alerts.evidence.z", { z: e.z })}
            </Typography.Text>
          )}
        </Flex>
        {e.batch && (
          <Notice
            type="warning"
            showIcon
            title={t("alerts.evidence.batch", {
              batch: e.batch.batch,
              failures: e.batch.failures,
              units: e.batch.units,
              expected: e.batch.expected,
              p: e.batch.p.toExponential(1),
              q: e.batch.q.toExponential(1),
            })}
            description={
              <Link
                data-testid="alert-open-batch"
                to={`/console/quality-batches?productId=${encodeURIComponent(e.batch.productId)}&batch=${encodeURIComponent(e.batch.batch)}`}
              >
                {t("alerts.evidence.openBatch")}
              </Link>
            }
          />
        )}
        {e.series.length > 0 && (
          <EChart
            label={t("alerts.evidence.series", { kpi })}
            height={240}
            option={{
              tooltip: { trigger: "axis" },
              legend: { bottom: 0 },
              grid: { left: 48, right: 16, top: 16, bottom: 48 },
              xAxis: { type: "category", data: e.series.map((p) => p.day.slice(5)) },
              yAxis: { type: "value" },
              series: [
                {
                  name: t("alerts.evidence.actual"),
                  type: "line",
                  data: e.series.map((p) => p.value),
                  markPoint: {
                    data: [{ coord: [e.series.length - 1, e.value], value: alertValue(alert.kpi, e.value) }],
                  },
                },
                {
                  name: t("alerts.evidence.baseline"),
                  type: "line",
                  lineStyle: { type: "dashed" },
                  symbol: "none",
                  data: e.series.map(() => e.baseline),
                },
              ],
            }}
          />
        )}
        <Typography.Title level={5} style={{ margin: 0 }}>
          {t("alerts.evidence.tickets")}
        </Typography.Title>
        <Table
          size="small"
          rowKey="id"
          data-testid="alert-evidence-tickets"
          pagination={{ pageSize: 10, hideOnSinglePage: true }}
          locale={{ emptyText: t("alerts.evidence.noTickets") }}
          dataSource={e.tickets}
          columns={[
            {
              title: t("alerts.evidence.number"),
              dataIndex: "number",
              render: (n: string, r) => <Link to={`/console/tickets/${r.id}`}>{n}</Link>,
            },
            { title: t("alerts.evidence.subject"), dataIndex: "subject" },
          ]}
        />
      </Flex>
    </Drawer>
  );
}
