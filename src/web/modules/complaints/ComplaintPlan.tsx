import {
  Alert,
  Button,
  Checkbox,
  Descriptions,
  Flex,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { COMPENSATION_KINDS, type CompensationKind } from "../../../shared/complaints";
import { errorText, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import type { Role } from "../../app/types";
import { FormModal } from "../../ui/patterns";
import { ReasonModal } from "../../ui/ReasonModal";
import { type Complaint, useApprovePlan, useRecordExecution, useRejectPlan, useSubmitPlan } from "./api";

type PlanValues = {
  rootCause: string;
  compensationKind: CompensationKind;
  compensationAmount: number;
  correctiveAction: string;
  improvementRef?: string;
  accountableWho?: string;
  accountableWhat?: string;
};

function PlanModal({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t } = useTranslation();
  const submit = useSubmitPlan();
  const p = complaint.plan;
  const required = { required: true, message: t("validation.required") };
  const text = (v: string | undefined) => (v?.trim() ? v.trim() : undefined);
  return (
    <FormModal<PlanValues>
      title={t("complaints.plan.title")}
      as="drawer"
      okText={t("common.submit")}
      initialValues={{
        rootCause: p.rootCause ?? undefined,
        compensationKind: p.compensationKind ?? undefined,
        compensationAmount: p.compensationAmount === null ? undefined : Number(p.compensationAmount),
        correctiveAction: p.correctiveAction ?? undefined,
        improvementRef: p.improvementRef ?? undefined,
        accountableWho: p.accountableWho ?? undefined,
        accountableWhat: p.accountableWhat ?? undefined,
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await submit.mutateAsync({
          id: complaint.id,
          body: {
            rootCause: v.rootCause.trim(),
            compensationKind: v.compensationKind,
            compensationAmount: v.compensationAmount.toFixed(2),
            correctiveAction: v.correctiveAction.trim(),
            improvementRef: text(v.improvementRef),
            accountableWho: text(v.accountableWho),
            accountableWhat: text(v.accountableWhat),
          },
        });
        showSuccess(t("complaints.plan.submitted"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="rootCause"
            label={t("complaints.plan.rootCause")}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="plan-root-cause" />
          </Form.Item>
          <Flex gap={8} wrap>
            <Form.Item
              name="compensationKind"
              label={t("complaints.plan.compensationKind")}
              rules={[required]}
              style={{ flex: 1, minWidth: 160 }}
            >
              <Select
                data-testid="plan-compensation-kind"
                options={COMPENSATION_KINDS.map((k) => ({
                  value: k,
                  label: t(`complaints.compensation.${k}`),
                }))}
              />
            </Form.Item>
            <Form.Item
              name="compensationAmount"
              label={t("complaints.plan.compensationAmount")}
              rules={[required]}
              style={{ flex: 1, minWidth: 160 }}
            >
              <InputNumber
                min={0}
                max={9_999_999_999}
                precision={2}
                style={{ width: "100%" }}
                data-testid="plan-amount"
              />
            </Form.Item>
          </Flex>
          <Form.Item
            name="correctiveAction"
            label={t("complaints.plan.correctiveAction")}
            rules={[{ ...required, whitespace: true }]}
          >
            <Input.TextArea rows={3} maxLength={4000} data-testid="plan-corrective" />
          </Form.Item>
          <Form.Item name="improvementRef" label={t("complaints.plan.improvementRef")}>
            <Input maxLength={500} />
          </Form.Item>
          <Form.Item name="accountableWho" label={t("complaints.plan.accountableWho")}>
            <Input maxLength={200} />
          </Form.Item>
          <Form.Item name="accountableWhat" label={t("complaints.plan.accountableWhat")}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

function ExecutionModal({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t } = useTranslation();
  const execute = useRecordExecution();
  const tick = {
    validator: (_: unknown, v: boolean) =>
      v ? Promise.resolve() : Promise.reject(t("complaints.plan.mustTick")),
  };
  return (
    <FormModal<{ compensationExecuted: boolean; correctiveDone: boolean; note?: string }>
      title={t("complaints.plan.execute")}
      onClose={onClose}
      onSubmit={async (v) => {
        await execute.mutateAsync({
          id: complaint.id,
          body: {
            compensationExecuted: true,
            correctiveDone: true,
            ...(v.note?.trim() ? { note: v.note.trim() } : {}),
          },
        });
        showSuccess(t("complaints.plan.executed"));
      }}
    >
      {() => (
        <>
          <Typography.Paragraph type="secondary">{t("complaints.plan.executeHelp")}</Typography.Paragraph>
          <Form.Item name="compensationExecuted" valuePropName="checked" rules={[tick]}>
            <Checkbox data-testid="exec-compensation">{t("complaints.plan.compensationExecuted")}</Checkbox>
          </Form.Item>
          <Form.Item name="correctiveDone" valuePropName="checked" rules={[tick]}>
            <Checkbox data-testid="exec-corrective">{t("complaints.plan.correctiveDone")}</Checkbox>
          </Form.Item>
          <Form.Item name="note" label={t("complaints.plan.executionNote")}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
        </>
      )}
    </FormModal>
  );
}

const APPROVERS: readonly Role[] = ["supervisor", "admin"];

// The resolution plan with the step that is due: write/revise it, approve or send it back, record
// the execution. Approval limits are the server's: a refusal (over the limit, one's own plan) is
// shown here in the user's language.
export function ComplaintPlan({
  complaint,
  role,
  canEdit,
}: {
  complaint: Complaint;
  role: Role;
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const approve = useApprovePlan();
  const reject = useRejectPlan();
  const [editing, setEditing] = useState(false);
  const [executing, setExecuting] = useState(false);
  const [rejecting, setRejecting] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const p = complaint.plan;
  const s = complaint.status;
  const hasPlan = !!p.rootCause;
  const mayDecide = APPROVERS.includes(role) && s === "pending_approval";
  const money = (v: string | null) => (v === null ? "" : `¥${v}`);

  return (
    <div data-testid="complaint-plan">
      <Typography.Text strong>{t("complaints.plan.title")}</Typography.Text>
      {complaint.reopenReason && s === "open" ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginTop: 8 }}
          title={t("complaints.plan.reopened", { reason: complaint.reopenReason })}
        />
      ) : null}
      {complaint.rejectionReason && s === "open" ? (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={t("complaints.plan.rejected", { reason: complaint.rejectionReason })}
        />
      ) : null}
      {hasPlan ? (
        <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t("complaints.plan.rootCause")}>{p.rootCause}</Descriptions.Item>
          <Descriptions.Item label={t("complaints.plan.compensationKind")}>
            <span data-testid="plan-compensation">
              {p.compensationKind ? t(`complaints.compensation.${p.compensationKind}`) : ""}{" "}
              {money(p.compensationAmount)}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t("complaints.plan.correctiveAction")}>
            {p.correctiveAction}
          </Descriptions.Item>
          {p.improvementRef ? (
            <Descriptions.Item label={t("complaints.plan.improvementRef")}>
              {p.improvementRef}
            </Descriptions.Item>
          ) : null}
          {p.accountableWho || p.accountableWhat ? (
            <Descriptions.Item label={t("complaints.plan.accountableWho")}>
              {[p.accountableWho, p.accountableWhat].filter(Boolean).join("：")}
            </Descriptions.Item>
          ) : null}
          <Descriptions.Item label={t("complaints.field.status")}>
            <Typography.Text type="secondary">
              {p.byName ? t("complaints.plan.by", { name: p.byName }) : ""} {fmt.dateTime(p.at)}
              {complaint.approvedByName
                ? ` · ${t("complaints.plan.approvedBy", { name: complaint.approvedByName })}`
                : ""}
            </Typography.Text>
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <div>
          <Typography.Text type="secondary">{t("complaints.plan.none")}</Typography.Text>
        </div>
      )}
      {refusal ? (
        <Alert
          type="error"
          showIcon
          closable
          onClose={() => setRefusal(null)}
          title={refusal}
          data-testid="approval-refusal"
          style={{ marginTop: 8 }}
        />
      ) : null}
      <Flex gap={8} wrap style={{ marginTop: 8 }}>
        {canEdit && (s === "open" || s === "pending_approval") ? (
          <Button
            onClick={() => setEditing(true)}
            type={s === "open" ? "primary" : "default"}
            data-testid="plan-write"
          >
            {hasPlan ? t("complaints.plan.rewrite") : t("complaints.plan.write")}
          </Button>
        ) : null}
        {mayDecide ? (
          <>
            <Button
              type="primary"
              loading={approve.isPending}
              data-testid="plan-approve"
              onClick={() => {
                setRefusal(null);
                approve.mutate(
                  { id: complaint.id, body: {} },
                  {
                    onSuccess: () => showSuccess(t("complaints.plan.approved")),
                    onError: (err) => setRefusal(errorText(err)),
                  },
                );
              }}
            >
              {t("complaints.plan.approve")}
            </Button>
            <Button danger onClick={() => setRejecting(true)} data-testid="plan-reject">
              {t("complaints.plan.reject")}
            </Button>
          </>
        ) : null}
        {canEdit && s === "approved" ? (
          <Button type="primary" onClick={() => setExecuting(true)} data-testid="plan-execute">
            {t("complaints.plan.execute")}
          </Button>
        ) : null}
      </Flex>
      {editing ? <PlanModal complaint={complaint} onClose={() => setEditing(false)} /> : null}
      {executing ? <ExecutionModal complaint={complaint} onClose={() => setExecuting(false)} /> : null}
      <ReasonModal
        open={rejecting}
        title={t("complaints.plan.reject")}
        required
        placeholder={t("complaints.plan.rejectReason")}
        onClose={() => setRejecting(false)}
        onSubmit={async (reason) => {
          await reject.mutateAsync({ id: complaint.id, body: { reason } });
          showSuccess(t("complaints.plan.rejectedDone"));
        }}
      />
    </div>
  );
}
