import { Button, Card, Flex, Form, Input, InputNumber, List, Select, Table, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { COACHING_OUTCOMES, SCORECARD_KPI_IDS } from "../../../shared/scorecards";
import { useAuth } from "../../app/auth";
import { showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { DetailLayout, FormModal } from "../../ui/patterns";
import { type CoachingPlan, useAddGoal, useAddSession, useClosePlan, usePlan } from "./api";
import { useKpiText } from "./kpi-format";

type Goal = CoachingPlan["goals"][number];
// Dates are typed in a native date field (YYYY-MM-DD): the same on a phone and at a desk.
const inDays = (n: number) => dayjs().add(n, "day").format("YYYY-MM-DD");

// A coaching plan: its goals with the follow-up measurement (the KPI over the person's tickets since
// the plan opened against the 30 days before), its sessions, and for the lead adding and closing.
export default function CoachingPlanPage() {
  const { id = "" } = useParams();
  const { t } = useTranslation();
  const { user } = useAuth();
  const q = usePlan(id);
  const kpi = useKpiText();
  const addGoal = useAddGoal(id);
  const addSession = useAddSession(id);
  const close = useClosePlan(id);
  const [modal, setModal] = useState<"goal" | "session" | "close" | null>(null);
  const p = q.data;
  useTitle(p ? t("scorecards.coaching.plan", { name: p.userName }) : t("scorecards.coaching.title"));
  if (q.isError) return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  if (!p) return null;
  const manage =
    (user?.role === "admin" || user?.role === "supervisor") && p.userId !== user?.id && p.status === "open";
  return (
    <DetailLayout
      testId="coaching-plan"
      backTo="/console/coaching"
      title={t("scorecards.coaching.plan", { name: p.userName })}
      tags={
        <Tag color={p.status === "open" ? "blue" : "default"} data-testid="coaching-status">
          {t(`scorecards.coaching.status.${p.status}`)}
        </Tag>
      }
      subtitle={
        <>
          {t("scorecards.coaching.openedOn", { day: p.openedOn, name: p.openedByName })} ·{" "}
          <Link to={`/console/scorecards/${p.scorecardId}`}>
            {t("scorecards.coaching.fromCard", { period: p.period })}
          </Link>
        </>
      }
      actions={
        manage ? (
          <Flex gap={8} wrap>
            <Button onClick={() => setModal("goal")} data-testid="coaching-add-goal">
              {t("scorecards.coaching.addGoal")}
            </Button>
            <Button onClick={() => setModal("session")} data-testid="coaching-add-session">
              {t("scorecards.coaching.addSession")}
            </Button>
            <Button danger onClick={() => setModal("close")} data-testid="coaching-close">
              {t("scorecards.coaching.close")}
            </Button>
          </Flex>
        ) : null
      }
    >
      <Flex vertical gap={12}>
        {p.closedOn && p.outcome ? (
          <Card size="small">
            <b>
              {t("scorecards.coaching.closedOn", {
                day: p.closedOn,
                outcome: t(`scorecards.coaching.outcome.${p.outcome}`),
              })}
            </b>
            {p.outcomeNote ? (
              <Typography.Paragraph style={{ margin: 0 }}>{p.outcomeNote}</Typography.Paragraph>
            ) : null}
          </Card>
        ) : null}
        <Card size="small" title={t("scorecards.coaching.goals")}>
          <Table<Goal>
            rowKey="id"
            size="small"
            pagination={false}
            dataSource={p.goals}
            scroll={{ x: 480 }}
            data-testid="coaching-goals"
            columns={[
              { title: t("scorecards.coaching.goalKpi"), render: (_, g) => kpi.name(g.kpi) },
              {
                title: t("scorecards.coaching.goalTarget"),
                align: "right",
                render: (_, g) => kpi.value(g.kpi, g.target),
              },
              { title: t("scorecards.coaching.dueOn"), dataIndex: "dueOn", responsive: ["sm"] },
              {
                title: t("scorecards.coaching.since"),
                align: "right",
                render: (_, g) => kpi.value(g.kpi, g.since),
              },
              {
                title: t("scorecards.coaching.before"),
                align: "right",
                render: (_, g) => kpi.value(g.kpi, g.before),
              },
              {
                title: "",
                render: (_, g) =>
                  g.met === null ? null : (
                    <Tag color={g.met ? "green" : "orange"}>
                      {t(g.met ? "scorecards.coaching.met" : "scorecards.coaching.notMet")}
                    </Tag>
                  ),
              },
            ]}
          />
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            {t("scorecards.coaching.followUp", p.followUp)}
          </Typography.Paragraph>
        </Card>
        <Card size="small" title={t("scorecards.coaching.sessions")}>
          <List
            dataSource={p.sessions}
            locale={{ emptyText: t("scorecards.coaching.noSessions") }}
            data-testid="coaching-sessions"
            renderItem={(x) => (
              <List.Item>
                <Flex vertical gap={2} style={{ minWidth: 0 }}>
                  <Typography.Text strong>
                    {x.heldOn} · {x.byName}
                  </Typography.Text>
                  <Typography.Text style={{ whiteSpace: "pre-wrap" }}>{x.notes}</Typography.Text>
                  {x.actions ? (
                    <Typography.Text type="secondary" style={{ whiteSpace: "pre-wrap" }}>
                      {t("scorecards.coaching.actions")}: {x.actions}
                    </Typography.Text>
                  ) : null}
                </Flex>
              </List.Item>
            )}
          />
        </Card>
      </Flex>
      {modal === "goal" ? (
        <FormModal<{ kpi: string; target: number; dueOn: string }>
          title={t("scorecards.coaching.addGoal")}
          initialValues={{ dueOn: inDays(90) }}
          onClose={() => setModal(null)}
          onSubmit={async (v) => {
            await addGoal.mutateAsync({ kpi: v.kpi as never, target: v.target, dueOn: v.dueOn });
            showSuccess(t("common.saved"));
          }}
        >
          {() => (
            <>
              <Form.Item name="kpi" label={t("scorecards.coaching.goalKpi")} rules={[{ required: true }]}>
                <Select
                  data-testid="goal-kpi"
                  options={SCORECARD_KPI_IDS.map((k) => ({ value: k, label: kpi.name(k) }))}
                />
              </Form.Item>
              <Form.Item
                name="target"
                label={t("scorecards.coaching.goalTarget")}
                rules={[{ required: true }]}
              >
                <InputNumber min={0} style={{ width: "100%" }} data-testid="goal-target" />
              </Form.Item>
              <Form.Item name="dueOn" label={t("scorecards.coaching.dueOn")} rules={[{ required: true }]}>
                <Input type="date" data-testid="goal-due" />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
      {modal === "session" ? (
        <FormModal<{ heldOn: string; notes: string; actions?: string }>
          title={t("scorecards.coaching.addSession")}
          initialValues={{ heldOn: inDays(0) }}
          onClose={() => setModal(null)}
          onSubmit={async (v) => {
            await addSession.mutateAsync({ heldOn: v.heldOn, notes: v.notes, actions: v.actions ?? "" });
            showSuccess(t("common.saved"));
          }}
        >
          {() => (
            <>
              <Form.Item name="heldOn" label={t("scorecards.coaching.heldOn")} rules={[{ required: true }]}>
                <Input type="date" data-testid="session-date" />
              </Form.Item>
              <Form.Item
                name="notes"
                label={t("scorecards.coaching.notes")}
                rules={[{ required: true, whitespace: true }]}
              >
                <Input.TextArea rows={3} maxLength={4000} data-testid="session-notes" />
              </Form.Item>
              <Form.Item name="actions" label={t("scorecards.coaching.actions")}>
                <Input.TextArea rows={2} maxLength={4000} data-testid="session-actions" />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
      {modal === "close" ? (
        <FormModal<{ outcome: (typeof COACHING_OUTCOMES)[number]; note?: string }>
          title={t("scorecards.coaching.closeTitle")}
          onClose={() => setModal(null)}
          onSubmit={async (v) => {
            await close.mutateAsync({ outcome: v.outcome, note: v.note ?? "" });
            showSuccess(t("common.saved"));
          }}
        >
          {() => (
            <>
              <Form.Item
                name="outcome"
                label={t("scorecards.coaching.outcomeLabel")}
                rules={[{ required: true }]}
              >
                <Select
                  options={COACHING_OUTCOMES.map((o) => ({
                    value: o,
                    label: t(`scorecards.coaching.outcome.${o}`),
                  }))}
                />
              </Form.Item>
              <Form.Item name="note" label={t("scorecards.coaching.note")}>
                <Input.TextArea rows={3} maxLength={4000} />
              </Form.Item>
            </>
          )}
        </FormModal>
      ) : null}
    </DetailLayout>
  );
}
