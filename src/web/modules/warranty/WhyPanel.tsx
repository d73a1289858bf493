import { Alert, Card, Flex, List, Skeleton, Tag, Typography } from "antd";
import dayjs from "dayjs";
import { useTranslation } from "react-i18next";
import type { Entitlement } from "../../../shared/warranty";
import { explainEntitlement } from "../../../shared/warranty-explain";
import { useUser } from "../../app/auth";
import { currentLocale } from "../../i18n";
import { useEntitlement } from "./api";
import { SellPlanButton } from "./SellPlanButton";

// Who may sell an extended warranty plan (as the API allows).
const SELLERS = ["agent", "supervisor", "admin"] as const;

// The remedies, the period and the plain-words explanation of one entitlement.
export function EntitlementView({ e }: { e: Entitlement }) {
  const { t } = useTranslation();
  let lines: string[] = [];
  try {
    lines = explainEntitlement(e, currentLocale());
  } catch {
    lines = [];
  }
  return (
    <Flex vertical gap={8} data-testid="entitlement">
      {e.exclusion ? (
        <Alert
          type="warning"
          showIcon
          title={t("sanbao.why.excluded")}
          description={`${t(`sanbao.exclusion.${e.exclusion.reason}`)} · ${e.exclusion.basis}`}
        />
      ) : null}
      <Typography.Text strong>{t("sanbao.why.remedies")}</Typography.Text>
      <List
        size="small"
        dataSource={e.remedies}
        renderItem={(r) => (
          <List.Item style={{ paddingInline: 0 }} data-testid={`remedy-${r.remedy}`}>
            <Flex vertical gap={2} style={{ width: "100%" }}>
              <Flex gap={6} wrap align="center">
                <Typography.Text strong>{t(`sanbao.remedy.${r.remedy}`)}</Typography.Text>
                <Tag color={r.free ? "green" : "orange"}>
                  {r.free ? t("sanbao.why.free") : t("sanbao.why.paid")}
                </Tag>
                {r.deadline ? (
                  <Typography.Text type="secondary">
                    {t("sanbao.why.deadline", { date: r.deadline })}
                  </Typography.Text>
                ) : null}
              </Flex>
              <Typography.Text type="secondary" style={{ fontSize: 12 }} data-testid="remedy-basis">
                {t("sanbao.why.basis")}: {r.basis}
              </Typography.Text>
            </Flex>
          </List.Item>
        )}
      />
      <div>
        <Typography.Text strong>{t("sanbao.why.period")}</Typography.Text>
        <div style={{ fontSize: 13 }}>
          {t("sanbao.why.start", { date: e.period.start })} ·{" "}
          <span data-testid="period-whole">
            {t("sanbao.why.periodWhole", { date: e.period.wholeUnitEndsAt })}
          </span>
          {e.period.majorPartsEndsAt
            ? ` · ${t("sanbao.why.periodMajor", { date: e.period.majorPartsEndsAt })}`
            : ""}
          {e.period.extendedDays > 0 ? ` · ${t("sanbao.why.extended", { days: e.period.extendedDays })}` : ""}
          {e.period.planEndsAt ? (
            <span data-testid="period-plan"> · {t("sanbao.plans.until", { date: e.period.planEndsAt })}</span>
          ) : null}
        </div>
      </div>
      {lines.length > 0 ? (
        <ul style={{ margin: 0, paddingInlineStart: 18, fontSize: 13 }} data-testid="why-lines">
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : null}
    </Flex>
  );
}

// The "why" panel of a request: what 三包 grants for its unit, from the day it was opened.
export function WhyPanel({
  unitSerial,
  openedAt,
}: {
  unitSerial: string | null | undefined;
  openedAt: string;
}) {
  const { t } = useTranslation();
  // The day the request was opened where the reader is (the tenant's day for nearly everyone).
  const requestDate = dayjs(openedAt).format("YYYY-MM-DD");
  const q = useEntitlement(unitSerial, requestDate);
  const seller = (SELLERS as readonly string[]).includes(useUser().role);
  return (
    <Card
      size="small"
      title={t("sanbao.why.title")}
      data-testid="why-panel"
      extra={
        seller && unitSerial && q.data ? (
          <SellPlanButton unitSerial={unitSerial} category={q.data.category} />
        ) : null
      }
    >
      {!unitSerial ? (
        <Typography.Text type="secondary">{t("sanbao.why.noUnit")}</Typography.Text>
      ) : q.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : q.isError ? (
        <Typography.Text type="secondary">{t("sanbao.why.failed")}</Typography.Text>
      ) : (
        <EntitlementView e={q.data} />
      )}
    </Card>
  );
}
