import { Button, Card, Descriptions, Empty, Flex, List, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { useAuth } from "../../app/auth";
import { showError } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { DetailLayout } from "../../ui/patterns";
import { type Evidence, type ItemDetail, useItem, usePatchItem } from "./api";
import { KanoCard } from "./KanoCard";
import { PhaseTag } from "./labels";
import { StartCycleModal } from "./StartCycleModal";

const CRITERIA = ["impact", "cost", "difficulty", "strategicFit"] as const;

function EvidenceLink({ e }: { e: Evidence }) {
  const { t } = useTranslation();
  if (e.ticketNumber)
    return <Link to={`/console/tickets/${encodeURIComponent(e.ticketNumber)}`}>{e.ticketNumber}</Link>;
  if (e.kind === "alert") return <Link to="/console/voc-alerts">{t("improvement.item.open")}</Link>;
  if (e.kind === "survey_response") return <Link to="/console/surveys">{t("improvement.item.open")}</Link>;
  if (e.kind === "kpi") return <Link to="/console/analytics">{t("improvement.item.open")}</Link>;
  return null;
}

function EvidenceCard({ item }: { item: ItemDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t("improvement.item.evidence")} data-testid="evidence">
      {item.evidence.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("improvement.item.noEvidence")} />
      ) : (
        <List
          size="small"
          dataSource={item.evidence}
          renderItem={(e) => (
            <List.Item>
              <Flex gap={8} wrap align="center">
                <Tag>{t(`improvement.evidenceKind.${e.kind}`)}</Tag>
                <EvidenceLink e={e} />
                {e.kind === "kpi" ? (
                  <span>
                    {e.ref} · {e.period?.from} – {e.period?.to}: <strong>{e.value ?? "—"}</strong>
                  </span>
                ) : (
                  <span>
                    {e.label ?? (e.kind === "survey_response" ? e.ref : t("improvement.item.gone"))}
                  </span>
                )}
                {e.note ? <Typography.Text type="secondary">{e.note}</Typography.Text> : null}
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}

// One backlog item: its score, the evidence it rests on, KANO, and its PDCA cycles.
export default function ItemPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const navigate = useNavigate();
  const query = useItem(id);
  const patch = usePatchItem(id);
  const [starting, setStarting] = useState(false);
  const item = query.data;
  useTitle(item?.title ?? t("improvement.backlog.title"));
  const canManage = user?.role === "admin" || user?.role === "supervisor";
  const running = item?.cycles.find((c) => c.phase !== "closed");
  return (
    <ListState query={query} empty={!item} emptyText={t("improvement.item.gone")}>
      {item && (
        <DetailLayout
          testId="improvement-item"
          backTo="/console/improvement"
          title={item.title}
          tags={
            <>
              <Tag color="blue">#{item.rank}</Tag>
              <Tag>{t(`improvement.source.${item.source}`)}</Tag>
              <Tag>{t(`improvement.status.${item.status}`)}</Tag>
            </>
          }
          subtitle={`${t("improvement.backlog.score")} ${item.score.toFixed(2)}`}
          actions={
            canManage && (
              <>
                {!running && (item.status === "open" || item.status === "in_cycle") && (
                  <Button type="primary" onClick={() => setStarting(true)} data-testid="start-cycle">
                    {t("improvement.item.startCycle")}
                  </Button>
                )}
                {running && (
                  <Button
                    type="primary"
                    onClick={() => navigate(`/console/improvement/cycles/${running.id}`)}
                  >
                    {t("improvement.cycle.open")}
                  </Button>
                )}
                {item.status === "open" && (
                  <Button onClick={() => patch.mutate({ status: "dropped" }, { onError: showError })}>
                    {t("improvement.item.drop")}
                  </Button>
                )}
                {item.status === "dropped" && (
                  <Button onClick={() => patch.mutate({ status: "open" }, { onError: showError })}>
                    {t("improvement.item.reopen")}
                  </Button>
                )}
              </>
            )
          }
          side={
            <Flex vertical gap={12}>
              <Card size="small" title={t("improvement.item.ratings")}>
                <Descriptions size="small" column={1}>
                  {CRITERIA.map((c) => (
                    <Descriptions.Item key={c} label={t(`improvement.criteria.${c}`)}>
                      {item.ratings[c]} / 5
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Card>
              <Card size="small" title={t("improvement.item.cycles")} data-testid="item-cycles">
                {item.cycles.length === 0 ? (
                  <Typography.Text type="secondary">{t("improvement.item.noCycles")}</Typography.Text>
                ) : (
                  <List
                    size="small"
                    dataSource={item.cycles}
                    renderItem={(c) => (
                      <List.Item>
                        <Link to={`/console/improvement/cycles/${c.id}`}>
                          {t("improvement.item.iteration", { n: c.iteration })}
                        </Link>
                        <PhaseTag phase={c.phase} />
                      </List.Item>
                    )}
                  />
                )}
              </Card>
            </Flex>
          }
        >
          <Flex vertical gap={12}>
            {item.description ? (
              <Card size="small">
                <Typography.Paragraph style={{ margin: 0, whiteSpace: "pre-wrap" }}>
                  {item.description}
                </Typography.Paragraph>
              </Card>
            ) : null}
            <EvidenceCard item={item} />
            <KanoCard item={item} canManage={canManage} />
          </Flex>
          {starting && user && (
            <StartCycleModal
              itemId={item.id}
              ownerId={user.id}
              onClose={() => setStarting(false)}
              onOpened={(cycleId) => navigate(`/console/improvement/cycles/${cycleId}`)}
            />
          )}
        </DetailLayout>
      )}
    </ListState>
  );
}
