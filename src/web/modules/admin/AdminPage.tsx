import { Card, Tabs } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { CustomersAdmin } from "./CustomersAdmin";
import { ProductsAdmin } from "./ProductsAdmin";
import { TenantAdmin } from "./TenantAdmin";
import { UnitsAdmin } from "./UnitsAdmin";
import { UsersAdmin } from "./UsersAdmin";

const SECTIONS = ["users", "customers", "products", "units", "tenant"] as const;
type Section = (typeof SECTIONS)[number];

const isSection = (s: string | undefined): s is Section => SECTIONS.some((x) => x === s);

export default function AdminPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { section } = useParams();
  const active: Section = isSection(section) ? section : "users";

  const body: Record<Section, ReactNode> = {
    users: <UsersAdmin />,
    customers: <CustomersAdmin />,
    products: <ProductsAdmin />,
    units: <UnitsAdmin />,
    tenant: <TenantAdmin />,
  };

  return (
    <Card title={t("admin.title")} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <Tabs
        activeKey={active}
        onChange={(k) => navigate(`/admin/${k}`)}
        destroyOnHidden
        items={SECTIONS.map((s) => ({
          key: s,
          label: t(`admin.${s}`),
          children: s === active ? body[s] : null,
        }))}
      />
    </Card>
  );
}
