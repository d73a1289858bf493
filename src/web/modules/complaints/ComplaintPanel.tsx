import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Divider,
  Flex,
  Form,
  InputNumber,
  Select,
  Skeleton,
  Tag,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { COMPLAINT_NATURES, type ComplaintNature } from "../../../shared/complaints";
import { ApiError } from "../../app/api";
import { showSuccess } from "../../app/feedback";
import type { Role } from "../../app/types";
import { ErrorState } from "../../ui/ListState";
import { FormModal } from "../../ui/patterns";
import { type Complaint, useTicketComplaint, useUpdateRecord } from "./api";
import { ComplaintParticipants } from "./ComplaintParticipants";
import { ComplaintPlan } from "./ComplaintPlan";
import { ComplaintStatusTag, SeverityTag } from "./ComplaintTags";

const DESK: readonly Role[] = ["agent", "supervisor", "admin"];

function RecordModal({ complaint, onClose }: { complaint: Complaint; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateRecord();
  return (
    <FormModal<{ nature: ComplaintNature; amountInvolved?: number | null; markMajor?: boolean }>
      title={t("complaints.record.edit")}
      initialValues={{
        nature: complaint.nature,
        amountInvolved: complaint.amountInvolved === null ? undefined : Number(complaint.amountInvolved),
      }}
      onClose={onClose}
      onSubmit={async (v) => {
        await update.mutateAsync({
          id: complaint.id,
          body: {
            nature: v.nature,
            amountInvolved: v.amountInvolved == null ? null : v.amountInvolved.toFixed(2),
            ...(v.markMajor ? { markMajor: true as const } : {}),
          },
        });
        showSuccess(t("complaints.record.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item name="nature" label={t("complaints.field.nature")}>
            <Select
              data-testid="record-nature"
              options={COMPLAINT_NATURES.map((n) => ({ value: n, label: t(`complaints.nature.${n}`) }))}
            />
          </Form.Item>
          <Form.Item name="amountInvolved" label={t("complaints.field.amountInvolved")}>
            <InputNumber min={0} precision={2} style={{ width: "100%" }} />
          </Form.Item>
          {complaint.severity === "general" ? (
            <Form.Item name="markMajor" valuePropName="checked">
              <Checkbox>{t("complaints.record.markMajor")}</Checkbox>
            </Form.Item>
          ) : null}
        </>
      )}
    </FormModal>
  );
}

// The ticket page's complaint panel (complaint tickets, staff): the record and why it is major,
// the departments involved with their tasks, the resolution plan with its approval and execution.
export function ComplaintPanel({
  ticketRef,
  ticketUpdatedAt,
  role,
  basePath,
}: {
  ticketRef: string;
  ticketUpdatedAt: string;
  role: Role;
  basePath: string;
}) {
  const { t } = useTranslation();
  const q = useTicketComplaint(ticketRef, true, ticketUpdatedAt);
  const [editing, setEditing] = useState(false);
  if (q.isPending)
    return (
      <Card size="small">
        <Skeleton active paragraph={{ rows: 3 }} />
      </Card>
    );
  if (q.isError) {
    if (q.error instanceof ApiError && q.error.status === 404) return null;
    return <ErrorState error={q.error} onRetry={() => void q.refetch()} />;
  }
  const c = q.data;
  if (c.view !== "staff") return null;
  const canEdit = DESK.includes(role);
  return (
    <Card
      size="small"
      data-testid="complaint-panel"
      title={
        <Flex gap={6} align="center" wrap>
          {t("complaints.title")}
          <SeverityTag severity={c.severity} />
          <ComplaintStatusTag status={c.status} />
          {c.satisfaction ? <Tag>{t(`complaints.satisfaction.${c.satisfaction}`)}</Tag> : null}
        </Flex>
      }
      extra={
        canEdit && c.status !== "closed" ? (
          <Button size="small" onClick={() => setEditing(true)} data-testid="record-edit">
            {t("complaints.record.edit")}
          </Button>
        ) : null
      }
    >
      <Descriptions size="small" column={{ xs: 1, sm: 2 }}>
        <Descriptions.Item label={t("complaints.field.nature")}>
          <span data-testid="complaint-nature">{t(`complaints.nature.${c.nature}`)}</span>
        </Descriptions.Item>
        <Descriptions.Item label={t("complaints.field.source")}>
          {t(`channel.${c.sourceChannel}`)}
        </Descriptions.Item>
        {c.productName ? (
          <Descriptions.Item label={t("complaints.field.product")}>
            {c.productName} {c.unitSerial ? `(${c.unitSerial})` : ""}
          </Descriptions.Item>
        ) : null}
        {c.originTicketNumber ? (
          <Descriptions.Item label={t("complaints.field.origin")}>
            <Link to={`${basePath}${encodeURIComponent(c.originTicketNumber)}`}>{c.originTicketNumber}</Link>
          </Descriptions.Item>
        ) : null}
        {c.amountInvolved ? (
          <Descriptions.Item label={t("complaints.field.amountInvolved")}>
            ¥{c.amountInvolved}
          </Descriptions.Item>
        ) : null}
        {c.escalatedToName ? (
          <Descriptions.Item label={t("complaints.field.escalatedTo")}>
            <span data-testid="complaint-escalated-to">{c.escalatedToName}</span>
          </Descriptions.Item>
        ) : null}
      </Descriptions>
      {c.majorReasons.length > 0 ? (
        <Flex gap={4} wrap style={{ marginTop: 4 }} data-testid="complaint-major-reasons">
          {c.majorReasons.map((r) => (
            <Tag key={r.reason} color="volcano">
              {t(`complaints.reason.${r.reason}` as "complaints.reason.media", { detail: r.detail ?? "" })}
            </Tag>
          ))}
        </Flex>
      ) : null}
      <Divider style={{ margin: "12px 0" }} />
      <ComplaintParticipants complaint={c} canEdit={canEdit} />
      <Divider style={{ margin: "12px 0" }} />
      <ComplaintPlan complaint={c} role={role} canEdit={canEdit} />
      {editing ? <RecordModal complaint={c} onClose={() => setEditing(false)} /> : null}
    </Card>
  );
}
