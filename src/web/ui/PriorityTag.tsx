import { ArrowUpOutlined, FireOutlined, MinusOutlined } from "@ant-design/icons";
import { Tag } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { Priority } from "../app/types";

const PRIORITY_LOOK: Record<Priority, { color: string; icon: ReactNode }> = {
  A: { color: "red", icon: <FireOutlined /> },
  B: { color: "orange", icon: <ArrowUpOutlined /> },
  C: { color: "default", icon: <MinusOutlined /> },
};

export function PriorityTag({ priority }: { priority: Priority }) {
  const { t } = useTranslation();
  const look = PRIORITY_LOOK[priority] ?? PRIORITY_LOOK.C;
  return (
    <Tag color={look.color} icon={look.icon} data-priority={priority}>
      {t(`priority.${priority}`, { defaultValue: priority })}
    </Tag>
  );
}
