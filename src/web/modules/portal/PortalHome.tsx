import { CustomerServiceOutlined, PlusOutlined, ToolOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import type { Unit } from "../../app/types";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { useProductName } from "../../ui/useProductName";
import { WarrantyBadge } from "../../ui/WarrantyBadge";
import { useCustomerUnits } from "../catalog/api";
import { SuggestCard } from "../improvement/SuggestCard";
import { PortalPointsCard } from "../loyalty/PortalPointsCard";
import { UnitExtendedCover } from "../loyalty/UnitExtendedCover";
import { MyRegistrations } from "../registrations/MyRegistrations";
import { MyTransferOffers } from "../registrations/MyTransferOffers";
import { TransferButton } from "../registrations/TransferButton";
import { PortalSurveyCard } from "../surveys/PortalSurveyCard";
import { MyRequests, PleaseConfirm } from "./PortalRequests";

function UnitCard({ unit }: { unit: Unit }) {
  const { t } = useTranslation();
  const productName = useProductName();
  const navigate = useNavigate();
  return (
    <Card size="small" data-testid="portal-unit" data-serial={unit.serial}>
      <Flex justify="space-between" align="center" gap={8} wrap>
        <div style={{ minWidth: 0 }}>
          <div style={{ fontWeight: 600 }}>{productName(unit.productName, unit.productNameEn)}</div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {unit.serial}
          </Typography.Text>
          <div>
            <WarrantyBadge
              status={unit.warranty?.status}
              endsAt={unit.warranty?.endsAt ?? unit.warrantyEndsAt}
            />
          </div>
          <UnitExtendedCover serial={unit.serial} />
        </div>
        <Flex gap={8} wrap>
          <TransferButton serial={unit.serial} />
          <Button
            icon={<ToolOutlined />}
            onClick={() => navigate(`/portal/new?unit=${encodeURIComponent(unit.serial)}`)}
            aria-label={`${t("portal.getHelp")} · ${productName(unit.productName, unit.productNameEn)}`}
          >
            {t("portal.getHelp")}
          </Button>
        </Flex>
      </Flex>
    </Card>
  );
}

export default function PortalHome() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const units = useCustomerUnits(undefined);
  const unitItems = units.data?.items ?? [];
  useTitle(t("nav.portal"));

  return (
    <Flex vertical gap={20}>
      <section>
        <Button
          type="primary"
          block
          size="large"
          style={{ height: 64, fontSize: 20 }}
          icon={<CustomerServiceOutlined />}
          data-testid="portal-new-request"
          onClick={() => navigate("/portal/new")}
        >
          {t("portal.getHelp")}
        </Button>
        <Typography.Paragraph type="secondary" style={{ textAlign: "center", marginTop: 8 }}>
          {t("portal.getHelpHint")}
        </Typography.Paragraph>
      </section>

      <PleaseConfirm />

      <PortalSurveyCard />

      <PortalPointsCard />

      <section aria-labelledby="my-products">
        <Flex justify="space-between" align="center" style={{ marginBottom: 8 }}>
          <Typography.Title level={5} id="my-products" style={{ margin: 0 }}>
            {t("portal.myProducts")}
          </Typography.Title>
          <Button
            type="link"
            icon={<PlusOutlined />}
            onClick={() => navigate("/portal/register")}
            data-testid="portal-register"
          >
            {t("portal.registerProduct")}
          </Button>
        </Flex>
        <ListState
          query={units}
          empty={unitItems.length === 0}
          rows={2}
          emptyText={
            <span>
              {t("portal.noProducts")}
              <br />
              {t("portal.noProductsHint")}
            </span>
          }
          emptyAction={
            <Button onClick={() => navigate("/portal/register")}>{t("portal.registerProduct")}</Button>
          }
        >
          <Flex vertical gap={8}>
            {unitItems.map((u) => (
              <UnitCard key={u.id} unit={u} />
            ))}
          </Flex>
        </ListState>
      </section>

      <MyRegistrations />

      <MyTransferOffers />

      <MyRequests />

      <SuggestCard />
    </Flex>
  );
}
