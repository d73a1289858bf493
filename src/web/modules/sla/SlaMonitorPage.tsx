import { Card, Space, Tabs } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useUser } from "../../app/auth";
import { useTitle } from "../../app/useTitle";
import { ComplianceReport } from "./ComplianceReport";
import { MonitorBoard } from "./MonitorBoard";

// Supervisors' SLA page: the live board and the compliance report (?tab=report).
export default function SlaMonitorPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const tab = params.get("tab") === "report" ? "report" : "live";
  const user = useUser();
  useTitle(t("sla.monitor.title"));
  // Admins reach the calendar and policy settings from here.
  const extra =
    user.role === "admin" ? (
      <Space>
        <Link to="/admin/calendars">{t("sla.nav.calendars")}</Link>
        <Link to="/admin/sla-policies">{t("sla.nav.policies")}</Link>
      </Space>
    ) : null;
  return (
    <Card title={t("sla.monitor.title")} extra={extra} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <Tabs
        activeKey={tab}
        onChange={(k) => setParams(k === "report" ? { tab: "report" } : {}, { replace: true })}
        destroyOnHidden
        items={[
          { key: "live", label: t("sla.monitor.tabMonitor"), children: <MonitorBoard /> },
          { key: "report", label: t("sla.monitor.tabReport"), children: <ComplianceReport /> },
        ]}
      />
    </Card>
  );
}
