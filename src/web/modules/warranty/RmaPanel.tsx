import { Alert, Button, Card, Flex, Form, Input, Modal, Radio, Skeleton, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { RMA_KINDS, type RmaKind } from "../../../shared/rma";
import type { Entitlement } from "../../../shared/warranty";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import type { Role } from "../../app/types";
import { ErrorState } from "../../ui/ListState";
import { useEntitlement, useOpenRma, useTicketRmas } from "./api";
import { RmaSteps } from "./RmaSteps";

// Which remedies let an RMA kind go ahead (the server decides the same way).
const GRANTED_BY: Record<RmaKind, readonly string[]> = {
  repair: ["repair", "assembly_replacement"],
  exchange: ["exchange"],
  return: ["return", "no_reason_return"],
};
const grants = (e: Entitlement | undefined, kind: RmaKind) =>
  !!e && e.exclusion === null && e.remedies.some((r) => GRANTED_BY[kind].includes(r.remedy));

const OVERRIDERS: readonly Role[] = ["supervisor", "admin"];

function OpenRmaModal({
  open,
  onClose,
  ticketRef,
  entitlement,
  role,
}: {
  open: boolean;
  onClose: () => void;
  ticketRef: string;
  entitlement: Entitlement | undefined;
  role: Role;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ kind: RmaKind; reason?: string }>();
  const kind = Form.useWatch("kind", form) as RmaKind | undefined;
  const openRma = useOpenRma(ticketRef);
  const entitled = kind ? grants(entitlement, kind) : true;
  const mayOverride = OVERRIDERS.includes(role);
  const submit = async () => {
    const v = await form.validateFields();
    try {
      const rma = await openRma.mutateAsync({
        kind: v.kind,
        ...(!entitled && v.reason ? { override: { reason: v.reason.trim() } } : {}),
      });
      showSuccess(t("sanbao.rma.opened", { number: rma.number }));
      onClose();
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };
  return (
    <Modal
      open={open}
      title={t("sanbao.rma.open")}
      okText={t("sanbao.rma.open")}
      cancelText={t("common.cancel")}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      confirmLoading={openRma.isPending}
      okButtonProps={{ disabled: !kind || (!entitled && !mayOverride), "data-testid": "rma-open-ok" }}
      afterClose={() => form.resetFields()}
      forceRender
    >
      <Form form={form} layout="vertical">
        <Form.Item
          name="kind"
          label={t("sanbao.rma.kindLabel")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Radio.Group>
            <Flex vertical gap={6}>
              {RMA_KINDS.map((k) => (
                <Radio key={k} value={k} data-testid={`rma-kind-${k}`}>
                  {t(`sanbao.kind.${k}`)}{" "}
                  {grants(entitlement, k) ? (
                    <Tag color="green">{t("sanbao.rma.entitled")}</Tag>
                  ) : (
                    <Tag>{t("sanbao.rma.notEntitled")}</Tag>
                  )}
                </Radio>
              ))}
            </Flex>
          </Radio.Group>
        </Form.Item>
        {kind && !entitled ? (
          mayOverride ? (
            <>
              <Alert
                type="warning"
                showIcon
                title={t("sanbao.rma.overrideTitle")}
                description={t("sanbao.rma.overrideHelp")}
                style={{ marginBottom: 12 }}
              />
              <Form.Item
                name="reason"
                label={t("sanbao.rma.overrideReason")}
                rules={[{ required: true, whitespace: true, message: t("sanbao.rma.overrideRequired") }]}
              >
                <Input.TextArea rows={3} maxLength={1000} data-testid="rma-override-reason" />
              </Form.Item>
            </>
          ) : (
            <Alert type="info" showIcon title={t("sanbao.rma.overrideNeeded")} />
          )
        ) : null}
      </Form>
    </Modal>
  );
}

// The ticket page's RMA card: the request's orders with their steps, and "open RMA".
export function RmaPanel({
  ticketRef,
  unitSerial,
  openedAt,
  role,
  basePath,
}: {
  ticketRef: string;
  unitSerial: string | null | undefined;
  openedAt: string;
  role: Role;
  basePath: string;
}) {
  const { t } = useTranslation();
  const [opening, setOpening] = useState(false);
  const rmas = useTicketRmas(ticketRef);
  const entitlement = useEntitlement(unitSerial, dayjs(openedAt).format("YYYY-MM-DD"));
  const canOpen = !!unitSerial && ["agent", "supervisor", "admin"].includes(role);
  return (
    <Card
      size="small"
      title={t("sanbao.rma.panel")}
      data-testid="rma-panel"
      extra={
        canOpen ? (
          <Button size="small" type="primary" onClick={() => setOpening(true)} data-testid="rma-open">
            {t("sanbao.rma.open")}
          </Button>
        ) : null
      }
    >
      {rmas.isPending ? (
        <Skeleton active paragraph={{ rows: 2 }} />
      ) : rmas.isError ? (
        <ErrorState error={rmas.error} onRetry={() => void rmas.refetch()} />
      ) : rmas.data.items.length === 0 ? (
        <Typography.Text type="secondary">{t("sanbao.rma.none")}</Typography.Text>
      ) : (
        <Flex vertical gap={12}>
          {rmas.data.items.map((r) => (
            <div key={r.id} data-testid="rma-item">
              <Flex justify="space-between" align="center" wrap gap={6}>
                <Link to={`${basePath}${r.id}`}>
                  <Typography.Text strong>{r.number}</Typography.Text>
                </Link>
                <span>
                  <Tag>{t(`sanbao.kind.${r.kind}`)}</Tag>
                  <Tag color="blue" data-testid="rma-status">
                    {t(`sanbao.status.${r.status}`)}
                  </Tag>
                </span>
              </Flex>
              {r.override ? (
                <Typography.Text type="warning" style={{ fontSize: 12 }}>
                  {t("sanbao.rma.override", { reason: r.override.reason })}
                </Typography.Text>
              ) : null}
              <div style={{ marginTop: 8 }}>
                <RmaSteps rma={r} vertical />
              </div>
            </div>
          ))}
        </Flex>
      )}
      <OpenRmaModal
        open={opening}
        onClose={() => setOpening(false)}
        ticketRef={ticketRef}
        entitlement={entitlement.data}
        role={role}
      />
    </Card>
  );
}
