import { DownloadOutlined, EditOutlined } from "@ant-design/icons";
import { Button, Card, Col, Empty, Flex, Row, Select, Space, Statistic, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showError } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { EChart } from "../analytics/EChart";
import {
  downloadSurveyXlsx,
  type SurveyResults,
  type SurveyResultsQuery,
  useSurveyResults,
  useSurveys,
} from "./api";
import { FollowUpList } from "./FollowUpList";
import { SurveyResultsFilters } from "./SurveyResultsFilters";

type QuestionResult = SurveyResults["questions"][number];

function Distribution({ q }: { q: QuestionResult }) {
  const { t } = useTranslation();
  if (q.comments)
    return q.comments.length ? (
      <ul style={{ margin: 0, paddingInlineStart: 18 }}>
        {q.comments.map((c, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: comments may repeat; their order is fixed
          <li key={i}>{c}</li>
        ))}
      </ul>
    ) : (
      <Typography.Text type="secondary">{t("surveys.report.noComments")}</Typography.Text>
    );
  const d = q.distribution ?? [];
  return (
    <EChart
      height={Math.max(160, Math.min(320, d.length * 26 + 40))}
      label={t("surveys.chartLabel", { question: q.text })}
      option={{
        grid: { left: 8, right: 24, top: 8, bottom: 8, containLabel: true },
        tooltip: { trigger: "axis" },
        xAxis: { type: "value", minInterval: 1 },
        yAxis: { type: "category", data: d.map((x) => x.value), inverse: true },
        series: [{ type: "bar", data: d.map((x) => x.count), label: { show: true, position: "right" } }],
      }}
    />
  );
}

function Interval({ ci }: { ci: { low: number; high: number } | null | undefined }) {
  const { t } = useTranslation();
  if (!ci) return null;
  return (
    <Typography.Text type="secondary" style={{ fontSize: 12, display: "block" }} data-testid="survey-ci">
      {t("surveys.ci", { low: ci.low, high: ci.high })}
    </Typography.Text>
  );
}

function Headline({ r }: { r: SurveyResults }) {
  const { t } = useTranslation();
  const nps = r.questions.find((q) => q.nps)?.nps;
  const csatQuestion = r.questions.find((q) => q.kind === "csat");
  const csat = csatQuestion?.csat;
  const dash = t("common.dash");
  return (
    <Row gutter={[16, 16]}>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={t("surveys.report.responses")}
            value={r.responses}
            suffix={`/ ${r.invitations}`}
          />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={t("surveys.report.responseRate")}
            value={r.responseRate ?? dash}
            suffix={r.responseRate === null ? undefined : "%"}
          />
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small" data-testid="survey-nps">
          <Statistic title={t("surveys.report.nps")} value={nps?.score ?? dash} />
          <Interval ci={nps?.ci} />
          {nps && (
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t("surveys.report.npsSplit", {
                promoters: nps.promoters,
                passives: nps.passives,
                detractors: nps.detractors,
              })}
            </Typography.Text>
          )}
        </Card>
      </Col>
      <Col xs={12} md={6}>
        <Card size="small">
          <Statistic
            title={t("surveys.report.csat")}
            value={csat ?? dash}
            suffix={csat === null || csat === undefined ? undefined : "%"}
          />
          <Interval ci={csatQuestion?.csatCi} />
        </Card>
      </Col>
    </Row>
  );
}

// The supervisor's view of what customers said: NPS, CSAT, response rate, each question's spread,
// and the low scores waiting for a follow-up.
export default function SurveyReportPage() {
  const { t, i18n } = useTranslation();
  useTitle(t("surveys.nav"));
  const english = i18n.language === "en";
  const surveys = useSurveys();
  const [picked, setPicked] = useState<string>();
  const [filters, setFilters] = useState<SurveyResultsQuery>({});
  const [exporting, setExporting] = useState(false);
  const id = picked ?? surveys.data?.[0]?.id;
  const results = useSurveyResults(id, filters);
  const exportXlsx = () => {
    if (!id) return;
    setExporting(true);
    downloadSurveyXlsx(id, filters)
      .catch(showError)
      .finally(() => setExporting(false));
  };
  const list = surveys.data ?? [];
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("surveys.report.title")}
        </Typography.Title>
        <Link to="/console/surveys/builder">
          <EditOutlined /> {t("surveys.builder.open")}
        </Link>
      </Flex>
      <ListState query={surveys} empty={list.length === 0} emptyText={t("surveys.report.noSurveys")}>
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Flex gap={8} wrap justify="space-between">
            <Select
              style={{ minWidth: 240, maxWidth: "100%" }}
              value={id}
              onChange={setPicked}
              options={list.map((s) => ({ value: s.id, label: s.name }))}
              aria-label={t("surveys.report.survey")}
              data-testid="survey-report-pick"
            />
            <Button
              icon={<DownloadOutlined />}
              loading={exporting}
              onClick={exportXlsx}
              disabled={!id}
              data-testid="survey-export"
            >
              {t("surveys.filters.export")}
            </Button>
          </Flex>
          <SurveyResultsFilters value={filters} onChange={setFilters} />
          {results.data ? (
            <Space direction="vertical" size="middle" style={{ width: "100%" }}>
              <Headline r={results.data} />
              <Row gutter={[16, 16]}>
                {results.data.questions.map((q) => (
                  <Col key={q.id} xs={24} lg={12}>
                    <Card
                      size="small"
                      title={english && q.textEn ? q.textEn : q.text}
                      extra={t("surveys.report.answered", { count: q.answered })}
                      styles={{ header: { whiteSpace: "normal" } }}
                    >
                      {q.mean !== undefined && q.mean !== null && (
                        <Typography.Paragraph type="secondary" style={{ marginBottom: 4 }}>
                          {t("surveys.report.mean", { mean: q.mean })}
                          <Interval ci={q.meanCi} />
                        </Typography.Paragraph>
                      )}
                      <Distribution q={q} />
                    </Card>
                  </Col>
                ))}
              </Row>
            </Space>
          ) : (
            results.isError && <Empty description={t("common.unknownError")} />
          )}
        </Space>
      </ListState>
      <Card title={t("surveys.followUps.title")} size="small">
        <FollowUpList />
      </Card>
    </Space>
  );
}
