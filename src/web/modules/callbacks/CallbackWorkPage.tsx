import {
  Alert,
  Button,
  Card,
  Col,
  Descriptions,
  Form,
  Grid,
  Input,
  Radio,
  Rate,
  Row,
  Segmented,
  Space,
  Tag,
  Timeline,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { type CallbackDetail, useCallback, useRecordAttempt, useRecordResult } from "./api";

const OUTCOMES = ["no_answer", "busy", "wrong_number"] as const;
type ResultForm = {
  result: "fixed" | "not_fixed" | "complaint";
  score?: number;
  reason?: string;
  complaint?: string;
  note?: string;
};

function Script({ cb }: { cb: CallbackDetail }) {
  const { t, i18n } = useTranslation();
  const [lang, setLang] = useState<"zh" | "en">(i18n.language === "en" ? "en" : "zh");
  return (
    <Card
      size="small"
      title={t("callbacks.work.script")}
      extra={
        <Segmented
          size="small"
          value={lang}
          onChange={(v) => setLang(v as "zh" | "en")}
          options={[
            { value: "zh", label: "中文" },
            { value: "en", label: "EN" },
          ]}
        />
      }
    >
      {cb.script ? (
        <Typography.Paragraph style={{ fontSize: 16, marginBottom: 0 }} data-testid="callback-script">
          {cb.script[lang]}
        </Typography.Paragraph>
      ) : (
        <Typography.Text type="secondary">{t("callbacks.work.noScript")}</Typography.Text>
      )}
    </Card>
  );
}

function Attempts({ cb }: { cb: CallbackDetail }) {
  const { t } = useTranslation();
  const attempt = useRecordAttempt(cb.id);
  return (
    <Card size="small" title={t("callbacks.work.attempt")}>
      <Typography.Paragraph type="secondary">
        {t("callbacks.work.attemptHint", { n: cb.attempts + 1, max: cb.maxAttempts })}
      </Typography.Paragraph>
      <Space wrap>
        {OUTCOMES.map((o) => (
          <Button
            key={o}
            loading={attempt.isPending && attempt.variables?.outcome === o}
            onClick={() =>
              attempt.mutate(
                { outcome: o },
                {
                  onSuccess: (next) =>
                    showSuccess(
                      next.status === "open"
                        ? t("callbacks.work.recorded", { due: dayjs(next.dueAt).format("MM-DD HH:mm") })
                        : t("callbacks.work.unreachable"),
                    ),
                  onError: showError,
                },
              )
            }
          >
            {t(`callbacks.outcome.${o}`)}
          </Button>
        ))}
      </Space>
    </Card>
  );
}

function Result({ cb }: { cb: CallbackDetail }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ResultForm>();
  const save = useRecordResult(cb.id);
  const result = Form.useWatch("result", form);
  return (
    <Card size="small" title={t("callbacks.work.reached")}>
      <Form<ResultForm>
        form={form}
        layout="vertical"
        initialValues={{ result: "fixed" }}
        onFinish={(v) =>
          save.mutate(
            {
              result: v.result,
              score: v.score || undefined,
              reason: v.result === "not_fixed" ? v.reason : undefined,
              complaint: v.result === "complaint" ? v.complaint : undefined,
              note: v.note || undefined,
            },
            { onSuccess: () => showSuccess(t("callbacks.work.saved")), onError: showError },
          )
        }
      >
        <Form.Item name="result" label={t("callbacks.work.resultLabel")}>
          <Radio.Group
            optionType="button"
            options={(["fixed", "not_fixed", "complaint"] as const).map((r) => ({
              value: r,
              label: t(`callbacks.result.${r}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="score"
          label={t("callbacks.work.score")}
          rules={[{ required: result === "fixed", message: t("callbacks.work.score") }]}
        >
          <Rate aria-label={t("callbacks.work.score")} />
        </Form.Item>
        {result === "not_fixed" && (
          <Form.Item
            name="reason"
            label={t("callbacks.work.reason")}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        )}
        {result === "complaint" && (
          <Form.Item
            name="complaint"
            label={t("callbacks.work.complaint")}
            rules={[{ required: true, whitespace: true }]}
          >
            <Input.TextArea rows={3} maxLength={20000} />
          </Form.Item>
        )}
        <Form.Item name="note" label={t("callbacks.work.note")}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={save.isPending}>
          {t("callbacks.work.save")}
        </Button>
      </Form>
    </Card>
  );
}

function History({ cb }: { cb: CallbackDetail }) {
  const { t } = useTranslation();
  return (
    <Card size="small" title={t("callbacks.work.history")}>
      {cb.history.length === 0 ? (
        <Typography.Text type="secondary">{t("callbacks.work.noHistory")}</Typography.Text>
      ) : (
        <Timeline
          data-testid="callback-history"
          items={cb.history.map((a) => ({
            key: a.id,
            children: (
              <Space direction="vertical" size={0}>
                <span>
                  {dayjs(a.at).format("MM-DD HH:mm")} · {t(`callbacks.outcome.${a.outcome}`)}
                  {a.byName ? ` · ${a.byName}` : ""}
                </span>
                {a.nextDueAt && (
                  <Typography.Text type="secondary">
                    {t("callbacks.work.nextDue", { due: dayjs(a.nextDueAt).format("MM-DD HH:mm") })}
                  </Typography.Text>
                )}
                {a.note && <Typography.Text type="secondary">{a.note}</Typography.Text>}
              </Space>
            ),
          }))}
        />
      )}
    </Card>
  );
}

// The caller's screen: who to call and what to say, the unanswered-call buttons, the result form.
export default function CallbackWorkPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const query = useCallback(id);
  const cb = query.data;
  // On a phone the call buttons come right after the script; the attempts list goes last.
  const phone = !Grid.useBreakpoint().lg;
  useTitle(cb ? t("callbacks.work.title", { number: cb.ticketNumber }) : t("callbacks.nav"));
  const finished = cb ? cb.status !== "open" && !(cb.status === "unreachable" && cb.result === null) : false;
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }}>
      <Link to="/console/callbacks">← {t("callbacks.work.back")}</Link>
      <ListState query={query} empty={false} emptyText="">
        {cb && (
          <Space direction="vertical" size="middle" style={{ width: "100%" }}>
            <Space wrap align="center">
              <Typography.Title level={3} style={{ margin: 0 }}>
                {t("callbacks.work.title", { number: cb.ticketNumber })}
              </Typography.Title>
              <Tag
                color={cb.status === "open" ? "blue" : cb.status === "done" ? "green" : "default"}
                data-testid="callback-status"
              >
                {t(`callbacks.status.${cb.status}`)}
              </Tag>
            </Space>
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={13}>
                <Space direction="vertical" size="middle" style={{ width: "100%" }}>
                  <Card size="small">
                    <Descriptions
                      column={1}
                      size="small"
                      items={[
                        {
                          key: "ticket",
                          label: t("callbacks.work.ticket"),
                          children: (
                            <Link to={`/console/tickets/${cb.ticketNumber}`}>
                              {cb.ticketNumber} · {cb.ticketSubject}
                            </Link>
                          ),
                        },
                        {
                          key: "status",
                          label: t("callbacks.work.ticketStatus"),
                          children: (
                            <span data-testid="callback-ticket-status">
                              {t(`status.${cb.ticketStatus}` as "status.new")}
                            </span>
                          ),
                        },
                        {
                          key: "customer",
                          label: t("callbacks.queue.customer"),
                          children: cb.customerName ?? t("common.dash"),
                        },
                        {
                          key: "phone",
                          label: t("callbacks.queue.phone"),
                          children: cb.customerPhone ? (
                            <a href={`tel:${cb.customerPhone}`}>{cb.customerPhone}</a>
                          ) : (
                            t("common.dash")
                          ),
                        },
                        {
                          key: "due",
                          label: t("callbacks.queue.due"),
                          children: dayjs(cb.dueAt).format("YYYY-MM-DD HH:mm"),
                        },
                        {
                          key: "attempts",
                          label: t("callbacks.queue.attempts"),
                          children: `${cb.attempts}/${cb.maxAttempts}`,
                        },
                      ]}
                    />
                  </Card>
                  <Script cb={cb} />
                  {!phone && <History cb={cb} />}
                </Space>
              </Col>
              <Col xs={24} lg={11}>
                {finished ? (
                  <Alert
                    type="success"
                    showIcon
                    message={t("callbacks.work.finished")}
                    description={
                      <Space direction="vertical" size={0}>
                        {cb.result && (
                          <span>
                            {t(`callbacks.result.${cb.result}`)}
                            {cb.score ? ` · ${cb.score}/5` : ""}
                          </span>
                        )}
                        {cb.reason && <Typography.Text type="secondary">{cb.reason}</Typography.Text>}
                        {cb.complaintTicketNumber && (
                          <Link to={`/console/tickets/${cb.complaintTicketNumber}`}>
                            {t("callbacks.work.complaintTicket", { number: cb.complaintTicketNumber })}
                          </Link>
                        )}
                      </Space>
                    }
                  />
                ) : (
                  <Space direction="vertical" size="middle" style={{ width: "100%" }}>
                    {cb.status === "open" && <Attempts cb={cb} />}
                    {cb.status === "unreachable" && (
                      <Alert type="warning" showIcon message={t("callbacks.work.unreachable")} />
                    )}
                    <Result cb={cb} />
                  </Space>
                )}
              </Col>
              {phone && (
                <Col xs={24}>
                  <History cb={cb} />
                </Col>
              )}
            </Row>
          </Space>
        )}
      </ListState>
    </Space>
  );
}
