import { CheckOutlined, GlobalOutlined, LogoutOutlined, UserOutlined } from "@ant-design/icons";
import { Avatar, Button, Dropdown } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useAuth } from "../app/auth";
import { showError } from "../app/feedback";
import type { Locale, User } from "../app/types";
import { isLocale } from "../i18n";

const LANGS: { value: Locale; label: string }[] = [
  { value: "zh-CN", label: "中文" },
  { value: "en", label: "English" },
];

// Who is signed in, the language (named in itself) and sign-out: one button, so it fits a phone header.
export function UserMenu({ user, showName }: { user: User; showName: boolean }) {
  const { t, i18n } = useTranslation();
  const { logout, changeLocale } = useAuth();
  const navigate = useNavigate();
  const menu = {
    items: [
      { key: "who", disabled: true, label: `${user.email} · ${t(`role.${user.role}`)}` },
      { type: "divider" as const },
      {
        key: "lang",
        icon: <GlobalOutlined />,
        label: t("common.language"),
        children: LANGS.map((l) => ({
          key: `lang:${l.value}`,
          label: (
            <span lang={l.value} data-testid={`user-lang-${l.value}`}>
              {l.label}
            </span>
          ),
          icon: i18n.language === l.value ? <CheckOutlined /> : <span style={{ width: 14 }} />,
        })),
      },
      { type: "divider" as const },
      {
        key: "logout",
        icon: <LogoutOutlined />,
        label: <span data-testid="logout">{t("common.logout")}</span>,
      },
    ],
    onClick: ({ key }: { key: string }) => {
      if (key === "logout") void logout().then(() => navigate("/login", { replace: true }));
      const lng = key.startsWith("lang:") ? key.slice(5) : null;
      if (isLocale(lng)) void changeLocale(lng).catch(showError);
    },
  };
  return (
    <Dropdown menu={menu} trigger={["click"]} placement="bottomRight">
      <Button type="text" aria-label={user.name} data-testid="user-menu" style={{ paddingInline: 4 }}>
        <Avatar size="small" icon={<UserOutlined />} />
        {showName ? <span style={{ marginLeft: 6 }}>{user.name}</span> : null}
      </Button>
    </Dropdown>
  );
}
