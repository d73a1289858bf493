import { Button, Card, Drawer, Flex, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { type Anomaly, useAnomalies, useAnomalyEvidence } from "./forecast-api";

function formatValue(a: Pick<Anomaly, "kpi">, v: number): string {
  if (a.kpi === "complaint_rate") return `${(v * 100).toFixed(1)} %`;
  if (a.kpi === "first_response_minutes_avg") return v.toFixed(0);
  return String(Math.round(v));
}

function Evidence({ anomaly, onClose }: { anomaly: Anomaly; onClose: () => void }) {
  const { t } = useTranslation();
  const q = useAnomalyEvidence(anomaly);
  return (
    <Drawer
      open
      onClose={onClose}
      size="large"
      title={t("forecast.anomaly.evidenceTitle", {
        kpi: t(`forecast.anomaly.kpi.${anomaly.kpi}`),
        label: anomaly.label,
        day: anomaly.day,
      })}
    >
      <ListState query={q} empty={(q.data?.items.length ?? 0) === 0} emptyText="">
        <Table
          size="small"
          rowKey="id"
          data-testid="anomaly-evidence"
          pagination={false}
          scroll={{ x: true }}
          dataSource={q.data?.items ?? []}
          columns={[
            {
              title: t("forecast.anomaly.number"),
              dataIndex: "number",
              render: (n: string, r) => <Link to={`/console/tickets/${r.id}`}>{n}</Link>,
            },
            { title: t("forecast.anomaly.subject"), dataIndex: "subject" },
            {
              title: t("forecast.anomaly.type"),
              dataIndex: "type",
              render: (v: string) => t(`type.${v}`, { defaultValue: v }),
            },
            {
              title: t("forecast.anomaly.status"),
              dataIndex: "status",
              render: (v: string) => t(`status.${v}`, { defaultValue: v }),
            },
          ]}
        />
      </ListState>
    </Drawer>
  );
}

export default function AnomaliesPage() {
  const { t } = useTranslation();
  useTitle(t("forecast.anomaly.title"));
  const q = useAnomalies();
  const [open, setOpen] = useState<Anomaly | null>(null);
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <PageHeader title={t("forecast.anomaly.title")} description={t("forecast.anomaly.intro")} />
      <Card size="small">
        <ListState
          query={q}
          empty={(q.data?.items.length ?? 0) === 0}
          emptyText={t("forecast.anomaly.empty")}
        >
          <Table
            size="small"
            data-testid="anomalies"
            rowKey={(a) => `${a.kpi}-${a.dimension}-${a.key}-${a.day}`}
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 760 }}
            dataSource={q.data?.items ?? []}
            columns={[
              { title: t("forecast.anomaly.day"), dataIndex: "day" },
              {
                title: "KPI",
                key: "kpi",
                render: (_, a) => <Tag color="red">{t(`forecast.anomaly.kpi.${a.kpi}`)}</Tag>,
              },
              {
                title: t("forecast.anomaly.where"),
                key: "where",
                render: (_, a) =>
                  `${t(`forecast.anomaly.dimension.${a.dimension}`)}: ${
                    a.dimension === "channel" ? t(`channel.${a.key}`, { defaultValue: a.label }) : a.label
                  }`,
              },
              {
                title: t("forecast.anomaly.value"),
                key: "value",
                align: "right",
                render: (_, a) => formatValue(a, a.value),
              },
              {
                title: t("forecast.anomaly.baseline"),
                key: "baseline",
                align: "right",
                render: (_, a) => formatValue(a, a.baseline),
              },
              { title: t("forecast.anomaly.z"), dataIndex: "z", align: "right" },
              { title: t("forecast.anomaly.tickets"), dataIndex: "tickets", align: "right" },
              {
                key: "evidence",
                render: (_, a) => (
                  <Button size="small" onClick={() => setOpen(a)} data-testid="anomaly-open-evidence">
                    {t("forecast.anomaly.evidence")}
                  </Button>
                ),
              },
            ]}
          />
        </ListState>
      </Card>
      {open && <Evidence anomaly={open} onClose={() => setOpen(null)} />}
    </Flex>
  );
}
