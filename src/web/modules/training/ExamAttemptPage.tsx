import { Alert, Button, Card, Checkbox, Input, Popconfirm, Radio, Space, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { showError } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { type Attempt, useAttempt, useSubmitAttempt } from "./api";

type Answer = number[] | string;

// Counts down from what the server allowed when the attempt was read; the server decides at hand-in.
function useCountdown(attempt: Attempt | undefined) {
  const [left, setLeft] = useState(0);
  useEffect(() => {
    if (!attempt || attempt.status !== "in_progress") return;
    const end = Date.now() + attempt.secondsLeft * 1000;
    const tick = () => setLeft(Math.max(0, Math.round((end - Date.now()) / 1000)));
    tick();
    const timer = setInterval(tick, 1000);
    return () => clearInterval(timer);
  }, [attempt]);
  return left;
}

const clock = (s: number) => `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;

function Question({
  q,
  index,
  value,
  onChange,
  result,
  disabled,
}: {
  q: Attempt["paper"][number];
  index: number;
  value: Answer | undefined;
  onChange: (v: Answer) => void;
  result: boolean | null | undefined;
  disabled: boolean;
}) {
  const { t } = useTranslation();
  const chosen = Array.isArray(value) ? value : [];
  return (
    <Card
      size="small"
      data-testid="exam-question"
      title={
        <Space wrap size={4}>
          <span>{index + 1}.</span>
          <Tag>{t(`people.exams.kind.${q.kind}`)}</Tag>
          <Tag>{t("people.exams.points", { count: q.points })}</Tag>
        </Space>
      }
      extra={
        result === undefined ? null : result === null ? (
          <Tag color="orange">{t("people.exams.best.pending_review")}</Tag>
        ) : (
          <Tag color={result ? "green" : "red"}>
            {result ? t("people.exams.right") : t("people.exams.wrong")}
          </Tag>
        )
      }
    >
      <Typography.Paragraph style={{ whiteSpace: "pre-wrap" }}>{q.prompt}</Typography.Paragraph>
      {q.kind === "single" ? (
        <Radio.Group
          disabled={disabled}
          value={chosen[0]}
          onChange={(e) => onChange([e.target.value as number])}
        >
          <Space direction="vertical">
            {q.options.map((o) => (
              <Radio key={o.id} value={o.id} style={{ padding: "6px 0" }}>
                {o.text}
              </Radio>
            ))}
          </Space>
        </Radio.Group>
      ) : q.kind === "multiple" ? (
        <Checkbox.Group disabled={disabled} value={chosen} onChange={(v) => onChange(v as number[])}>
          <Space direction="vertical">
            {q.options.map((o) => (
              <Checkbox key={o.id} value={o.id} style={{ padding: "6px 0" }}>
                {o.text}
              </Checkbox>
            ))}
          </Space>
        </Checkbox.Group>
      ) : q.kind === "true_false" ? (
        <Radio.Group
          disabled={disabled}
          value={chosen[0]}
          onChange={(e) => onChange([e.target.value as number])}
        >
          <Radio.Button value={1}>{t("people.exams.true")}</Radio.Button>
          <Radio.Button value={0}>{t("people.exams.false")}</Radio.Button>
        </Radio.Group>
      ) : (
        <Input.TextArea
          disabled={disabled}
          rows={3}
          maxLength={4000}
          placeholder={t("people.exams.answerPlaceholder")}
          value={typeof value === "string" ? value : ""}
          onChange={(e) => onChange(e.target.value)}
        />
      )}
    </Card>
  );
}

function Outcome({ a }: { a: Attempt }) {
  const { t } = useTranslation();
  if (a.status === "in_progress") return null;
  const score =
    a.score === null
      ? null
      : t("people.exams.score", { score: a.score, max: a.maxScore, percent: a.percent ?? 0 });
  const [type, text] =
    a.status === "passed"
      ? ([
          "success",
          a.awaitingSignOff ? t("people.exams.passedSignOff") : t("people.exams.passed", { skill: a.skill }),
        ] as const)
      : a.status === "pending_review"
        ? (["info", t("people.exams.pendingReview")] as const)
        : (["error", t("people.exams.failed", { percent: a.passPercent })] as const);
  return <Alert type={type} showIcon data-testid="exam-outcome" title={text} description={score} />;
}

export default function ExamAttemptPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const q = useAttempt(id);
  const a = q.data;
  useTitle(a?.examName ?? t("people.exams.title"));
  const left = useCountdown(a);
  const submit = useSubmitAttempt();
  const [answers, setAnswers] = useState<Record<string, Answer>>({});
  const open = a?.status === "in_progress";
  const send = () =>
    a &&
    submit.mutate(
      { id: a.id, body: { answers } },
      {
        onError: (err) => {
          showError(err);
          void q.refetch();
        },
      },
    );
  return (
    <ListState query={q} empty={!a} emptyText={t("people.exams.none")}>
      {a ? (
        <Space
          direction="vertical"
          size="middle"
          style={{ width: "100%", maxWidth: 820 }}
          data-testid="exam-attempt"
        >
          <Link to="/console/exams">{t("people.exams.back")}</Link>
          <Typography.Title level={3} style={{ margin: 0 }}>
            {a.examName}
          </Typography.Title>
          {open ? (
            <Card
              size="small"
              style={{ position: "sticky", top: 64, zIndex: 2 }}
              styles={{
                body: { display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 },
              }}
            >
              <Space>
                <span>{t("people.exams.timeLeft")}</span>
                <Tag color={left < 60 ? "red" : "blue"} data-testid="exam-timer" style={{ fontSize: 16 }}>
                  {left > 0 ? clock(left) : t("people.exams.timeUp")}
                </Tag>
              </Space>
              <Popconfirm title={t("people.exams.confirmSubmit")} onConfirm={send}>
                <Button type="primary" loading={submit.isPending} data-testid="exam-submit">
                  {t("people.exams.submit")}
                </Button>
              </Popconfirm>
            </Card>
          ) : (
            <Outcome a={a} />
          )}
          {a.paper.map((p, i) => (
            <Question
              key={p.questionId}
              q={p}
              index={i}
              disabled={!open}
              value={open ? answers[p.questionId] : a.answers?.[p.questionId]}
              onChange={(v) => setAnswers((prev) => ({ ...prev, [p.questionId]: v }))}
              result={open ? undefined : a.results?.[p.questionId]}
            />
          ))}
        </Space>
      ) : null}
    </ListState>
  );
}
