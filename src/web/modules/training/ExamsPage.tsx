import {
  Button,
  Card,
  Col,
  Empty,
  List,
  Row,
  Select,
  Space,
  Statistic,
  Table,
  Tabs,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useUser } from "../../app/auth";
import { showError } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import {
  type Attempt,
  type Exam,
  type Question,
  useExamStatistics,
  useExams,
  useQuestions,
  useReviewAttempt,
  useSignOff,
  useStartAttempt,
  useWaitingAttempts,
} from "./api";
import { isManager, isReviewer } from "./roles";

const pct = (r: number | null) => (r === null ? "—" : `${Math.round(r * 100)}%`);
const BEST_COLOR = { passed: "green", failed: "red", pending_review: "orange", in_progress: "blue" } as const;

function ExamCard({ exam }: { exam: Exam }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const start = useStartAttempt();
  const used = exam.myAttempts >= exam.maxAttempts && exam.myBest !== "in_progress";
  const go = () =>
    start.mutate(
      { examId: exam.id },
      { onSuccess: (a) => navigate(`/console/exams/attempts/${a.id}`), onError: showError },
    );
  return (
    <Card
      size="small"
      data-testid="exam-card"
      title={exam.name}
      extra={
        exam.myBest ? (
          <Tag color={BEST_COLOR[exam.myBest]}>{t(`people.exams.best.${exam.myBest}`)}</Tag>
        ) : null
      }
      actions={[
        <Button
          key="start"
          type="primary"
          disabled={used}
          loading={start.isPending}
          onClick={go}
          data-testid="exam-start"
        >
          {exam.myBest === "in_progress" ? t("people.exams.resume") : t("people.exams.start")}
        </Button>,
      ]}
    >
      <Space wrap size={4}>
        <Tag color="geekblue">{exam.skill}</Tag>
        <Tag>{t("people.exams.questions", { count: exam.questionCount })}</Tag>
        <Tag>{t("people.exams.minutes", { count: exam.timeLimitMinutes })}</Tag>
        <Tag>{t("people.exams.passMark", { percent: exam.passPercent })}</Tag>
        <Tag>{t("people.exams.attempts", { used: exam.myAttempts, max: exam.maxAttempts })}</Tag>
        <Tag>{t("people.exams.validity", { months: exam.validityMonths })}</Tag>
        {exam.practicalSignOff ? <Tag color="purple">{t("people.exams.practical")}</Tag> : null}
      </Space>
    </Card>
  );
}

function ExamList() {
  const { t } = useTranslation();
  const q = useExams();
  return (
    <ListState query={q} empty={(q.data ?? []).length === 0} emptyText={t("people.exams.none")}>
      <Row gutter={[12, 12]}>
        {(q.data ?? []).map((e) => (
          <Col key={e.id} xs={24} md={12} xl={8}>
            <ExamCard exam={e} />
          </Col>
        ))}
      </Row>
    </ListState>
  );
}

function Bank() {
  const { t } = useTranslation();
  const q = useQuestions(true);
  return (
    <Table<Question>
      rowKey="id"
      size="small"
      loading={q.isPending}
      scroll={{ x: true }}
      dataSource={q.data ?? []}
      pagination={{ pageSize: 20 }}
      columns={[
        {
          title: t("people.exams.skill"),
          dataIndex: "skill",
          render: (s: string) => <Tag color="geekblue">{s}</Tag>,
        },
        { title: "", dataIndex: "kind", render: (k: Question["kind"]) => t(`people.exams.kind.${k}`) },
        {
          title: t("people.exams.prompt"),
          dataIndex: "prompt",
          render: (p: string, r) => (
            <div style={{ minWidth: 220 }}>
              {p}
              {r.options.length > 0 ? (
                <Typography.Text type="secondary" style={{ display: "block" }}>
                  {r.options.map((o, i) => `${r.correct.includes(i) ? "✓" : "·"} ${o}`).join("  ")}
                </Typography.Text>
              ) : null}
            </div>
          ),
        },
        { title: t("people.exams.asked"), dataIndex: "asked" },
        { title: t("people.exams.rightRate"), dataIndex: "rightRate", render: pct },
      ]}
    />
  );
}

