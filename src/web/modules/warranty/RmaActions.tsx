import { Button, Card, Flex, Form, Input, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { type Rma, type RmaTransitionInput, useRmaTransition } from "./api";

type ShipValues = { carrier?: string; trackingNo: string; replacementSerial?: string };

// What the desk can do next with an RMA: receive it, ship it (with the replacement's serial for a
// passed exchange), refund a passed return, close it. Nothing past receipt before QA has signed.
export function RmaActions({ rma }: { rma: Rma }) {
  const { t } = useTranslation();
  const move = useRmaTransition(rma.id);
  const [ship] = Form.useForm<ShipValues>();
  const [refund] = Form.useForm<{ amount: string }>();
  const run = async (v: RmaTransitionInput, form?: Parameters<typeof applyFieldErrors>[0]) => {
    try {
      await move.mutateAsync(v);
      showSuccess(t("sanbao.rma.done"));
    } catch (err) {
      if (form) applyFieldErrors(form, err);
      else applyFieldErrors(ship, err);
    }
  };
  const passed = rma.inspection?.result === "pass";
  const signed = rma.inspection !== null;
  const canShip =
    signed &&
    (rma.status === "qa_passed" || rma.status === "qa_failed") &&
    !(rma.kind === "return" && passed);
  const canRefund = rma.kind === "return" && rma.status === "qa_passed";
  const canClose = ["shipped", "refunded", "qa_failed"].includes(rma.status);
  if (rma.status === "closed") return null;
  return (
    <Card size="small" data-testid="rma-actions">
      <Flex vertical gap={12}>
        {rma.status === "authorised" ? (
          <Button
            type="primary"
            onClick={() => void run({ action: "receive" })}
            loading={move.isPending}
            data-testid="rma-receive"
          >
            {t("sanbao.action.receive")}
          </Button>
        ) : null}
        {rma.status === "received" ? (
          <Typography.Text type="secondary">{t("sanbao.rma.qaWaiting")}</Typography.Text>
        ) : null}
        {canShip ? (
          <Form
            form={ship}
            layout="vertical"
            onFinish={(v) =>
              void run(
                {
                  action: "ship",
                  trackingNo: v.trackingNo.trim(),
                  ...(v.carrier?.trim() ? { carrier: v.carrier.trim() } : {}),
                  ...(v.replacementSerial?.trim() ? { replacementSerial: v.replacementSerial.trim() } : {}),
                },
                ship,
              )
            }
          >
            <Form.Item name="carrier" label={t("sanbao.rma.carrier")}>
              <Input maxLength={50} data-testid="rma-carrier" />
            </Form.Item>
            <Form.Item
              name="trackingNo"
              label={t("sanbao.rma.tracking")}
              rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
            >
              <Input maxLength={64} data-testid="rma-tracking-input" />
            </Form.Item>
            {rma.kind === "exchange" && passed ? (
              <Form.Item
                name="replacementSerial"
                label={t("sanbao.rma.replacementSerial")}
                rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
              >
                <Input maxLength={64} data-testid="rma-replacement-serial" />
              </Form.Item>
            ) : null}
            <Button type="primary" htmlType="submit" loading={move.isPending} data-testid="rma-ship">
              {t("sanbao.action.ship")}
            </Button>
          </Form>
        ) : null}
        {canRefund ? (
          <Form
            form={refund}
            layout="vertical"
            initialValues={{ amount: rma.suggestedRefund ?? undefined }}
            onFinish={(v) => void run({ action: "refund", amount: v.amount.trim() }, refund)}
          >
            <Form.Item
              name="amount"
              label={t("sanbao.rma.amount")}
              extra={
                rma.suggestedRefund ? t("sanbao.rma.suggested", { amount: rma.suggestedRefund }) : undefined
              }
              rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
            >
              <Input maxLength={14} inputMode="decimal" data-testid="rma-amount" />
            </Form.Item>
            <Button type="primary" htmlType="submit" loading={move.isPending} data-testid="rma-refund">
              {t("sanbao.action.refund")}
            </Button>
          </Form>
        ) : null}
        {canClose ? (
          <Button
            onClick={() => void run({ action: "close" })}
            loading={move.isPending}
            data-testid="rma-close"
          >
            {t("sanbao.action.close")}
          </Button>
        ) : null}
      </Flex>
    </Card>
  );
}
