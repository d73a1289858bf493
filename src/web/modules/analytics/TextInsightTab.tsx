import { Card, Col, Flex, Row, Space, Table, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { ListState } from "../../ui/patterns";
import { useTextInsight } from "./insight-api";

const WEEKS = 12;
const pct = (x: number) => `${Math.round(x * 100)} %`;

// Text analytics: what customers write about, grouped into similar problems, and how many
// contacts a fix takes.
export function TextInsightTab() {
  const { t } = useTranslation();
  const q = useTextInsight(WEEKS);
  const d = q.data;
  return (
    <ListState
      query={q}
      empty={(d?.documents.tickets ?? 0) + (d?.documents.surveyComments ?? 0) === 0}
      emptyText={t("insight.text.empty")}
    >
      {d && (
        <Flex vertical gap={12} data-testid="text-insight">
          <Typography.Text type="secondary">
            {t("insight.text.intro", {
              weeks: WEEKS,
              tickets: d.documents.tickets,
              comments: d.documents.surveyComments,
            })}{" "}
            {t("insight.text.overall", {
              mean: d.sentiment.mean.toFixed(2),
              negative: pct(d.sentiment.negativeShare),
            })}
          </Typography.Text>
          <Row gutter={[12, 12]}>
            <Col xs={24} lg={12}>
              <Card size="small" title={t("insight.text.keywords")}>
                <Space wrap size={[6, 6]} data-testid="text-keywords">
                  {d.keywords.map((k) => (
                    <Tag key={k.term} color={k.code ? "red" : "blue"}>
                      {k.term} · {k.count}
                    </Tag>
                  ))}
                </Space>
              </Card>
            </Col>
            <Col xs={24} lg={12}>
              <Card size="small" title={t("insight.text.phrases")}>
                <Space wrap size={[6, 6]}>
                  {d.phrases.map((k) => (
                    <Tag key={k.term}>
                      {k.term} · {k.count}
                    </Tag>
                  ))}
                </Space>
              </Card>
            </Col>
          </Row>
          <Card size="small" title={t("insight.text.clusters")}>
            <Table
              size="small"
              rowKey={(c) => c.label.join("|")}
              data-testid="text-clusters"
              pagination={false}
              scroll={{ x: 900 }}
              dataSource={d.clusters}
              columns={[
                {
                  title: t("insight.text.clusters"),
                  key: "label",
                  render: (_, c) => (
                    <Space wrap size={[4, 4]}>
                      {c.label.map((l) => (
                        <Tag key={l}>{l}</Tag>
                      ))}
                    </Space>
                  ),
                },
                { title: t("insight.text.size"), dataIndex: "size", align: "right" },
                {
                  title: t("insight.text.sentiment"),
                  key: "sentiment",
                  render: (_, c) => (
                    <Space size={4} style={{ whiteSpace: "nowrap" }}>
                      <Typography.Text type={c.sentiment < 0 ? "danger" : undefined}>
                        {c.sentiment.toFixed(2)}
                      </Typography.Text>
                      <Typography.Text type="secondary">
                        {t("insight.text.negative", { value: pct(c.negativeShare) })}
                      </Typography.Text>
                    </Space>
                  ),
                },
                {
                  title: t("insight.text.trend"),
                  key: "trend",
                  render: (_, c) => c.byWeek.map((w) => `${w.week.slice(5)}: ${w.count}`).join(" · "),
                },
                {
                  title: t("insight.text.season"),
                  key: "season",
                  render: (_, c) =>
                    (["spring", "summer", "autumn", "winter"] as const)
                      .filter((s) => c.bySeason[s] > 0)
                      .map((s) => `${t(`insight.text.seasons.${s}`)} ${c.bySeason[s]}`)
                      .join(" · "),
                },
                {
                  title: t("insight.text.examples"),
                  key: "examples",
                  render: (_, c) => (
                    <Flex vertical>
                      {c.examples.map((e) => (
                        <Link key={e.id} to={`/console/tickets/${e.id}`}>
                          {e.number} {e.subject}
                        </Link>
                      ))}
                    </Flex>
                  ),
                },
              ]}
            />
          </Card>
          <Card size="small" title={t("insight.text.journeys")}>
            <Flex vertical gap={8} data-testid="text-journeys">
              <Typography.Text>
                {t("insight.text.journeysIntro", {
                  n: d.journeys.resolvedTickets,
                  mean: d.journeys.meanContacts,
                })}
              </Typography.Text>
              <Space wrap>
                {(["one", "two", "threeOrMore"] as const).map((k) => (
                  <Tag key={k}>
                    {t(`insight.text.contacts.${k}`)}: {d.journeys.contacts[k]}
                  </Tag>
                ))}
              </Space>
              <Typography.Text strong>{t("insight.text.path")}</Typography.Text>
              {d.journeys.paths.map((p) => (
                <Typography.Text key={p.channels.join(">")}>
                  {p.channels.map((c) => t(`channel.${c}`, { defaultValue: c })).join(" → ")} · {p.tickets}
                </Typography.Text>
              ))}
            </Flex>
          </Card>
        </Flex>
      )}
    </ListState>
  );
}
