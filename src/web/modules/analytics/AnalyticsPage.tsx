import { DesktopOutlined, TableOutlined } from "@ant-design/icons";
import { Button, Card, Flex } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../../app/useTitle";
import { KpiBoard } from "./KpiBoard";

// The supervisor dashboard: every KPI of the tenant, clickable to the tickets behind it, with the
// way to the wallboard (for the service centre's TV) and the report builder.
export default function AnalyticsPage() {
  const { t } = useTranslation();
  useTitle(t("analytics.title"));
  return (
    <Card title={t("analytics.title")} style={{ maxWidth: 1400, margin: "0 auto" }}>
      {/* In the body, not the card's header: on a phone the header keeps its room for the title. */}
      <Flex gap={8} wrap justify="flex-end" style={{ marginBottom: 12 }}>
        <Link to="/console/reports">
          <Button icon={<TableOutlined />}>{t("analytics.reportsOpen")}</Button>
        </Link>
        <Link to="/wallboard" data-testid="open-wallboard">
          <Button icon={<DesktopOutlined />}>{t("analytics.wallboardOpen")}</Button>
        </Link>
      </Flex>
      <KpiBoard mine={false} />
    </Card>
  );
}
