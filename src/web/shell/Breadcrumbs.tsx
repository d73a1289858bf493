import { Breadcrumb } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import type { Role } from "../app/types";
import { entriesFor, matchEntry, ROLE_HOME } from "./navigation";

// Domain › page › record, read from the route: the page's menu entry, then a ticket number if any.
export function Breadcrumbs({ role }: { role: Role }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const entry = matchEntry(entriesFor(role), pathname);
  const ticket = /\/tickets\/([^/]+)/.exec(pathname)?.[1];
  const items: { title: React.ReactNode }[] = [
    { title: <Link to={ROLE_HOME[role]}>{t("shell.home")}</Link> },
  ];
  if (entry) {
    items.push({ title: t(`shell.group.${entry.group}`) });
    items.push({
      title: entry.path === pathname ? t(entry.labelKey) : <Link to={entry.path}>{t(entry.labelKey)}</Link>,
    });
  }
  if (ticket) items.push({ title: decodeURIComponent(ticket) });
  if (items.length === 1) return null;
  return <Breadcrumb data-testid="breadcrumbs" items={items} style={{ marginBottom: 12 }} />;
}
