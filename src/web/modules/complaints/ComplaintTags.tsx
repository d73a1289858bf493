import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { ComplaintSeverity, ComplaintStatus } from "../../../shared/complaints";

const STATUS_COLOR: Record<ComplaintStatus, string> = {
  open: "processing",
  pending_approval: "warning",
  approved: "cyan",
  executed: "purple",
  closed: "default",
};

export function ComplaintStatusTag({ status }: { status: ComplaintStatus }) {
  const { t } = useTranslation();
  return (
    <Tag color={STATUS_COLOR[status]} data-testid="complaint-status">
      {t(`complaints.status.${status}`)}
    </Tag>
  );
}

export function SeverityTag({ severity }: { severity: ComplaintSeverity }) {
  const { t } = useTranslation();
  return (
    <Tag color={severity === "major" ? "red" : "default"} data-testid="complaint-severity">
      {t(`complaints.severity.${severity}`)}
    </Tag>
  );
}
