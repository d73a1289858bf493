import { FileExcelOutlined, FilePdfOutlined, SendOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Form, Input, Popconfirm, Select, Switch, Table, Tag } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMMENTARY_SLOTS, REVIEW_KINDS, REVIEW_ROLES } from "../../../shared/review-reports";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { FormModal, ListState, PageHeader } from "../../ui/patterns";
import {
  downloadReview,
  finishedPeriods,
  type ReviewCommentary,
  type ReviewReport,
  type ReviewRequest,
  useMakeReview,
  useReviewSettings,
  useReviews,
  useSaveCommentary,
  useSaveReviewSettings,
  useSendReview,
} from "./review-api";

function MakeReview() {
  const { t } = useTranslation();
  const make = useMakeReview();
  const [kind, setKind] = useState<ReviewRequest["kind"]>("monthly");
  const [period, setPeriod] = useState(finishedPeriods("monthly")[0] ?? "");
  return (
    <Flex gap={8} wrap align="center">
      <Select
        value={kind}
        style={{ width: 150 }}
        data-testid="review-kind"
        onChange={(k) => {
          setKind(k);
          setPeriod(finishedPeriods(k)[0] ?? "");
        }}
        options={REVIEW_KINDS.map((k) => ({ value: k, label: t(`analytics.review.kind.${k}`) }))}
      />
      <Select
        value={period}
        style={{ width: 130 }}
        data-testid="review-period"
        onChange={setPeriod}
        options={finishedPeriods(kind).map((p) => ({ value: p, label: p }))}
      />
      <Button
        type="primary"
        loading={make.isPending}
        data-testid="review-make"
        onClick={() =>
          make.mutate({ kind, period } as ReviewRequest, {
            onSuccess: () => showSuccess(t("analytics.review.made", { period })),
            onError: showError,
          })
        }
      >
        {t("analytics.review.make")}
      </Button>
    </Flex>
  );
}

function CommentaryModal({ report, onClose }: { report: ReviewReport; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCommentary(report.id);
  return (
    <FormModal<ReviewCommentary>
      title={t("analytics.review.commentaryFor", { period: report.period })}
      initialValues={report.commentary}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync(v);
        showSuccess(t("common.saved"));
      }}
    >
      {() =>
        COMMENTARY_SLOTS.map((slot) => (
          <Form.Item key={slot} name={slot} label={t(`analytics.review.slot.${slot}`)}>
            <Input.TextArea rows={3} maxLength={4000} data-testid={`review-slot-${slot}`} />
          </Form.Item>
        ))
      }
    </FormModal>
  );
}

function ReviewSettingsCard() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const q = useReviewSettings();
  const save = useSaveReviewSettings();
  const editable = user?.role === "admin";
  if (!q.data) return null;
  const s = q.data;
  const put = (patch: Partial<typeof s>) =>
    save.mutate({ ...s, ...patch }, { onSuccess: () => showSuccess(t("common.saved")), onError: showError });
  return (
    <Card size="small" title={t("analytics.review.settings")}>
      <Flex gap={16} wrap align="center">
        {(["monthly", "halfYearly"] as const).map((k) => (
          <Flex key={k} gap={6} align="center">
            <Switch checked={s[k]} disabled={!editable} onChange={(v) => put({ [k]: v })} />
            {t(`analytics.review.schedule.${k}`)}
          </Flex>
        ))}
        <Flex gap={6} align="center" wrap>
          {t("analytics.review.recipients")}
          <Select
            mode="multiple"
            style={{ minWidth: 200 }}
            disabled={!editable}
            value={s.roles}
            onChange={(roles) => put({ roles })}
            options={REVIEW_ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))}
          />
        </Flex>
      </Flex>
    </Card>
  );
}

// Insights → Review reports: the monthly and half-yearly service reviews (seed 001 §6.1.2) the
// schedule makes and mails, with their commentary, as PDF and Excel.
export default function ReviewReportsPage() {
  const { t } = useTranslation();
  useTitle(t("analytics.review.title"));
  const q = useReviews();
  const send = useSendReview();
  const [editing, setEditing] = useState<ReviewReport | null>(null);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1100 }}>
      <PageHeader title={t("analytics.review.title")} description={t("analytics.review.intro")} />
      <Card size="small">
        <MakeReview />
      </Card>
      <ListState query={q} empty={(q.data?.items.length ?? 0) === 0} emptyText={t("analytics.review.empty")}>
        <Table<ReviewReport>
          rowKey="id"
          size="small"
          dataSource={q.data?.items ?? []}
          pagination={false}
          scroll={{ x: 760 }}
          columns={[
            {
              title: t("analytics.review.period"),
              render: (_, r) => (
                <span data-testid={`review-row-${r.period}`}>
                  <b>{r.period}</b> <Tag>{t(`analytics.review.kind.${r.kind}`)}</Tag>
                </span>
              ),
            },
            {
              title: t("analytics.review.range"),
              responsive: ["md"],
              render: (_, r) => `${r.from} – ${r.to}`,
            },
            {
              title: t("analytics.review.madeBy"),
              responsive: ["md"],
              render: (_, r) =>
                r.scheduled ? t("analytics.review.bySchedule") : t("analytics.review.byManager"),
            },
            {
              title: t("analytics.review.commentary"),
              responsive: ["sm"],
              render: (_, r) =>
                COMMENTARY_SLOTS.some((s) => r.commentary[s]?.trim()) ? (
                  <Tag color="green">{t("analytics.review.written")}</Tag>
                ) : (
                  <Tag>{t("analytics.review.none")}</Tag>
                ),
            },
            {
              title: t("common.actions"),
              width: 330,
              render: (_, r) => (
                <Flex gap={4} wrap>
                  <Button
                    size="small"
                    icon={<FilePdfOutlined />}
                    onClick={() => void downloadReview(r, "pdf").catch(showError)}
                  >
                    PDF
                  </Button>
                  <Button
                    size="small"
                    icon={<FileExcelOutlined />}
                    onClick={() => void downloadReview(r, "xlsx").catch(showError)}
                  >
                    Excel
                  </Button>
                  <Button
                    size="small"
                    onClick={() => setEditing(r)}
                    data-testid={`review-comment-${r.period}`}
                  >
                    {t("analytics.review.comment")}
                  </Button>
                  <Popconfirm
                    title={t("analytics.review.sendConfirm")}
                    onConfirm={() =>
                      send.mutate(r.id, {
                        onSuccess: (v) => showSuccess(t("analytics.review.sent", { count: v.recipients })),
                        onError: showError,
                      })
                    }
                  >
                    <Button size="small" icon={<SendOutlined />} data-testid={`review-send-${r.period}`}>
                      {t("analytics.review.send")}
                    </Button>
                  </Popconfirm>
                </Flex>
              ),
            },
          ]}
        />
      </ListState>
      <ReviewSettingsCard />
      {editing ? <CommentaryModal report={editing} onClose={() => setEditing(null)} /> : null}
    </Flex>
  );
}
