import { Button, Card, Drawer, Flex, Select, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { type BatchQuality, useBatchQuality, useBatchTickets } from "./alerts-api";
import { EChart } from "./EChart";

type Row = BatchQuality["batches"][number];

function BatchTickets({
  productId,
  batch,
  onClose,
}: {
  productId: string;
  batch: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const q = useBatchTickets(productId, batch);
  return (
    <Drawer open onClose={onClose} size="large" title={t("alerts.batches.tickets", { batch })}>
      <ListState
        query={q}
        empty={(q.data?.items.length ?? 0) === 0}
        emptyText={t("alerts.evidence.noTickets")}
      >
        <Table
          size="small"
          rowKey="id"
          data-testid="batch-tickets"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: true }}
          dataSource={q.data?.items ?? []}
          columns={[
            {
              title: t("alerts.evidence.number"),
              dataIndex: "number",
              render: (n: string, r) => <Link to={`/console/tickets/${r.id}`}>{n}</Link>,
            },
            { title: t("alerts.batches.serials"), dataIndex: "serial" },
            { title: t("alerts.evidence.subject"), dataIndex: "subject" },
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

export default function BatchDefectsPage() {
  const { t } = useTranslation();
  useTitle(t("alerts.batches.title"));
  const [params, setParams] = useSearchParams();
  const productId = params.get("productId") ?? undefined;
  const openBatch = params.get("batch");
  const q = useBatchQuality(productId);
  const data = q.data;
  const set = (k: string, v: string | null) =>
    setParams((p) => {
      if (v) p.set(k, v);
      else p.delete(k);
      return p;
    });
  const months = Math.max(0, ...(data?.curve ?? []).map((c) => c.points.length));
  const flagged = new Set(data?.batches.filter((b) => b.flagged).map((b) => b.batch));
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <PageHeader title={t("alerts.batches.title")} description={t("alerts.batches.intro")} />
      <ListState query={q} empty={(data?.models.length ?? 0) === 0} emptyText={t("alerts.batches.empty")}>
        <Card size="small">
          <Flex gap={8} align="center" wrap>
            <Typography.Text>{t("alerts.batches.model")}</Typography.Text>
            <Select
              data-testid="batch-model"
              style={{ minWidth: 260 }}
              value={data?.productId}
              onChange={(v: string) =>
                setParams((p) => {
                  p.set("productId", v);
                  p.delete("batch");
                  return p;
                })
              }
              options={(data?.models ?? []).map((m) => ({ value: m.id, label: `${m.name} (${m.units})` }))}
            />
          </Flex>
        </Card>
        <Card size="small">
          <Table<Row>
            size="small"
            rowKey="batch"
            data-testid="batches"
            pagination={{ pageSize: 20, hideOnSinglePage: true }}
            scroll={{ x: 900 }}
            dataSource={data?.batches ?? []}
            rowClassName={(r) => (r.flagged ? "batch-flagged" : "")}
            columns={[
              { title: t("alerts.batches.batch"), dataIndex: "batch" },
              {
                title: t("alerts.batches.serials"),
                key: "serials",
                render: (_, r) => `${r.firstSerial} – ${r.lastSerial}`,
              },
              { title: t("alerts.batches.units"), dataIndex: "units", align: "right" },
              { title: t("alerts.batches.failures"), dataIndex: "failures", align: "right" },
              {
                title: t("alerts.batches.rate"),
                dataIndex: "rate",
                align: "right",
                render: (v: number) => v.toFixed(2),
              },
              {
                title: t("alerts.batches.interval"),
                key: "ci",
                align: "right",
                render: (_, r) => `${r.lo.toFixed(2)} – ${r.hi.toFixed(2)}`,
              },
              {
                title: t("alerts.batches.expected"),
                dataIndex: "expected",
                align: "right",
                render: (v: number) => v.toFixed(1),
              },
              {
                title: t("alerts.batches.q"),
                dataIndex: "q",
                align: "right",
                render: (v: number) => (v < 0.001 ? v.toExponential(1) : v.toFixed(3)),
              },
              {
                key: "flag",
                render: (_, r) =>
                  r.flagged ? (
                    <Tag color="red" data-testid="batch-flagged">
                      {t("alerts.batches.flagged")}
                    </Tag>
                  ) : (
                    <Tag>{t("alerts.batches.ok")}</Tag>
                  ),
              },
              {
                key: "tickets",
                render: (_, r) => (
                  <Button size="small" disabled={r.failures === 0} onClick={() => set("batch", r.batch)}>
                    {t("alerts.batches.open")}
                  </Button>
                ),
              },
            ]}
          />
          {data && (
            <Typography.Paragraph
              type="secondary"
              style={{ marginTop: 12, marginBottom: 0 }}
              data-testid="batch-repeat"
            >
              {t("alerts.batches.repeat", { ...data.repeat, rate: (data.repeat.rate * 100).toFixed(1) })}
            </Typography.Paragraph>
          )}
        </Card>
        <Card size="small" title={t("alerts.batches.curve")}>
          <EChart
            label={t("alerts.batches.curve")}
            height={300}
            option={{
              tooltip: { trigger: "axis" },
              legend: { bottom: 0, type: "scroll" },
              grid: { left: 48, right: 16, top: 16, bottom: 56 },
              xAxis: {
                type: "category",
                name: t("alerts.batches.month"),
                nameLocation: "middle",
                nameGap: 28,
                data: Array.from({ length: months }, (_, i) => String(i + 1)),
              },
              yAxis: { type: "value" },
              series: (data?.curve ?? []).map((c) => ({
                name: c.batch,
                type: "line",
                symbol: "none",
                lineStyle: flagged.has(c.batch) ? { width: 3, color: "#cf1322" } : { width: 1 },
                itemStyle: flagged.has(c.batch) ? { color: "#cf1322" } : undefined,
                data: c.points.map((p) => p.rate),
              })),
            }}
          />
        </Card>
        <Card size="small" title={t("alerts.batches.breakdown")}>
          <Table
            size="small"
            rowKey={(r) => `${r.fault}-${r.batch}-${r.band}`}
            pagination={{ pageSize: 10, hideOnSinglePage: true }}
            scroll={{ x: true }}
            dataSource={data?.breakdown ?? []}
            columns={[
              {
                title: t("alerts.batches.fault"),
                dataIndex: "fault",
                render: (v: string) => v || t("alerts.batches.noFault"),
              },
              { title: t("alerts.batches.batch"), dataIndex: "batch" },
              { title: t("alerts.batches.band"), dataIndex: "band" },
              { title: t("alerts.batches.failures"), dataIndex: "failures", align: "right" },
            ]}
          />
        </Card>
      </ListState>
      {data && openBatch && (
        <BatchTickets productId={data.productId} batch={openBatch} onClose={() => set("batch", null)} />
      )}
    </Flex>
  );
}
