import {
  ApiOutlined,
  AppstoreOutlined,
  AuditOutlined,
  BarcodeOutlined,
  BranchesOutlined,
  CalendarOutlined,
  CheckSquareOutlined,
  ClusterOutlined,
  CommentOutlined,
  DashboardOutlined,
  FileTextOutlined,
  KeyOutlined,
  MailOutlined,
  PlusCircleOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  SettingOutlined,
  SwapOutlined,
  TeamOutlined,
  ThunderboltOutlined,
  ToolOutlined,
  UnorderedListOutlined,
  UserOutlined,
} from "@ant-design/icons";
import { Menu } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useLocation, useNavigate } from "react-router";
import type { Role } from "../app/types";
import { entriesFor, groupsFor, matchEntry, type NavIcon } from "./navigation";

const ICONS: Record<NavIcon, ReactNode> = {
  queue: <UnorderedListOutlined />,
  chat: <CommentOutlined />,
  rma: <SwapOutlined />,
  newTicket: <PlusCircleOutlined />,
  load: <ClusterOutlined />,
  myWork: <ToolOutlined />,
  dispatch: <ScheduleOutlined />,
  review: <CheckSquareOutlined />,
  customers: <UserOutlined />,
  units: <BarcodeOutlined />,
  products: <AppstoreOutlined />,
  monitor: <DashboardOutlined />,
  users: <UserOutlined />,
  teams: <TeamOutlined />,
  sla: <SafetyCertificateOutlined />,
  calendar: <CalendarOutlined />,
  mail: <MailOutlined />,
  key: <KeyOutlined />,
  webhook: <ApiOutlined />,
  routing: <BranchesOutlined />,
  trigger: <ThunderboltOutlined />,
  macro: <FileTextOutlined />,
  audit: <AuditOutlined />,
  settings: <SettingOutlined />,
};

export const navIcon = (icon: NavIcon): ReactNode => ICONS[icon] ?? <ApiOutlined />;

// The role's menu, grouped by domain; `collapsed` shows icons only (antd hides group titles then).
export function SideMenu({
  role,
  onNavigate,
  collapsed = false,
}: {
  role: Role;
  onNavigate?: () => void;
  collapsed?: boolean;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const selected = matchEntry(entriesFor(role), pathname);
  const groups = groupsFor(role).map(({ group, entries }) => ({
    group,
    children: entries.map((e) => ({
      key: e.path,
      icon: ICONS[e.icon],
      label: <span data-testid={`nav-${e.key}`}>{t(e.labelKey)}</span>,
    })),
  }));
  // Icons only when collapsed: group titles would be cut to "Ser…", so dividers separate the domains.
  const items = collapsed
    ? groups.flatMap(({ group, children }, i) => [
        ...(i > 0 ? [{ type: "divider" as const, key: `divider-${group}` }] : []),
        ...children,
      ])
    : groups.map(({ group, children }) => ({
        type: "group" as const,
        key: `group-${group}`,
        label: t(`shell.group.${group}`),
        children,
      }));
  return (
    <Menu
      mode="inline"
      inlineCollapsed={collapsed}
      data-testid="side-menu"
      selectedKeys={selected ? [selected.path] : []}
      items={items}
      onClick={({ key }) => {
        navigate(key);
        onNavigate?.();
      }}
      style={{ borderInlineEnd: "none" }}
    />
  );
}
