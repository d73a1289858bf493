import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { useTitle } from "../../app/useTitle";
import { KpiBoard } from "./KpiBoard";

// The supervisor dashboard: every KPI of the tenant, clickable to the tickets behind it.
export default function AnalyticsPage() {
  const { t } = useTranslation();
  useTitle(t("analytics.title"));
  return (
    <Card title={t("analytics.title")} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <KpiBoard mine={false} />
    </Card>
  );
}
