import { Button, Card, Col, Flex, InputNumber, Row, Table, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useSearchParams } from "react-router";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { PageHeader } from "../../ui/patterns";
import { type BacklogItem, useBacklog, useSaveWeights, type Weights } from "./api";
import { KanoTag, PhaseTag } from "./labels";
import { NewItemModal } from "./NewItemModal";

const CRITERIA = ["impact", "cost", "difficulty", "strategicFit"] as const;

// The tenant's weights; managers change them and the backlog re-ranks on save.
function WeightsCard({ weights, canEdit }: { weights: Weights; canEdit: boolean }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<Weights>(weights);
  const save = useSaveWeights();
  useEffect(() => setDraft(weights), [weights]);
  return (
    <Card size="small" title={t("improvement.weights.title")} data-testid="weights">
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        {t("improvement.weights.help")}
      </Typography.Paragraph>
      <Flex wrap gap={12} align="end">
        {CRITERIA.map((c) => (
          <Flex key={c} vertical gap={4}>
            <Typography.Text>{t(`improvement.criteria.${c}`)}</Typography.Text>
            <InputNumber
              min={0}
              max={10}
              precision={0}
              disabled={!canEdit}
              value={draft[c]}
              onChange={(v) => setDraft({ ...draft, [c]: v ?? 0 })}
              data-testid={`weight-${c}`}
            />
          </Flex>
        ))}
        {canEdit && (
          <Button
            type="primary"
            loading={save.isPending}
            data-testid="save-weights"
            onClick={() =>
              save.mutate(draft, {
                onSuccess: () => showSuccess(t("improvement.weights.saved")),
                onError: showError,
              })
            }
          >
            {t("improvement.weights.save")}
          </Button>
        )}
      </Flex>
    </Card>
  );
}

// The improvement backlog: items ranked on the weighted matrix, with where each stands.
export default function BacklogPage() {
  const { t } = useTranslation();
  useTitle(t("improvement.backlog.title"));
  const { user } = useAuth();
  const canManage = user?.role === "admin" || user?.role === "supervisor";
  const query = useBacklog();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const fromComplaint = params.get("complaint") ?? undefined;
  const [creating, setCreating] = useState(Boolean(fromComplaint));
  const items = query.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <Flex justify="space-between" align="start" wrap gap={8}>
        <PageHeader title={t("improvement.backlog.title")} description={t("improvement.backlog.intro")} />
        {user?.role !== "qa" && (
          <Button type="primary" onClick={() => setCreating(true)} data-testid="new-item">
            {t("improvement.backlog.new")}
          </Button>
        )}
      </Flex>
      {query.data && (
        <Row gutter={[12, 12]}>
          <Col span={24}>
            <WeightsCard weights={query.data.weights} canEdit={canManage} />
          </Col>
        </Row>
      )}
      <ListState query={query} empty={items.length === 0} emptyText={t("improvement.backlog.empty")}>
        <Table<BacklogItem>
          data-testid="backlog"
          rowKey="id"
          size="middle"
          dataSource={items}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            { key: "rank", title: t("improvement.backlog.rank"), dataIndex: "rank", width: 64 },
            {
              key: "title",
              title: t("improvement.backlog.item"),
              render: (_, r) => (
                <Link to={`/console/improvement/items/${r.id}`} data-testid="backlog-title">
                  {r.title}
                </Link>
              ),
            },
            {
              key: "score",
              title: t("improvement.backlog.score"),
              dataIndex: "score",
              width: 80,
              render: (v: number) => <strong>{v.toFixed(2)}</strong>,
            },
            {
              key: "source",
              title: t("improvement.backlog.source"),
              width: 120,
              render: (_, r) => <Tag>{t(`improvement.source.${r.source}`)}</Tag>,
            },
            {
              key: "kano",
              title: t("improvement.backlog.kano"),
              width: 100,
              render: (_, r) => <KanoTag category={r.kanoCategory} />,
            },
            {
              key: "phase",
              title: t("improvement.backlog.phase"),
              width: 150,
              render: (_, r) =>
                r.phase ? (
                  <PhaseTag phase={r.phase} />
                ) : (
                  <Typography.Text type="secondary">{t(`improvement.status.${r.status}`)}</Typography.Text>
                ),
            },
            {
              key: "evidence",
              title: t("improvement.backlog.evidence"),
              dataIndex: "evidenceCount",
              width: 80,
            },
          ]}
        />
      </ListState>
      {creating && (
        <NewItemModal
          complaintId={fromComplaint}
          onClose={() => {
            setCreating(false);
            if (fromComplaint) setParams({}, { replace: true });
          }}
          onCreated={(id) => navigate(`/console/improvement/items/${id}`)}
        />
      )}
    </Flex>
  );
}
