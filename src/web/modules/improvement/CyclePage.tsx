import {
  Button,
  Card,
  Checkbox,
  Col,
  Descriptions,
  Flex,
  Form,
  Input,
  List,
  Radio,
  Row,
  Statistic,
  Steps,
  Tag,
  Timeline,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { DetailLayout } from "../../ui/patterns";
import {
  type Cycle,
  useActOnCycle,
  useAddTask,
  useCycle,
  useKpiOptions,
  useMoveCycle,
  useTaskDone,
} from "./api";
import { fmtValue, PhaseTag } from "./labels";

const STEPS = ["plan", "do", "check", "act"] as const;

function CheckCard({ c }: { c: Cycle }) {
  const { t } = useTranslation();
  if (!c.check) return null;
  const { before, after } = c.check;
  return (
    <Card size="small" title={t("improvement.cycle.check")} data-testid="check">
      <Row gutter={[12, 12]}>
        <Col xs={12}>
          <Statistic
            title={t("improvement.cycle.before")}
            value={fmtValue(before.value, c.kpiUnit)}
            data-testid="kpi-before"
          />
          <Typography.Text type="secondary">{t("improvement.cycle.window", before)}</Typography.Text>
        </Col>
        <Col xs={12}>
          <Statistic
            title={t("improvement.cycle.after")}
            value={fmtValue(after.value, c.kpiUnit)}
            data-testid="kpi-after"
          />
          <Typography.Text type="secondary">{t("improvement.cycle.window", after)}</Typography.Text>
        </Col>
      </Row>
      <Flex gap={8} wrap align="center" style={{ marginTop: 8 }}>
        {c.targetMet !== null && (
          <Tag color={c.targetMet ? "green" : "red"}>
            {t(c.targetMet ? "improvement.cycle.met" : "improvement.cycle.notMet")}
          </Tag>
        )}
        <Typography.Text type="secondary">
          {t("improvement.cycle.days", { days: c.check.days })}
        </Typography.Text>
      </Flex>
    </Card>
  );
}

type ActValues = { decision: "standardise" | "iterate"; articleId?: string; title?: string; body?: string };

function ActCard({ c }: { c: Cycle }) {
  const { t } = useTranslation();
  const act = useActOnCycle(c.id);
  const [decision, setDecision] = useState<ActValues["decision"]>("standardise");
  return (
    <Card size="small" title={t("improvement.cycle.act")} data-testid="act">
      <Form<ActValues>
        layout="vertical"
        initialValues={{ decision: "standardise" }}
        onValuesChange={(v) => v.decision && setDecision(v.decision)}
        onFinish={(v) =>
          act.mutate(
            v.decision === "iterate"
              ? { decision: "iterate" }
              : {
                  decision: "standardise",
                  body: v.body,
                  ...(v.articleId ? { articleId: v.articleId } : { title: v.title }),
                },
            { onSuccess: () => showSuccess(t("improvement.cycle.moved")), onError: showError },
          )
        }
      >
        <Form.Item name="decision">
          <Radio.Group>
            <Radio value="standardise">{t("improvement.cycle.standardise")}</Radio>
            <Radio value="iterate">{t("improvement.cycle.iterate")}</Radio>
          </Radio.Group>
        </Form.Item>
        {decision === "standardise" && (
          <>
            <Form.Item name="articleId" label={t("improvement.cycle.articleId")} rules={[{ max: 64 }]}>
              <Input />
            </Form.Item>
            <Form.Item name="title" label={t("improvement.cycle.articleTitle")} rules={[{ max: 200 }]}>
              <Input />
            </Form.Item>
            <Form.Item
              name="body"
              label={t("improvement.cycle.articleBody")}
              rules={[{ required: true, max: 20000 }]}
            >
              <Input.TextArea rows={4} />
            </Form.Item>
          </>
        )}
        <Button type="primary" htmlType="submit" loading={act.isPending}>
          {t("improvement.cycle.decide")}
        </Button>
      </Form>
    </Card>
  );
}

function Tasks({ c, canManage }: { c: Cycle; canManage: boolean }) {
  const { t } = useTranslation();
  const add = useAddTask(c.id);
  const done = useTaskDone(c.id);
  const [title, setTitle] = useState("");
  const editable = c.phase === "plan" || c.phase === "do";
  return (
    <Card size="small" title={t("improvement.cycle.tasks")} data-testid="tasks">
      {c.tasks.length === 0 && (
        <Typography.Text type="secondary">{t("improvement.cycle.noTasks")}</Typography.Text>
      )}
      <List
        size="small"
        dataSource={c.tasks}
        renderItem={(task) => (
          <List.Item>
            <Checkbox
              checked={task.done}
              disabled={!editable}
              onChange={(e) =>
                done.mutate({ taskId: task.id, done: e.target.checked }, { onError: showError })
              }
            >
              {task.title}
            </Checkbox>
          </List.Item>
        )}
      />
      {editable && canManage && (
        <Flex gap={8} style={{ marginTop: 8 }}>
          <Input
            value={title}
            maxLength={300}
            placeholder={t("improvement.cycle.newTask")}
            onChange={(e) => setTitle(e.target.value)}
            data-testid="task-title"
          />
          <Button
            disabled={!title.trim()}
            loading={add.isPending}
            data-testid="add-task"
            onClick={() =>
              add.mutate({ title: title.trim() }, { onSuccess: () => setTitle(""), onError: showError })
            }
          >
            {t("improvement.cycle.addTask")}
          </Button>
        </Flex>
      )}
    </Card>
  );
}

// One PDCA cycle: the plan, the do phase's tasks, the check's KPI before and after, the act.
export default function CyclePage() {
  const { id = "" } = useParams();
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const { user } = useAuth();
  const query = useCycle(id);
  const move = useMoveCycle(id);
  const kpis = useKpiOptions();
  const c = query.data;
  useTitle(c ? t("improvement.cycle.title", { item: c.itemTitle }) : t("improvement.nav.backlog"));
  const canManage = user?.role === "admin" || user?.role === "supervisor";
  const kpiName =
    kpis.data?.find((k) => k.id === c?.kpiId)?.name[i18n.language === "en" ? "en" : "zh"] ?? c?.kpiId;
  const next = c ? ({ plan: "do", do: "check", check: "act" } as const)[c.phase as "plan"] : undefined;
  const doMove = (to: "do" | "check" | "act") =>
    move.mutate(to, { onSuccess: () => showSuccess(t("improvement.cycle.moved")), onError: showError });
  return (
    <ListState query={query} empty={!c} emptyText={t("improvement.item.gone")}>
      {c && (
        <DetailLayout
          testId="pdca-cycle"
          backTo={`/console/improvement/items/${c.itemId}`}
          title={t("improvement.cycle.title", { item: c.itemTitle })}
          tags={
            <>
              <PhaseTag phase={c.phase} />
              <Tag>{t("improvement.item.iteration", { n: c.iteration })}</Tag>
            </>
          }
          actions={
            canManage && (
              <>
                {c.phase === "check" && (
                  <Button onClick={() => doMove("do")} loading={move.isPending}>
                    {t("improvement.cycle.backToDo")}
                  </Button>
                )}
                {next && (
                  <Button
                    type="primary"
                    onClick={() => doMove(next)}
                    loading={move.isPending}
                    data-testid={`move-${next}`}
                  >
                    {t("improvement.cycle.moveTo", { phase: t(`improvement.phase.${next}`) })}
                  </Button>
                )}
              </>
            )
          }
          side={
            <Card size="small" title={t("improvement.cycle.history")}>
              <Timeline
                items={c.history.map((h) => ({
                  children: (
                    <span>
                      {t(`improvement.phase.${h.to as "plan"}`)} · {fmt.dateTime(h.at)}
                      {h.note ? ` · ${h.note}` : ""}
                    </span>
                  ),
                }))}
              />
            </Card>
          }
        >
          <Flex vertical gap={12}>
            <Card size="small">
              <Steps
                size="small"
                responsive
                current={c.phase === "closed" ? 4 : STEPS.indexOf(c.phase as "plan")}
                items={STEPS.map((s) => ({ title: t(`improvement.phase.${s}`) }))}
              />
              <Descriptions size="small" column={{ xs: 1, sm: 2 }} style={{ marginTop: 12 }}>
                <Descriptions.Item label={t("improvement.cycle.owner")}>
                  {c.ownerName ?? c.ownerId}
                </Descriptions.Item>
                <Descriptions.Item label={t("improvement.cycle.kpi")}>{kpiName}</Descriptions.Item>
                <Descriptions.Item label={t("improvement.cycle.target")}>
                  {fmtValue(c.targetValue, c.kpiUnit)}
                </Descriptions.Item>
                <Descriptions.Item label={t("improvement.cycle.due")}>
                  {c.dueDate} ({c.quarter})
                </Descriptions.Item>
                <Descriptions.Item label={t("improvement.cycle.planStarted")}>
                  {c.planStartedOn}
                </Descriptions.Item>
                {c.doEndedOn && (
                  <Descriptions.Item label={t("improvement.cycle.doEnded")}>{c.doEndedOn}</Descriptions.Item>
                )}
                {c.decision && (
                  <Descriptions.Item label={t("improvement.cycle.act")}>
                    {t(`improvement.cycle.decision.${c.decision}`)}
                  </Descriptions.Item>
                )}
                {c.articleId && (
                  <Descriptions.Item label={t("improvement.cycle.article")}>
                    <Link to="/console/kb">{c.articleId}</Link>
                  </Descriptions.Item>
                )}
                {c.nextCycleId && (
                  <Descriptions.Item label={t("improvement.cycle.next")}>
                    <Link to={`/console/improvement/cycles/${c.nextCycleId}`}>
                      {t("improvement.cycle.open")}
                    </Link>
                  </Descriptions.Item>
                )}
              </Descriptions>
            </Card>
            <Tasks c={c} canManage={canManage} />
            <CheckCard c={c} />
            {c.phase === "act" && canManage && <ActCard c={c} />}
          </Flex>
        </DetailLayout>
      )}
    </ListState>
  );
}
