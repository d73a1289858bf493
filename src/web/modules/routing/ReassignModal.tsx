import { Form, Input, Modal, Select } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { type AgentLoad, useReassign } from "./api";

export type AssignTarget = { number: string; ownerId: string | null };

// Reassigning by menu (keyboard and screen-reader friendly, beside the drag): pick the person,
// and give a reason when the ticket already has an owner (first-contact responsibility: the
// server refuses without one).
export function ReassignModal({
  target,
  people,
  onClose,
}: {
  target: AssignTarget | null;
  people: readonly AgentLoad[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ assigneeId: string; reason?: string }>();
  const [busy, setBusy] = useState(false);
  const reassign = useReassign();
  const owned = target?.ownerId != null;

  const submit = async () => {
    if (!target) return;
    const { assigneeId, reason } = await form.validateFields();
    const to = people.find((p) => p.userId === assigneeId);
    setBusy(true);
    try {
      await reassign.mutateAsync({ ref: target.number, assigneeId, reason: (reason ?? "").trim() });
      const done = owned ? "routing.board.reassigned" : "routing.board.assigned";
      showSuccess(t(done, { number: target.number, name: to?.name ?? "" }));
      onClose();
    } catch (err) {
      // The failed write has told the user why already (the mutation cache); here the fields.
      applyFieldErrors(form, err);
    } finally {
      setBusy(false);
    }
  };

  const options = people
    .filter((p) => p.userId !== target?.ownerId)
    .map((p) => ({
      value: p.userId,
      label: t("routing.board.personOption", {
        name: p.name,
        status: t(`routing.presence.${p.status}`),
        work: p.open + p.visitsToday,
        capacity: p.capacity,
      }),
    }));

  return (
    <Modal
      open={target !== null}
      title={
        target
          ? t(owned ? "routing.board.reassignMenuTitle" : "routing.board.assignTitle", {
              number: target.number,
            })
          : ""
      }
      okText={t("common.ok")}
      cancelText={t("common.cancel")}
      confirmLoading={busy}
      okButtonProps={{ "data-testid": "reassign-ok" }}
      onOk={() => void submit().catch(() => {})}
      onCancel={onClose}
      afterClose={() => form.resetFields()}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" onFinish={() => void submit()}>
        <Form.Item
          name="assigneeId"
          label={t("routing.board.person")}
          rules={[{ required: true, message: t("validation.required") }]}
        >
          <Select
            data-testid="reassign-person"
            autoFocus
            showSearch={{ optionFilterProp: "label" }}
            options={options}
          />
        </Form.Item>
        <Form.Item
          name="reason"
          label={owned ? t("ticket.reasonLabel") : t("ticket.reasonOptional")}
          rules={owned ? [{ required: true, whitespace: true, message: t("validation.required") }] : []}
        >
          <Input.TextArea
            data-testid="reassign-reason"
            rows={3}
            maxLength={500}
            placeholder={t("routing.board.reasonPlaceholder")}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
