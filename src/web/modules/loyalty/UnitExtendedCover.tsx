import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format";
import { currentLocale } from "../../i18n";
import { useUnitPlans } from "./api";

// A unit's extended warranty plans (sold or bought with points), from its warranty view.
export function UnitExtendedCover({ serial }: { serial: string }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const plans = useUnitPlans(serial);
  if (!plans.data?.length) return null;
  return (
    <div data-testid="unit-extended-cover">
      {plans.data.map((p) => (
        <Typography.Text key={p.id} type="success" style={{ display: "block", fontSize: 12 }}>
          <SafetyCertificateOutlined /> {t("loyalty.extended.title")} ·{" "}
          {t("loyalty.extended.cover", {
            name: currentLocale() === "en" ? p.name.en : p.name.zh,
            from: fmt.date(p.startsAt),
            to: fmt.date(p.endsAt),
          })}
        </Typography.Text>
      ))}
    </div>
  );
}
