import {
  DeleteOutlined,
  FileExcelOutlined,
  FileTextOutlined,
  PlusOutlined,
  SaveOutlined,
} from "@ant-design/icons";
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  List,
  Popconfirm,
  Row,
  Segmented,
  Select,
  Skeleton,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import {
  REPORT_CHARTS,
  REPORT_DIMENSIONS,
  REPORT_SHARE_ROLES,
  type ReportChart,
  type ReportDimension,
} from "../../../shared/analytics-reports";
import { CUSTOMER_SEGMENTS, type CustomerSegment } from "../../../shared/customer-segments";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ErrorState, PageHeader } from "../../ui/patterns";
import { useCatalogue } from "./api";
import { ReportFilterFields, ReportFilterSummary, type ReportFilters } from "./ReportFilterFields";
import { ReportView } from "./ReportView";
import {
  exportReport,
  type ReportDefinition,
  type SavedReport,
  useDeleteReport,
  useReportPreview,
  useSavedReports,
  useSavedResult,
  useSaveReport,
} from "./report-api";

const LAST_DAYS = [7, 30, 90, 365] as const;
type Draft = {
  measures: string[];
  rows: ReportDimension;
  columns: ReportDimension | null;
  filters: ReportFilters;
  // Only the tickets of one customer segment's customers (Customer insight's segments).
  segment: CustomerSegment | null;
  lastDays: number;
  chart: ReportChart;
};
const NEW: Draft = {
  measures: ["volume"],
  rows: "month",
  columns: null,
  filters: {},
  segment: null,
  lastDays: 365,
  chart: "bar",
};

const toDefinition = (d: Draft): ReportDefinition => ({
  measures: d.measures,
  rows: d.rows,
  columns: d.columns,
  filters: Object.fromEntries(Object.entries(d.filters).filter(([, v]) => v && v.length > 0)),
  ...(d.segment ? { segment: d.segment } : {}),
  range: { lastDays: d.lastDays },
  chart: d.chart,
});
const fromDefinition = (def: ReportDefinition): Draft => ({
  measures: def.measures,
  rows: def.rows,
  columns: def.columns,
  filters: def.filters as Draft["filters"],
  segment: def.segment ?? null,
  lastDays: "lastDays" in def.range ? def.range.lastDays : 30,
  chart: def.chart,
});

// The report builder: KPIs × dimensions with filters, previewed as chart and pivot table, saved and
// shared with roles, exported to Excel or CSV. Those who cannot build reports open the ones shared
// with their role.
export default function ReportsPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  useTitle(t("analytics.reports.title"));
  const builder = user?.role === "admin" || user?.role === "supervisor";
  const saved = useSavedReports();
  const [selected, setSelected] = useState<SavedReport | null>(null);
  const pick = (r: SavedReport | null) => setSelected(r);

  return (
    <div style={{ maxWidth: 1400, margin: "0 auto" }}>
      <PageHeader title={t("analytics.reports.title")} description={t("analytics.reports.intro")} />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={6}>
          <Card
            size="small"
            title={t("analytics.reports.saved")}
            extra={
              builder ? (
                <Button
                  size="small"
                  icon={<PlusOutlined />}
                  onClick={() => pick(null)}
                  data-testid="report-new"
                >
                  {t("analytics.reports.newReport")}
                </Button>
              ) : null
            }
          >
            {saved.isError ? (
              <ErrorState error={saved.error} onRetry={() => saved.refetch()} />
            ) : (
              <List
                size="small"
                loading={saved.isLoading}
                dataSource={saved.data?.items ?? []}
                locale={{ emptyText: t("analytics.reports.noSaved") }}
                renderItem={(r) => (
                  <List.Item
                    data-testid="saved-report"
                    style={{
                      cursor: "pointer",
                      background: r.id === selected?.id ? "#e6f4ff" : undefined,
                      paddingInline: 8,
                    }}
                    onClick={() => pick(r)}
                  >
                    <List.Item.Meta
                      title={r.name}
                      description={
                        r.mine ? undefined : t("analytics.reports.sharedBy", { name: r.ownerName })
                      }
                    />
                  </List.Item>
                )}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} xl={18}>
          {builder ? (
            <Builder
              key={selected?.id ?? "new"}
              saved={selected}
              onSaved={pick}
              onDeleted={() => pick(null)}
            />
          ) : selected ? (
            <SharedReport report={selected} />
          ) : null}
        </Col>
      </Row>
    </div>
  );
}

