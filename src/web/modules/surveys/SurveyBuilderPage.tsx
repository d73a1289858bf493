import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, PlusOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Space,
  Switch,
  Tabs,
  Typography,
} from "antd";
import { useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { SurveyQuestion } from "../../../shared/api/surveys";
import { CHANNELS } from "../../../shared/domain";
import { SURVEY_QUESTION_KINDS } from "../../../shared/surveys";
import { useAuth } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { AudienceSelect } from "./AudienceSelect";
import { type Survey, useSaveSurvey, useSaveSurveySettings, useSurveySettings, useSurveys } from "./api";
import { SegmentQuotas } from "./SegmentQuotas";
import { ShowIfControl } from "./ShowIfControl";
import { type Answers, SurveyForm } from "./SurveyForm";

type Draft = {
  name: string;
  questions: SurveyQuestion[];
  trigger: Survey["trigger"];
  triggerChannels: Survey["triggerChannels"];
  triggerCategories: string[];
  samplePercent: number;
  segmentQuotas: Survey["segmentQuotas"];
  capDays: number;
  periodSchedule: Survey["periodSchedule"];
  audienceSegment: Survey["audienceSegment"];
  delayDays: number;
  active: boolean;
};

const EMPTY: Draft = {
  name: "",
  questions: [],
  trigger: null,
  triggerChannels: [],
  triggerCategories: [],
  samplePercent: 100,
  segmentQuotas: null,
  capDays: 30,
  periodSchedule: null,
  audienceSegment: null,
  delayDays: 0,
  active: true,
};

const draftOf = (s: Survey): Draft => ({
  name: s.name,
  questions: s.questions,
  trigger: s.trigger,
  triggerChannels: s.triggerChannels,
  triggerCategories: s.triggerCategories,
  samplePercent: s.samplePercent,
  segmentQuotas: s.segmentQuotas,
  capDays: s.capDays,
  periodSchedule: s.periodSchedule,
  audienceSegment: s.audienceSegment,
  delayDays: s.delayDays,
  active: s.active,
});

// Triggers about a ticket (its channel and product category can narrow them); the others ask
// customers on a schedule or after a product update.
const TICKET_TRIGGERS: readonly string[] = ["ticket_closed", "visit_done", "rma_closed"];

// A new question's id: its kind, numbered when the kind is already used (ids are what answers and
// exports are keyed by, so they never change once made).
function freshId(kind: string, questions: readonly SurveyQuestion[]) {
  const used = new Set(questions.map((q) => q.id));
  if (!used.has(kind)) return kind;
  let n = 2;
  while (used.has(`${kind}${n}`)) n++;
  return `${kind}${n}`;
}

function QuestionCard({
  q,
  index,
  count,
  earlier,
  onChange,
  onMove,
  onRemove,
}: {
  q: SurveyQuestion;
  earlier: readonly SurveyQuestion[];
  index: number;
  count: number;
  onChange: (q: SurveyQuestion) => void;
  onMove: (by: -1 | 1) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const title = `${index + 1}. ${t(`surveys.builder.kind.${q.kind}`)}`;
  return (
    <Card
      size="small"
      data-testid="builder-question"
      title={
        <Space>
          {title}
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {q.id}
          </Typography.Text>
        </Space>
      }
      extra={
        <Space size={2}>
          <Button
            size="small"
            type="text"
            icon={<ArrowUpOutlined />}
            disabled={index === 0}
            onClick={() => onMove(-1)}
            aria-label={`${t("surveys.builder.up")} ${index + 1}`}
          />
          <Button
            size="small"
            type="text"
            icon={<ArrowDownOutlined />}
            disabled={index === count - 1}
            onClick={() => onMove(1)}
            aria-label={`${t("surveys.builder.down")} ${index + 1}`}
          />
          <Button
            size="small"
            type="text"
            danger
            icon={<DeleteOutlined />}
            onClick={onRemove}
            aria-label={`${t("surveys.builder.remove")} ${index + 1}`}
          />
        </Space>
      }
    >
      <Form layout="vertical" component="div">
        <Form.Item label={t("surveys.builder.textZh")} required style={{ marginBottom: 8 }}>
          <Input
            value={q.text}
            maxLength={500}
            onChange={(e) => onChange({ ...q, text: e.target.value })}
            data-testid="question-text"
          />
        </Form.Item>
        <Form.Item label={t("surveys.builder.textEn")} style={{ marginBottom: 8 }}>
          <Input
            value={q.textEn ?? ""}
            maxLength={500}
            onChange={(e) => onChange({ ...q, textEn: e.target.value || undefined })}
            data-testid="question-text-en"
          />
        </Form.Item>
        {(q.kind === "single" || q.kind === "multi") && (
          <Form.Item label={t("surveys.builder.options")} required style={{ marginBottom: 8 }}>
            <Select
              mode="tags"
              value={q.options ?? []}
              onChange={(v: string[]) => onChange({ ...q, options: v.length ? v : undefined })}
              open={false}
              placeholder={t("surveys.builder.optionsHint")}
              aria-label={t("surveys.builder.options")}
            />
          </Form.Item>
        )}
        {q.kind === "likert" && (
          <Form.Item label={t("surveys.builder.scale")} style={{ marginBottom: 8 }}>
            <Select
              value={q.scale ?? 5}
              onChange={(v) => onChange({ ...q, scale: v })}
              options={[5, 7].map((v) => ({ value: v, label: t("surveys.builder.points", { count: v }) }))}
              style={{ width: 140 }}
            />
          </Form.Item>
        )}
        <ShowIfControl q={q} earlier={earlier} onChange={onChange} />
      </Form>
    </Card>
  );
}

// The quarterly round's day: which month of each quarter, which day of it (1–28, so every month
// has it), in the tenant's time zone.
function PeriodicSettings({
  value,
  onChange,
}: {
  value: NonNullable<Survey["periodSchedule"]>;
  onChange: (v: NonNullable<Survey["periodSchedule"]>) => void;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={12}>
      <Col xs={24} sm={12}>
        <Form.Item label={t("surveys.builder.monthOfQuarter")} style={{ marginBottom: 8 }}>
          <Select
            value={value.monthOfQuarter}
            onChange={(monthOfQuarter) => onChange({ ...value, monthOfQuarter })}
            options={([1, 2, 3] as const).map((m) => ({
              value: m,
              label: t(`surveys.builder.quarterMonth.${m}`),
            }))}
            aria-label={t("surveys.builder.monthOfQuarter")}
            data-testid="builder-quarter-month"
          />
        </Form.Item>
      </Col>
      <Col xs={24} sm={12}>
        <Form.Item label={t("surveys.builder.dayOfMonth")} style={{ marginBottom: 8 }}>
          <InputNumber
            min={1}
            max={28}
            value={value.day}
            onChange={(day) => onChange({ ...value, day: day ?? 1 })}
            aria-label={t("surveys.builder.dayOfMonth")}
            data-testid="builder-quarter-day"
          />
        </Form.Item>
      </Col>
      <Col xs={24}>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t("surveys.builder.periodicHint")}
        </Typography.Paragraph>
      </Col>
    </Row>
  );
}

// The reminder setting belongs to the tenant (admins change it; supervisors see it).
function ReminderSetting() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const settings = useSurveySettings();
  const save = useSaveSurveySettings();
  const [days, setDays] = useState<number | null>(null);
  const shown = days ?? settings.data?.reminderDays ?? 3;
  return (
    <Space wrap>
      <Typography.Text>{t("surveys.builder.reminderDays")}</Typography.Text>
      <InputNumber
        min={0}
        max={30}
        value={shown}
        onChange={(v) => setDays(v)}
        disabled={user?.role !== "admin"}
        aria-label={t("surveys.builder.reminderDays")}
      />
      {user?.role === "admin" && (
        <Button
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { reminderDays: shown },
              { onSuccess: () => showSuccess(t("surveys.builder.saved")), onError: showError },
            )
          }
        >
          {t("common.save")}
        </Button>
      )}
      <Typography.Text type="secondary">{t("surveys.builder.reminderHint")}</Typography.Text>
    </Space>
  );
}

