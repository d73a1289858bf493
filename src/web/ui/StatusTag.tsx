import {
  CheckCircleOutlined,
  CheckSquareOutlined,
  ClockCircleOutlined,
  InboxOutlined,
  PlusCircleOutlined,
  TeamOutlined,
  ToolOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Tag } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { TicketStatus } from "../app/types";

// One colour and one icon per status, used by every screen.
const STATUS_LOOK: Record<TicketStatus, { color: string; icon: ReactNode }> = {
  new: { color: "blue", icon: <PlusCircleOutlined /> },
  assigned: { color: "geekblue", icon: <UserOutlined /> },
  in_progress: { color: "cyan", icon: <ToolOutlined /> },
  pending_customer: { color: "orange", icon: <ClockCircleOutlined /> },
  pending_parts: { color: "gold", icon: <InboxOutlined /> },
  pending_third_party: { color: "purple", icon: <TeamOutlined /> },
  resolved: { color: "green", icon: <CheckCircleOutlined /> },
  closed: { color: "default", icon: <CheckSquareOutlined /> },
};

export function StatusTag({ status, testId }: { status: TicketStatus; testId?: string }) {
  const { t } = useTranslation();
  const look = STATUS_LOOK[status] ?? STATUS_LOOK.new;
  return (
    <Tag color={look.color} icon={look.icon} data-testid={testId} data-status={status}>
      {t(`status.${status}`, { defaultValue: status })}
    </Tag>
  );
}