// Export runs the saved report on the server (streamed, every row).
function ExportButtons({ report }: { report: SavedReport | null }) {
  const { t } = useTranslation();
  const run = (format: "xlsx" | "csv") => report && exportReport(report, format).catch(showError);
  return (
    <Flex gap={8} align="center" wrap style={{ marginBottom: 12 }}>
      <Button
        icon={<FileExcelOutlined />}
        disabled={!report}
        onClick={() => run("xlsx")}
        data-testid="report-export-xlsx"
      >
        {t("analytics.reports.exportXlsx")}
      </Button>
      <Button
        icon={<FileTextOutlined />}
        disabled={!report}
        onClick={() => run("csv")}
        data-testid="report-export-csv"
      >
        {t("analytics.reports.exportCsv")}
      </Button>
      {report ? null : (
        <Typography.Text type="secondary">{t("analytics.reports.exportHint")}</Typography.Text>
      )}
    </Flex>
  );
}

function SharedReport({ report }: { report: SavedReport }) {
  const result = useSavedResult(report.id);
  return (
    <Card size="small" title={report.name}>
      <ExportButtons report={report} />
      <ReportFilterSummary filters={report.definition.filters} />
      {result.isError ? (
        <ErrorState error={result.error} onRetry={() => result.refetch()} />
      ) : result.data ? (
        <ReportView
          result={result.data}
          rows={report.definition.rows}
          columns={report.definition.columns}
          chart={report.definition.chart}
        />
      ) : (
        <Skeleton active />
      )}
    </Card>
  );
}

