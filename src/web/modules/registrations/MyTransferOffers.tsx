import { Button, Card, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { showError, showSuccess } from "../../app/feedback";
import { useAcceptTransfer, useTransferOffers } from "./api";

// Pending transfers in the portal: products offered to this customer (accept), and the ones they
// offered, which stay theirs until accepted.
export function MyTransferOffers() {
  const { t } = useTranslation();
  const list = useTransferOffers();
  const accept = useAcceptTransfer();
  const open = (list.data?.items ?? []).filter((o) => o.status === "pending");
  if (open.length === 0) return null;
  const onAccept = async (id: string) => {
    try {
      await accept.mutateAsync(id);
      showSuccess(t("registration.transfer.accepted"));
    } catch (err) {
      showError(err);
    }
  };
  return (
    <section aria-labelledby="my-transfers">
      <Typography.Title level={5} id="my-transfers" style={{ marginTop: 0 }}>
        {t("registration.transfer.offers")}
      </Typography.Title>
      <Flex vertical gap={8}>
        {open.map((o) => (
          <Card size="small" key={o.id} data-testid="portal-transfer" data-direction={o.direction}>
            <Flex justify="space-between" align="center" gap={8} wrap>
              <Typography.Text style={{ minWidth: 0, overflowWrap: "anywhere" }}>
                {o.direction === "incoming"
                  ? t("registration.transfer.incoming", { serial: o.serial })
                  : t("registration.transfer.outgoing", { serial: o.serial, to: o.to ?? "" })}
              </Typography.Text>
              {o.direction === "incoming" ? (
                <Button type="primary" loading={accept.isPending} onClick={() => void onAccept(o.id)}>
                  {t("registration.transfer.accept")}
                </Button>
              ) : (
                <Tag color="gold">{t(`registration.transfer.status.${o.status}`)}</Tag>
              )}
            </Flex>
          </Card>
        ))}
      </Flex>
    </section>
  );
}