// Supervisors and admins make and edit surveys: questions of every kind in both languages, their
// order, when the survey goes out by itself, and a preview as each customer sees it.
export default function SurveyBuilderPage() {
  const { t } = useTranslation();
  useTitle(t("surveys.builder.title"));
  const surveys = useSurveys();
  const save = useSaveSurvey();
  const [editing, setEditing] = useState<string | "new">();
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [previewAnswers, setPreviewAnswers] = useState<Answers>({});
  const [newKind, setNewKind] = useState<SurveyQuestion["kind"]>("nps");
  const list = surveys.data ?? [];
  const current = editing ?? list[0]?.id ?? "new";

  useEffect(() => {
    if (current === "new") setDraft(EMPTY);
    else {
      const s = list.find((x) => x.id === current);
      if (s) setDraft(draftOf(s));
    }
    setPreviewAnswers({});
  }, [current, list]);

  const patch = (p: Partial<Draft>) => setDraft((d) => ({ ...d, ...p }));
  const setQuestion = (i: number, q: SurveyQuestion) =>
    patch({ questions: draft.questions.map((x, n) => (n === i ? q : x)) });
  const move = (i: number, by: -1 | 1) => {
    const qs = [...draft.questions];
    const [q] = qs.splice(i, 1);
    if (q) qs.splice(i + by, 0, q);
    patch({ questions: qs });
  };
  const addQuestion = () =>
    patch({
      questions: [
        ...draft.questions,
        {
          id: freshId(newKind, draft.questions),
          kind: newKind,
          text: "",
          ...(newKind === "single" || newKind === "multi" ? { options: [] } : {}),
        },
      ],
    });
  const submit = () =>
    save.mutate(
      {
        id: current === "new" ? undefined : current,
        body: {
          ...draft,
          questions: draft.questions.map((q) => ({
            ...q,
            options: q.kind === "single" || q.kind === "multi" ? q.options : undefined,
            scale: q.kind === "likert" ? q.scale : undefined,
          })),
        },
      },
      {
        onSuccess: (s) => {
          showSuccess(t("surveys.builder.saved"));
          setEditing(s.id);
        },
        onError: showError,
      },
    );

  const preview = useMemo(
    () =>
      (["zh-CN", "en"] as const).map((lang) => ({
        key: lang,
        label: lang === "en" ? "English" : "中文",
        children: (
          <SurveyForm
            lang={lang}
            questions={draft.questions.map((q) => ({
              ...q,
              text: (lang === "en" && q.textEn) || q.text || t("surveys.builder.untitled"),
            }))}
            value={previewAnswers}
            onChange={setPreviewAnswers}
          />
        ),
      })),
    [draft.questions, previewAnswers, t],
  );

  return (
    <Space direction="vertical" size="large" style={{ width: "100%" }}>
      <Flex justify="space-between" align="center" wrap gap={8}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("surveys.builder.title")}
        </Typography.Title>
        <Link to="/console/surveys">{t("surveys.builder.toReport")}</Link>
      </Flex>
      <Flex gap={8} wrap>
        <Select
          style={{ minWidth: 240, maxWidth: "100%" }}
          value={current}
          onChange={setEditing}
          aria-label={t("surveys.report.survey")}
          options={[
            ...list.map((s) => ({ value: s.id, label: s.name })),
            { value: "new", label: t("surveys.builder.newSurvey") },
          ]}
          data-testid="builder-pick"
        />
        <Button icon={<PlusOutlined />} onClick={() => setEditing("new")}>
          {t("surveys.builder.newSurvey")}
        </Button>
      </Flex>
      <ReminderSetting />
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Card size="small" title={t("surveys.builder.settings")}>
              <Form layout="vertical" component="div">
                <Form.Item label={t("surveys.builder.name")} required style={{ marginBottom: 8 }}>
                  <Input
                    value={draft.name}
                    maxLength={200}
                    onChange={(e) => patch({ name: e.target.value })}
                    data-testid="builder-name"
                  />
                </Form.Item>
                <Row gutter={12}>
                  <Col xs={24} sm={12}>
                    <Form.Item label={t("surveys.builder.trigger")} style={{ marginBottom: 8 }}>
                      <Select
                        value={draft.trigger ?? "none"}
                        onChange={(v: string) =>
                          patch({
                            trigger: v === "none" ? null : (v as NonNullable<Survey["trigger"]>),
                            // A quarterly survey needs its day: the first of the quarter to start with.
                            ...(v === "periodic" && !draft.periodSchedule
                              ? { periodSchedule: { monthOfQuarter: 1, day: 1 } }
                              : {}),
                            // Only a quarterly round goes to a segment.
                            ...(v !== "periodic" ? { audienceSegment: null } : {}),
                          })
                        }
                        data-testid="builder-trigger"
                        options={[
                          { value: "none", label: t("surveys.builder.triggerNone") },
                          { value: "ticket_closed", label: t("surveys.builder.triggerClosed") },
                          { value: "visit_done", label: t("surveys.builder.triggerVisit") },
                          { value: "rma_closed", label: t("surveys.builder.triggerRma") },
                          { value: "periodic", label: t("surveys.builder.triggerPeriodic") },
                          { value: "product_update", label: t("surveys.builder.triggerProductUpdate") },
                        ]}
                      />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={12}>
                    <Form.Item label={t("surveys.builder.active")} style={{ marginBottom: 8 }}>
                      <Switch checked={draft.active} onChange={(active) => patch({ active })} />
                    </Form.Item>
                  </Col>
                </Row>
                {draft.trigger === "periodic" && (
                  <>
                    <PeriodicSettings
                      value={draft.periodSchedule ?? { monthOfQuarter: 1, day: 1 }}
                      onChange={(periodSchedule) => patch({ periodSchedule })}
                    />
                    <AudienceSelect
                      value={draft.audienceSegment}
                      onChange={(audienceSegment) => patch({ audienceSegment })}
                    />
                  </>
                )}
                {draft.trigger === "product_update" && (
                  <Form.Item
                    label={t("surveys.builder.delayDays")}
                    extra={t("surveys.builder.productUpdateHint")}
                    style={{ marginBottom: 8 }}
                  >
                    <InputNumber
                      min={0}
                      max={365}
                      value={draft.delayDays}
                      onChange={(v) => patch({ delayDays: v ?? 0 })}
                      aria-label={t("surveys.builder.delayDays")}
                      data-testid="builder-delay"
                    />
                  </Form.Item>
                )}
                {draft.trigger && (
                  <Row gutter={12}>
                    {TICKET_TRIGGERS.includes(draft.trigger) && (
                      <>
                        <Col xs={24} sm={12}>
                          <Form.Item label={t("surveys.builder.channels")} style={{ marginBottom: 8 }}>
                            <Select
                              mode="multiple"
                              allowClear
                              value={draft.triggerChannels}
                              onChange={(v) => patch({ triggerChannels: v })}
                              placeholder={t("surveys.builder.all")}
                              options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
                            />
                          </Form.Item>
                        </Col>
                        <Col xs={24} sm={12}>
                          <Form.Item label={t("surveys.builder.categories")} style={{ marginBottom: 8 }}>
                            <Select
                              mode="tags"
                              open={false}
                              value={draft.triggerCategories}
                              onChange={(v: string[]) => patch({ triggerCategories: v })}
                              placeholder={t("surveys.builder.all")}
                            />
                          </Form.Item>
                        </Col>
                      </>
                    )}
                    <Col xs={12}>
                      <Form.Item label={t("surveys.builder.sample")} style={{ marginBottom: 8 }}>
                        <InputNumber
                          min={0}
                          max={100}
                          addonAfter="%"
                          value={draft.samplePercent}
                          onChange={(v) => patch({ samplePercent: v ?? 0 })}
                          aria-label={t("surveys.builder.sample")}
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={12}>
                      <Form.Item label={t("surveys.builder.cap")} style={{ marginBottom: 8 }}>
                        <InputNumber
                          min={0}
                          max={365}
                          value={draft.capDays}
                          onChange={(v) => patch({ capDays: v ?? 0 })}
                          aria-label={t("surveys.builder.cap")}
                          data-testid="builder-cap"
                        />
                      </Form.Item>
                    </Col>
                    <Col xs={24}>
                      <SegmentQuotas
                        value={draft.segmentQuotas}
                        onChange={(v) => patch({ segmentQuotas: v })}
                      />
                    </Col>
                  </Row>
                )}
              </Form>
            </Card>
            {draft.questions.map((q, i) => (
              <QuestionCard
                key={q.id}
                q={q}
                index={i}
                count={draft.questions.length}
                earlier={draft.questions.slice(0, i)}
                onChange={(next) => setQuestion(i, next)}
                onMove={(by) => move(i, by)}
                onRemove={() => patch({ questions: draft.questions.filter((_, n) => n !== i) })}
              />
            ))}
            <Flex gap={8} wrap>
              <Select
                value={newKind}
                onChange={setNewKind}
                style={{ width: 200 }}
                aria-label={t("surveys.builder.kindLabel")}
                options={SURVEY_QUESTION_KINDS.map((k) => ({
                  value: k,
                  label: t(`surveys.builder.kind.${k}`),
                }))}
                data-testid="builder-kind"
              />
              <Button icon={<PlusOutlined />} onClick={addQuestion} data-testid="builder-add">
                {t("surveys.builder.addQuestion")}
              </Button>
              <Button type="primary" loading={save.isPending} onClick={submit} data-testid="builder-save">
                {t("common.save")}
              </Button>
            </Flex>
          </Space>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" title={t("surveys.builder.preview")} data-testid="builder-preview">
            {draft.questions.length ? (
              <Tabs items={preview} size="small" />
            ) : (
              <Typography.Text type="secondary">{t("surveys.builder.noQuestions")}</Typography.Text>
            )}
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
