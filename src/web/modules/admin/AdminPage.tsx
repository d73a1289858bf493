import { Card } from "antd";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useParams } from "react-router";
import { useTitle } from "../../app/useTitle";
import { CustomersAdmin } from "./CustomersAdmin";
import { ProductsAdmin } from "./ProductsAdmin";
import { TenantAdmin } from "./TenantAdmin";
import { UnitsAdmin } from "./UnitsAdmin";
import { UsersAdmin } from "./UsersAdmin";

const SECTIONS = ["users", "customers", "products", "units", "tenant"] as const;
type Section = (typeof SECTIONS)[number];

const isSection = (s: string | undefined): s is Section => SECTIONS.some((x) => x === s);

const BODY: Record<Section, () => ReactNode> = {
  users: () => <UsersAdmin />,
  customers: () => <CustomersAdmin />,
  products: () => <ProductsAdmin />,
  units: () => <UnitsAdmin />,
  tenant: () => <TenantAdmin />,
};

// One admin list per route; the side menu replaces the old tabs.
export default function AdminPage() {
  const { t } = useTranslation();
  const { section } = useParams();
  useTitle(isSection(section) ? t(`admin.${section}`) : t("admin.title"));
  if (!isSection(section)) return <Navigate to="/admin" replace />;
  return (
    <Card style={{ maxWidth: 1400 }} data-testid={`admin-${section}`}>
      {BODY[section]()}
    </Card>
  );
}
