import { Alert, Card, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useProductName } from "../../ui/useProductName";
import { useRegistrations } from "./api";

const COLOURS = { pending_review: "gold", approved: "green", rejected: "red" } as const;

// The customer's claims still in review or turned down (with the reason); approved ones are units.
export function MyRegistrations() {
  const { t } = useTranslation();
  const productName = useProductName();
  const list = useRegistrations();
  const open = (list.data?.items ?? []).filter((r) => r.status !== "approved");
  if (open.length === 0) return null;
  return (
    <section aria-labelledby="my-registrations">
      <Typography.Title level={5} id="my-registrations" style={{ marginTop: 0 }}>
        {t("registration.mine")}
      </Typography.Title>
      <Flex vertical gap={8}>
        {open.map((r) => (
          <Card size="small" key={r.id} data-testid="portal-registration" data-serial={r.serial}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <div style={{ minWidth: 0 }}>
                <div style={{ fontWeight: 600 }}>{productName(r.productName, r.productNameEn)}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.serial}
                </Typography.Text>
              </div>
              <Tag color={COLOURS[r.status]}>{t(`registration.status.${r.status}`)}</Tag>
            </Flex>
            {r.status === "rejected" && r.rejectReason ? (
              <Alert
                type="warning"
                showIcon
                style={{ marginTop: 8 }}
                title={t("registration.rejectedBecause", { reason: r.rejectReason })}
              />
            ) : null}
          </Card>
        ))}
      </Flex>
    </section>
  );
}
