import { Card, Col, Empty, Progress, Row, Select, Space, Statistic, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { type SurveyResults, useSurveyResults, useSurveys } from "./api";
import { FollowUpList } from "./FollowUpList";

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
  const total = Math.max(1, q.answered);
  return (
    <Space direction="vertical" style={{ width: "100%" }} size={2}>
      {(q.distribution ?? []).map((d) => (
        <Row key={d.value} gutter={8} align="middle" wrap={false}>
          <Col flex="80px">
            <Typography.Text ellipsis>{d.value}</Typography.Text>
          </Col>
          <Col flex="auto">
            <Progress percent={Math.round((d.count / total) * 100)} size="small" format={() => d.count} />
          </Col>
        </Row>
      ))}
    </Space>
  );
}

function Headline({ r }: { r: SurveyResults }) {
  const { t } = useTranslation();
  const nps = r.questions.find((q) => q.nps)?.nps;
  const csat = r.questions.find((q) => q.kind === "csat")?.csat;
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
  const id = picked ?? surveys.data?.[0]?.id;
  const results = useSurveyResults(id);
  const list = surveys.data ?? [];
  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t("surveys.report.title")}
      </Typography.Title>
      <ListState query={surveys} empty={list.length === 0} emptyText={t("surveys.report.noSurveys")}>
        <Space direction="vertical" size="middle" style={{ width: "100%" }}>
          <Select
            style={{ minWidth: 240, maxWidth: "100%" }}
            value={id}
            onChange={setPicked}
            options={list.map((s) => ({ value: s.id, label: s.name }))}
            aria-label={t("surveys.report.survey")}
          />
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
                        <Typography.Paragraph type="secondary">
                          {t("surveys.report.mean", { mean: q.mean })}
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