function Builder({
  saved,
  onSaved,
  onDeleted,
}: {
  saved: SavedReport | null;
  onSaved: (r: SavedReport) => void;
  onDeleted: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === "en" ? "en" : "zh";
  const catalogue = useCatalogue();
  const [draft, setDraft] = useState<Draft>(saved ? fromDefinition(saved.definition) : NEW);
  const [name, setName] = useState(saved?.name ?? "");
  const [share, setShare] = useState<SavedReport["sharedWith"]>(saved?.sharedWith ?? []);
  const definition = toDefinition(draft);
  const preview = useReportPreview(draft.measures.length > 0 ? definition : null);
  const save = useSaveReport();
  const remove = useDeleteReport();
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const dimOptions = REPORT_DIMENSIONS.map((d) => ({ value: d, label: t(`analytics.reports.dim.${d}`) }));
  // Export runs the saved definition: offered once what is on screen is what is saved.
  const unchanged =
    saved !== null &&
    JSON.stringify(toDefinition(fromDefinition(saved.definition))) === JSON.stringify(definition);

  const submit = (asNew: boolean) =>
    save.mutate(
      {
        id: asNew ? null : saved?.mine ? saved.id : null,
        input: { name: name.trim(), definition, sharedWith: share },
      },
      {
        onSuccess: (r) => {
          showSuccess(t("analytics.reports.savedOk", { name: r.name }));
          onSaved(r);
        },
        onError: showError,
      },
    );

  return (
    <Card size="small" title={saved?.name ?? t("analytics.reports.newReport")}>
      <Form layout="vertical" component="div">
        <Row gutter={[12, 0]}>
          <Col xs={24} md={12}>
            <Form.Item
              label={t("analytics.reports.measures")}
              required
              validateStatus={draft.measures.length ? "" : "error"}
              help={draft.measures.length ? undefined : t("analytics.reports.pickMeasure")}
            >
              <Select
                mode="multiple"
                data-testid="report-measures"
                value={draft.measures}
                onChange={(measures: string[]) => set({ measures: measures.slice(0, 8) })}
                optionFilterProp="label"
                // Reports sum ticket rollups: the customer KPIs (churn, repeat purchase, referral) are not measures.
                options={(catalogue.data?.items ?? [])
                  .filter((k) => k.scope === "tickets")
                  .map((k) => ({ value: k.id, label: k.name[lang] }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t("analytics.reports.rows")}>
              <Select
                data-testid="report-rows"
                value={draft.rows}
                onChange={(rows: ReportDimension) =>
                  set({ rows, columns: draft.columns === rows ? null : draft.columns })
                }
                options={dimOptions}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t("analytics.reports.columns")}>
              <Select
                data-testid="report-columns"
                value={draft.columns ?? ""}
                onChange={(c: string) => set({ columns: c === "" ? null : (c as ReportDimension) })}
                options={[
                  { value: "", label: t("analytics.reports.noColumns") },
                  ...dimOptions.filter((o) => o.value !== draft.rows),
                ]}
              />
            </Form.Item>
          </Col>
          <ReportFilterFields filters={draft.filters} onChange={(filters) => set({ filters })} />
          <Col xs={12} md={6}>
            <Form.Item label={t("analytics.reports.segment")} tooltip={t("analytics.reports.segmentHint")}>
              <Select
                allowClear
                data-testid="report-segment"
                placeholder={t("analytics.reports.segmentAny")}
                value={draft.segment ?? undefined}
                onChange={(v?: CustomerSegment) => set({ segment: v ?? null })}
                options={CUSTOMER_SEGMENTS.map((k) => ({ value: k, label: t(`insight.segment.${k}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={12} md={6}>
            <Form.Item label={t("analytics.reports.range")}>
              <Select
                data-testid="report-range"
                value={draft.lastDays}
                onChange={(lastDays: number) => set({ lastDays })}
                options={LAST_DAYS.map((n) => ({ value: n, label: t(`analytics.reports.last.${n}`) }))}
              />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item label={t("analytics.reports.chart")}>
              <Segmented<ReportChart>
                data-testid="report-chart"
                value={draft.chart}
                onChange={(chart) => set({ chart })}
                options={REPORT_CHARTS.map((c) => ({ value: c, label: t(`analytics.reports.charts.${c}`) }))}
              />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      {preview.isError ? (
        <ErrorState error={preview.error} onRetry={() => preview.refetch()} />
      ) : preview.data ? (
        <ReportView result={preview.data} rows={draft.rows} columns={draft.columns} chart={draft.chart} />
      ) : draft.measures.length ? (
        <Skeleton active />
      ) : null}
      <Form layout="vertical" component="div" style={{ marginTop: 16 }}>
        <Flex gap={8} wrap align="end">
          <Form.Item label={t("analytics.reports.name")} style={{ margin: 0, flex: "1 1 200px" }}>
            <Input
              value={name}
              maxLength={100}
              onChange={(e) => setName(e.target.value)}
              data-testid="report-name"
            />
          </Form.Item>
          <Form.Item label={t("analytics.reports.share")} style={{ margin: 0, flex: "1 1 240px" }}>
            <Select
              mode="multiple"
              data-testid="report-share"
              value={share}
              onChange={setShare}
              options={REPORT_SHARE_ROLES.map((r) => ({ value: r, label: t(`analytics.reports.role.${r}`) }))}
            />
          </Form.Item>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={!name.trim() || draft.measures.length === 0}
            loading={save.isPending}
            onClick={() => submit(false)}
            data-testid="report-save"
          >
            {t("analytics.reports.save")}
          </Button>
          {saved?.mine ? (
            <>
              <Button onClick={() => submit(true)} disabled={!name.trim() || draft.measures.length === 0}>
                {t("analytics.reports.saveAs")}
              </Button>
              <Popconfirm
                title={t("analytics.reports.deleteConfirm")}
                onConfirm={() =>
                  remove.mutate(saved.id, {
                    onSuccess: () => {
                      showSuccess(t("analytics.reports.deleted"));
                      onDeleted();
                    },
                    onError: showError,
                  })
                }
              >
                <Button danger icon={<DeleteOutlined />}>
                  {t("analytics.reports.delete")}
                </Button>
              </Popconfirm>
            </>
          ) : null}
        </Flex>
      </Form>
      <div style={{ marginTop: 12 }}>
        <ExportButtons report={unchanged ? saved : null} />
      </div>
    </Card>
  );
}
