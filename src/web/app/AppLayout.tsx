import {
  CustomerServiceOutlined,
  MenuFoldOutlined,
  MenuOutlined,
  MenuUnfoldOutlined,
} from "@ant-design/icons";
import { Button, Drawer, Grid, Layout, Menu } from "antd";
import { type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation, useNavigate } from "react-router";
import { PortalChat } from "../modules/chat/PortalChat";
import { NotificationBell, PresenceControl } from "../modules/routing/HeaderWidgets";
import { Breadcrumbs } from "../shell/Breadcrumbs";
import { SideMenu } from "../shell/SideMenu";
import { UserMenu } from "../shell/UserMenu";
import { LanguageSwitch } from "../ui/LanguageSwitch";
import { homeFor, useUser } from "./auth";
import { isStaff, type User } from "./types";

const COLLAPSED_KEY = "aftercare.menuCollapsed";

export function Brand({ to, compact = false }: { to: string; compact?: boolean }) {
  const { t } = useTranslation();
  return (
    <Link
      to={to}
      aria-label={t("common.appName")}
      style={{
        display: "flex",
        alignItems: "center",
        gap: 8,
        color: "#1677ff",
        fontWeight: 600,
        fontSize: 16,
        flex: "none",
      }}
    >
      <CustomerServiceOutlined aria-hidden style={{ fontSize: 20 }} />
      {compact ? null : <span style={{ whiteSpace: "nowrap" }}>{t("common.appName")}</span>}
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
        gap: 8,
        background: "#fff",
        borderBottom: "1px solid #f0f0f0",
        paddingInline: 12,
        height: 56,
        lineHeight: "56px",
        minWidth: 0,
      }}
    >
      {left}
      <div style={{ marginLeft: "auto", display: "flex", alignItems: "center", gap: 4, flex: "none" }}>
        {right}
      </div>
    </Layout.Header>
  );
}

export function AppLayout() {
  const user = useUser();
  // An auditor reads the audit screen inside the staff frame (menu, breadcrumbs), without desk widgets.
  return isStaff(user.role) || user.role === "auditor" ? (
    <StaffLayout user={user} />
  ) : (
    <OutsideLayout user={user} />
  );
}

// Staff: side menu grouped by domain (a drawer under 768 px), breadcrumbs, user menu.
function StaffLayout({ user }: { user: User }) {
  const { t } = useTranslation();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const { pathname } = useLocation();
  const [drawer, setDrawer] = useState(false);
  const [collapsed, setCollapsed] = useState(() => localStorage.getItem(COLLAPSED_KEY) === "1");

  // A route change (a link inside a page, the back button) closes the drawer too.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs on navigation only
  useEffect(() => setDrawer(false), [pathname]);

  const toggle = () => {
    localStorage.setItem(COLLAPSED_KEY, collapsed ? "0" : "1");
    setCollapsed(!collapsed);
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <HeaderBar
        left={
          <>
            {phone ? (
              <Button
                type="text"
                icon={<MenuOutlined />}
                aria-label={t("shell.openMenu")}
                data-testid="menu-toggle"
                onClick={() => setDrawer(true)}
              />
            ) : (
              <Button
                type="text"
                icon={collapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
                aria-label={collapsed ? t("shell.expandMenu") : t("shell.collapseMenu")}
                aria-expanded={!collapsed}
                onClick={toggle}
              />
            )}
            <Brand to={homeFor(user.role)} compact={phone} />
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
            {phone ? null : <LanguageSwitch />}
            <UserMenu user={user} showName={!phone} />
          </>
        }
      />
      <Layout hasSider={!phone}>
        {phone ? (
          <Drawer
            placement="left"
            open={drawer}
            onClose={() => setDrawer(false)}
            size={280}
            title={<Brand to={homeFor(user.role)} />}
            styles={{ body: { padding: 0 } }}
            data-testid="menu-drawer"
          >
            <SideMenu role={user.role} onNavigate={() => setDrawer(false)} />
          </Drawer>
        ) : (
          <Layout.Sider
            theme="light"
            width={216}
            collapsedWidth={56}
            collapsed={collapsed}
            trigger={null}
            style={{
              borderInlineEnd: "1px solid #f0f0f0",
              position: "sticky",
              top: 56,
              height: "calc(100vh - 56px)",
              overflowY: "auto",
            }}
          >
            <SideMenu role={user.role} collapsed={collapsed} />
          </Layout.Sider>
        )}
        <Layout.Content style={{ minWidth: 0 }}>
          <div style={{ padding: phone ? 8 : 16 }}>
            <Breadcrumbs role={user.role} />
            <Outlet />
          </div>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}

type OutsideEntry = { key: string; label: string };

// Customers and dealers keep their own simple layouts: portal without a menu, dealer with two tabs.
function OutsideLayout({ user }: { user: User }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const screens = Grid.useBreakpoint();
  const isPortal = user.role === "customer";
  const items: OutsideEntry[] =
    user.role === "dealer"
      ? [
          { key: "/dealer", label: t("nav.dealer") },
          { key: "/dealer/new", label: t("nav.newTicket") },
        ]
      : [];
  const selected = items
    .filter((i) => pathname === i.key || pathname.startsWith(`${i.key}/`))
    .sort((a, b) => b.key.length - a.key.length)[0];

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <HeaderBar
        left={
          <>
            <Brand to={homeFor(user.role)} compact={!screens.sm && items.length > 0} />
            {items.length > 0 ? (
              <Menu
                mode="horizontal"
                selectedKeys={selected ? [selected.key] : []}
                items={items}
                onClick={({ key }) => navigate(key)}
                style={{ flex: 1, minWidth: 0, borderBottom: "none", lineHeight: "54px" }}
              />
            ) : null}
          </>
        }
        right={
          <>
            <LanguageSwitch />
            <UserMenu user={user} showName={Boolean(screens.md)} />
          </>
        }
      />
      <Layout.Content>
        {isPortal ? (
          <main className="portal-main">
            <Outlet />
            <PortalChat />
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