function Statistics() {
  const { t } = useTranslation();
  const exams = useExams();
  const [id, setId] = useState<string>();
  const chosen = id ?? exams.data?.[0]?.id;
  const stats = useExamStatistics(chosen);
  const s = stats.data;
  return (
    <Space direction="vertical" style={{ width: "100%" }}>
      <Select
        style={{ minWidth: 260, maxWidth: "100%" }}
        placeholder={t("people.exams.pickExam")}
        value={chosen}
        onChange={setId}
        options={(exams.data ?? []).map((e) => ({ value: e.id, label: e.name }))}
      />
      {s ? (
        <>
          <Row gutter={12}>
            <Col xs={12} md={6}>
              <Statistic title={t("people.exams.attemptsCount")} value={s.attempts} />
            </Col>
            <Col xs={12} md={6}>
              <Statistic title={t("people.exams.passRate")} value={pct(s.passRate)} />
            </Col>
          </Row>
          <Card size="small" title={t("people.exams.gaps")} data-testid="exam-gaps">
            {s.gaps.length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("people.exams.noGaps")} />
            ) : (
              <List
                size="small"
                dataSource={s.gaps}
                renderItem={(g) => (
                  <List.Item extra={<Tag color="red">{pct(g.rightRate)}</Tag>}>{g.prompt}</List.Item>
                )}
              />
            )}
          </Card>
          <Table
            rowKey="questionId"
            size="small"
            scroll={{ x: true }}
            dataSource={s.questions}
            pagination={false}
            columns={[
              { title: t("people.exams.prompt"), dataIndex: "prompt" },
              { title: t("people.exams.asked"), dataIndex: "asked" },
              { title: t("people.exams.rightRate"), dataIndex: "rightRate", render: pct },
            ]}
          />
        </>
      ) : null}
    </Space>
  );
}

// Short answers to grade and passed attempts waiting for the practical sign-off.
function Waiting() {
  const { t } = useTranslation();
  const user = useUser();
  const q = useWaitingAttempts(true);
  const review = useReviewAttempt();
  const signOff = useSignOff();
  const grade = (a: Attempt, questionId: string, right: boolean) =>
    review.mutate({ id: a.id, body: { grades: { [questionId]: right } } }, { onError: showError });
  return (
    <ListState query={q} empty={(q.data ?? []).length === 0} emptyText={t("people.exams.nothingWaiting")}>
      {(q.data ?? []).map((a) => (
        <Card key={a.id} size="small" style={{ marginBottom: 12 }} title={`${a.userName} · ${a.examName}`}>
          {a.status === "pending_review"
            ? a.paper
                .filter((p) => a.results?.[p.questionId] === null)
                .map((p) => (
                  <div key={p.questionId} style={{ marginBottom: 8 }}>
                    <Typography.Text strong>{p.prompt}</Typography.Text>
                    <Typography.Paragraph>{String(a.answers?.[p.questionId] ?? "")}</Typography.Paragraph>
                    <Space>
                      <Button size="small" onClick={() => grade(a, p.questionId, true)}>
                        {t("people.exams.markRight")}
                      </Button>
                      <Button size="small" danger onClick={() => grade(a, p.questionId, false)}>
                        {t("people.exams.markWrong")}
                      </Button>
                    </Space>
                  </div>
                ))
            : null}
          {a.awaitingSignOff && isManager(user.role) ? (
            <Button type="primary" onClick={() => signOff.mutate({ id: a.id }, { onError: showError })}>
              {t("people.exams.signOff")}
            </Button>
          ) : null}
        </Card>
      ))}
    </ListState>
  );
}

export default function ExamsPage() {
  const { t } = useTranslation();
  useTitle(t("people.exams.title"));
  const user = useUser();
  const tabs = [
    { key: "list", label: t("people.exams.list"), children: <ExamList /> },
    ...(isReviewer(user.role)
      ? [
          { key: "bank", label: t("people.exams.bank"), children: <Bank /> },
          { key: "statistics", label: t("people.exams.statistics"), children: <Statistics /> },
          { key: "waiting", label: t("people.exams.waiting"), children: <Waiting /> },
        ]
      : []),
  ];
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="exams-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("people.exams.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("people.exams.intro")}</Typography.Text>
      </div>
      <Tabs items={tabs} destroyOnHidden />
    </Space>
  );
}
