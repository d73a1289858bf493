import { QuestionCircleOutlined, SafetyCertificateOutlined, WarningOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../app/format";
import type { WarrantyStatus } from "../app/types";

const LOOK = {
  in_warranty: { color: "green", icon: <SafetyCertificateOutlined /> },
  expired: { color: "volcano", icon: <WarningOutlined /> },
  unknown: { color: "default", icon: <QuestionCircleOutlined /> },
} as const;

export function WarrantyBadge({
  status,
  endsAt,
}: {
  status?: WarrantyStatus | null;
  endsAt?: string | null;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const key = status ?? "unknown";
  const look = LOOK[key] ?? LOOK.unknown;
  return (
    <Tag color={look.color} icon={look.icon} data-warranty={key}>
      {t(`warranty.${key}`)}
      {endsAt ? ` · ${t("warranty.until", { date: fmt.date(endsAt) })}` : null}
    </Tag>
  );
}
