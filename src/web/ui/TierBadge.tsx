import { CrownFilled, StarFilled, UserOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import { useTranslation } from "react-i18next";
import type { Tier } from "../app/types";

const LOOK = {
  standard: { color: "default", icon: <UserOutlined /> },
  gold: { color: "gold", icon: <StarFilled /> },
  vip: { color: "magenta", icon: <CrownFilled /> },
} as const;

export function TierBadge({ tier }: { tier: Tier | null | undefined }) {
  const { t } = useTranslation();
  if (!tier) return null;
  const look = LOOK[tier] ?? LOOK.standard;
  return (
    <Tag color={look.color} icon={look.icon} data-tier={tier} variant="outlined">
      {t(`tier.${tier}`, { defaultValue: tier })}
    </Tag>
  );
}
