import { Button, Card, Form, Input, List, Radio, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { TimeText } from "../../app/format";
import { type Rma, useRmaTransition } from "./api";

type Values = { outcome: "reached" | "no_answer"; notes?: string };

// The follow-up calls (回访) of an RMA: before the unit ships back, and after it arrived (or the
// money went back). Each call is a step with its outcome; the notes stay with staff.
export function FollowUpCall({ rma }: { rma: Rma }) {
  const { t } = useTranslation();
  const move = useRmaTransition(rma.id);
  const [form] = Form.useForm<Values>();
  const stage = ["shipped", "refunded"].includes(rma.status)
    ? "after_shipment"
    : ["qa_passed", "qa_failed"].includes(rma.status)
      ? "before_shipment"
      : null;
  const calls = rma.steps.filter((s) => s.action === "follow_up");
  if (!stage && calls.length === 0) return null;
  const submit = async (v: Values) => {
    if (!stage) return;
    try {
      await move.mutateAsync({
        action: "follow_up",
        stage,
        outcome: v.outcome,
        ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
      });
      form.resetFields();
      showSuccess(t("sanbao.rma.done"));
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };
  return (
    <Card size="small" title={t("sanbao.followUp.title")} data-testid="rma-follow-up">
      {calls.length > 0 ? (
        <List
          size="small"
          header={<Typography.Text type="secondary">{t("sanbao.followUp.calls")}</Typography.Text>}
          dataSource={calls}
          renderItem={(c) => (
            <List.Item data-testid="rma-follow-up-call">
              <Typography.Text>
                {t(`sanbao.followUp.${String(c.data.stage)}` as "sanbao.followUp.after_shipment")} ·{" "}
                {t(`sanbao.followUp.${String(c.data.outcome)}` as "sanbao.followUp.reached")}
                {c.actorName ? ` · ${c.actorName}` : ""} · <TimeText iso={c.at} mode="absolute" />
              </Typography.Text>
            </List.Item>
          )}
        />
      ) : null}
      {stage ? (
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) => void submit(v)}
          initialValues={{ outcome: "reached" }}
        >
          <Typography.Paragraph type="secondary">{t(`sanbao.followUp.${stage}`)}</Typography.Paragraph>
          <Form.Item name="outcome" label={t("sanbao.followUp.outcome")}>
            <Radio.Group
              options={[
                { value: "reached", label: t("sanbao.followUp.reached") },
                { value: "no_answer", label: t("sanbao.followUp.no_answer") },
              ]}
            />
          </Form.Item>
          <Form.Item name="notes" label={t("sanbao.followUp.notes")}>
            <Input.TextArea maxLength={2000} autoSize={{ minRows: 2, maxRows: 5 }} />
          </Form.Item>
          <Button htmlType="submit" loading={move.isPending} data-testid="rma-follow-up-save">
            {t("sanbao.action.follow_up")}
          </Button>
        </Form>
      ) : null}
    </Card>
  );
}
