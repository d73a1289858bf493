import { Alert, Form, Input, Modal, Radio, Space, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { TicketListItem } from "../../app/types";
import { StatusTag } from "../../ui/StatusTag";

export type MergePlan = { into: string; reason?: string };

// Merging ticked tickets: the agent picks the one that stays (the oldest by default); the others
// are closed into it. Tickets of different customers cannot be merged, so the dialog says so
// before anything is sent (the server refuses them too).
export function MergeTicketsModal({
  rows,
  open,
  onSubmit,
  onClose,
}: {
  rows: TicketListItem[];
  open: boolean;
  onSubmit: (plan: MergePlan) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<MergePlan>();
  const oldest = [...rows].sort((a, b) => a.createdAt.localeCompare(b.createdAt))[0];
  const customers = new Set(rows.map((r) => r.customerId));
  const mixed = customers.size > 1;
  return (
    <Modal
      open={open}
      title={t("desk.bulk.mergeTitle", { count: rows.length })}
      okText={t("desk.bulk.merge")}
      okButtonProps={{ disabled: mixed, "data-testid": "bulk-merge-apply" }}
      destroyOnHidden
      onCancel={onClose}
      onOk={async () => {
        const v = await form.validateFields();
        onSubmit({ into: v.into, ...(v.reason?.trim() ? { reason: v.reason.trim() } : {}) });
        onClose();
      }}
    >
      {mixed ? (
        <Alert type="error" showIcon message={t("desk.bulk.mergeMixed")} style={{ marginBottom: 12 }} />
      ) : (
        <Typography.Paragraph type="secondary">{t("desk.bulk.mergeHelp")}</Typography.Paragraph>
      )}
      <Form form={form} layout="vertical" preserve={false} initialValues={{ into: oldest?.number }}>
        <Form.Item name="into" label={t("desk.bulk.survivor")}>
          <Radio.Group data-testid="bulk-merge-survivor">
            <Space direction="vertical">
              {rows.map((r) => (
                <Radio key={r.id} value={r.number} data-number={r.number}>
                  <Typography.Text style={{ fontFamily: "monospace" }}>{r.number}</Typography.Text>{" "}
                  {r.subject} <StatusTag status={r.status} />{" "}
                  <Typography.Text type="secondary">{r.customerName}</Typography.Text>
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="reason" label={t("desk.bulk.mergeReason")}>
          <Input.TextArea rows={2} maxLength={500} data-testid="bulk-merge-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
