import { Card } from "antd";
import { useTranslation } from "react-i18next";
import { useTitle } from "../../app/useTitle";
import { KpiBoard } from "./KpiBoard";

// An agent's own numbers: the same KPIs over the tickets assigned to them.
export default function MyNumbersPage() {
  const { t } = useTranslation();
  useTitle(t("analytics.mine"));
  return (
    <Card title={t("analytics.mine")} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <KpiBoard mine />
    </Card>
  );
}
