import { CustomerServiceOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Dropdown, Grid, Layout, Menu } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { NotificationBell, PresenceControl } from "../modules/routing/HeaderWidgets";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { homeFor, useAuth, useUser } from "./auth";
import { isStaff, type User } from "./types";

type NavItem = { key: string; label: string };

type NavKey =
  | "nav.console"
  | "nav.newTicket"
  | "nav.admin"
  | "nav.dealer"
  | "routing.nav.load"
  | "routing.nav.macros"
  | "routing.nav.triggers"
  | "sla.nav.monitor";

function navFor(user: User, t: (k: NavKey) => string): NavItem[] {
  if (isStaff(user.role)) {
    const items = [
      { key: "/console", label: t("nav.console") },
      { key: "/console/new", label: t("nav.newTicket") },
      ...routingNav(user.role, t),
      ...(user.role === "supervisor" || user.role === "admin"
        ? [{ key: "/console/sla", label: t("sla.nav.monitor") }]
        : []),
    ];
    return user.role === "admin" ? [...items, { key: "/admin", label: t("nav.admin") }] : items;
  }
  if (user.role === "dealer") {
    return [
      { key: "/dealer", label: t("nav.dealer") },
      { key: "/dealer/new", label: t("nav.newTicket") },
    ];
  }
  return [];
}

// Routing screens: the load board and macros for leads, triggers for admins.
function routingNav(role: User["role"], t: (k: NavKey) => string): NavItem[] {
  if (role !== "supervisor" && role !== "admin") return [];
  const items = [
    { key: "/console/load", label: t("routing.nav.load") },
    { key: "/console/macros", label: t("routing.nav.macros") },
  ];
  return role === "admin"
    ? [...items, { key: "/console/triggers", label: t("routing.nav.triggers") }]
    : items;
}

// The nav entry whose path is the longest prefix of the current location.
const selectedKey = (items: NavItem[], path: string): string[] => {
  const hit = items
    .filter((i) => path === i.key || path.startsWith(`${i.key}/`))
    .sort((a, b) => b.key.length - a.key.length)[0];
  return hit ? [hit.key] : [];
};

export function Brand({ to }: { to: string }) {
  const { t } = useTranslation();
  return (
    <Link
      to={to}
      style={{
        display: "flex",
        alignItems: "center",
        gap: 8,
        color: "#1677ff",
        fontWeight: 600,
        fontSize: 16,
      }}
    >
      <CustomerServiceOutlined aria-hidden style={{ fontSize: 20 }} />
      <span style={{ whiteSpace: "nowrap" }}>{t("common.appName")}</span>
    </Link>
  );
}

export function HeaderBar({ left, right }: { left: ReactNode; right: ReactNode }) {
  return (
    <Layout.Header
      style={{
        position: "sticky",
        top: 0,
        zIndex: 10,
        display: "flex",
        alignItems: "center",
        gap: 12,
        background: "#fff",
        borderBottom: "1px solid #f0f0f0",
        paddingInline: 16,
        height: 56,
        lineHeight: "56px",
      }}
    >
      {left}
      <div style={{ marginLeft: "auto", display: "flex", alignItems: "center", gap: 12 }}>{right}</div>
    </Layout.Header>
  );
}

export function AppLayout() {
  const { t } = useTranslation();
  const user = useUser();
  const { logout } = useAuth();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const items = navFor(user, t);
  const isPortal = user.role === "customer";

  const userMenu = {
    items: [
      { key: "who", disabled: true, label: `${user.email} · ${t(`role.${user.role}`)}` },
      { type: "divider" as const },
      { key: "logout", icon: <LogoutOutlined />, label: t("common.logout") },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === "logout") void logout().then(() => navigate("/login", { replace: true }));
    },
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <HeaderBar
        left={
          <>
            <Brand to={homeFor(user.role)} />
            {items.length > 0 ? (
              <Menu
                mode="horizontal"
                selectedKeys={selectedKey(items, pathname)}
                items={items}
                onClick={({ key }) => navigate(key)}
                style={{ flex: 1, minWidth: 0, borderBottom: "none", lineHeight: "54px" }}
              />
            ) : null}
          </>
        }
        right={
          <>
            {isStaff(user.role) ? (
              <>
                <PresenceControl user={user} />
                <NotificationBell />
              </>
            ) : null}
            <LanguageSwitch />
            <Dropdown menu={userMenu} trigger={["click"]} placement="bottomRight">
              <Button type="text" aria-label={user.name} style={{ paddingInline: 4 }}>
                <Avatar size="small" icon={<UserOutlined />} />
                {screens.md ? <span style={{ marginLeft: 6 }}>{user.name}</span> : null}
              </Button>
            </Dropdown>
          </>
        }
      />
      <Layout.Content>
        {isPortal ? (
          <main className="portal-main">
            <Outlet />
          </main>
        ) : (
          <main style={{ padding: 16 }}>
            <Outlet />
          </main>
        )}
      </Layout.Content>
    </Layout>
  );
}
