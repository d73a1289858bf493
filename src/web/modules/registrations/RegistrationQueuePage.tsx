import {
  Alert,
  Button,
  Card,
  Descriptions,
  Flex,
  Input,
  List,
  Modal,
  Segmented,
  Skeleton,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { showError, showSuccess } from "../../app/feedback";
import { TimeText } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { useProductName } from "../../ui/useProductName";
import { type RegistrationStatus, type UnitRegistration, useRegistrations, useReview } from "./api";
import { InvoicePreview } from "./InvoicePreview";

const FILTERS: RegistrationStatus[] = ["pending_review", "approved", "rejected"];

function RegistrationCard({ r }: { r: UnitRegistration }) {
  const { t } = useTranslation();
  const productName = useProductName();
  const review = useReview();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState("");
  const approve = async () => {
    try {
      await review.mutateAsync({ id: r.id });
      showSuccess(t("registration.queue.approved"));
    } catch (err) {
      showError(err);
    }
  };
  const reject = async () => {
    try {
      await review.mutateAsync({ id: r.id, reject: reason.trim() });
      showSuccess(t("registration.queue.rejected"));
      setRejecting(false);
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Card size="small" style={{ width: "100%" }} data-testid="registration-card" data-serial={r.serial}>
      <Flex gap={16} wrap align="flex-start">
        <InvoicePreview registration={r} />
        <div style={{ flex: "1 1 240px", minWidth: 0 }}>
          <Flex justify="space-between" wrap gap={6}>
            <Typography.Text strong style={{ fontFamily: "monospace" }}>
              {r.serial}
            </Typography.Text>
            <span>
              {r.conflict ? <Tag color="red">{t("registration.queue.conflict")}</Tag> : null}
              <Tag>{t(`registration.status.${r.status}`)}</Tag>
            </span>
          </Flex>
          <Descriptions
            size="small"
            column={1}
            items={[
              { key: "c", label: t("registration.queue.customer"), children: r.customerName },
              {
                key: "p",
                label: t("registration.queue.product"),
                children: `${productName(r.productName, r.productNameEn)} (${r.productSku})`,
              },
              { key: "d", label: t("registration.queue.purchasedAt"), children: r.purchasedAt },
              {
                key: "s",
                label: t("registration.queue.submittedAt"),
                children: <TimeText iso={r.createdAt} />,
              },
            ]}
          />
          {r.conflict && r.status === "pending_review" ? (
            <Alert
              type="warning"
              showIcon
              title={t("registration.queue.conflictHint")}
              style={{ marginBlock: 8 }}
            />
          ) : null}
          {r.rejectReason ? (
            <Typography.Paragraph type="secondary">
              {t("registration.rejectedBecause", { reason: r.rejectReason })}
            </Typography.Paragraph>
          ) : null}
          {r.status === "pending_review" ? (
            <Flex gap={8} wrap>
              <Button
                type="primary"
                onClick={() => void approve()}
                loading={review.isPending}
                data-testid="registration-approve"
              >
                {t("registration.queue.approve")}
              </Button>
              <Button danger onClick={() => setRejecting(true)} data-testid="registration-reject">
                {t("registration.queue.reject")}
              </Button>
            </Flex>
          ) : null}
        </div>
      </Flex>
      <Modal
        open={rejecting}
        title={t("registration.queue.rejectTitle")}
        okText={t("registration.queue.reject")}
        okButtonProps={{ danger: true, disabled: !reason.trim(), loading: review.isPending }}
        onOk={() => void reject()}
        onCancel={() => setRejecting(false)}
      >
        <Typography.Text>{t("registration.queue.reason")}</Typography.Text>
        <Input.TextArea
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          maxLength={500}
          rows={3}
          data-testid="registration-reason"
        />
      </Modal>
    </Card>
  );
}

// Staff review customers' unit claims with their invoices; phones included, so cards, not a table.
export default function RegistrationQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const raw = params.get("status");
  const status = FILTERS.find((f) => f === raw) ?? "pending_review";
  useTitle(t("registration.queue.title"));
  const list = useRegistrations(status);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 960 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("registration.queue.title")}
      </Typography.Title>
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t("registration.queue.intro")}
      </Typography.Paragraph>
      <Segmented
        value={status}
        onChange={(v) => setParams({ status: String(v) })}
        options={FILTERS.map((f) => ({ value: f, label: t(`registration.queue.filter.${f}`) }))}
      />
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <List
          dataSource={list.data.items}
          locale={{ emptyText: t("registration.queue.empty") }}
          renderItem={(r) => (
            <List.Item style={{ paddingInline: 0 }}>
              <RegistrationCard r={r} />
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
