import { ArrowLeftOutlined } from "@ant-design/icons";
import { Button, Card, Col, Descriptions, Flex, Result, Row, Skeleton, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { ApiError } from "../../app/api";
import { useUser } from "../../app/auth";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { useRma } from "./api";
import { FollowUpCall } from "./FollowUpCall";
import { InspectionForm } from "./InspectionForm";
import { RmaActions } from "./RmaActions";
import { RmaDueTags } from "./RmaDueTag";
import { RmaShipments } from "./RmaShipments";
import { RmaSteps } from "./RmaSteps";
import { EntitlementView } from "./WhyPanel";

// One RMA: its steps, the entitlement it was opened on, QA's sign-off, and what comes next.
export default function RmaDetailPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const user = useUser();
  const rma = useRma(id);
  useTitle(rma.data?.number ?? id);
  const back = (
    <Button
      type="link"
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate("/console/rmas")}
      style={{ paddingInline: 0 }}
    >
      {t("sanbao.rma.listTitle")}
    </Button>
  );
  if (rma.isPending) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (rma.isError)
    return (
      <>
        {back}
        {rma.error instanceof ApiError && rma.error.status === 404 ? (
          <Result status="404" />
        ) : (
          <ErrorState error={rma.error} onRetry={() => void rma.refetch()} />
        )}
      </>
    );
  const r = rma.data;
  const qa = user.role === "qa";
  return (
    <Flex vertical gap={12} style={{ maxWidth: 1200 }}>
      {back}
      <Card size="small">
        <Flex justify="space-between" wrap gap={8} align="center">
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="rma-number">
            {r.number}
          </Typography.Title>
          <span>
            <Tag>{t(`sanbao.kind.${r.kind}`)}</Tag>
            <Tag color="blue" data-testid="rma-status">
              {t(`sanbao.status.${r.status}`)}
            </Tag>
            <RmaDueTags rma={r} />
          </span>
        </Flex>
        <Descriptions size="small" column={{ xs: 1, md: 3 }} style={{ marginTop: 8 }}>
          <Descriptions.Item label={t("sanbao.rma.ticket")}>
            <Link to={`/console/tickets/${r.ticketNumber}`}>{r.ticketNumber}</Link>
          </Descriptions.Item>
          <Descriptions.Item label={t("sanbao.rma.unit")}>{r.unitSerial}</Descriptions.Item>
          {r.trackingNo ? (
            <Descriptions.Item label={t("sanbao.rma.tracking")}>
              {`${r.carrier ?? ""} ${r.trackingNo}`.trim()}
            </Descriptions.Item>
          ) : null}
          {r.replacementSerial ? (
            <Descriptions.Item label={t("sanbao.rma.replacementSerial")}>
              <span data-testid="rma-replacement">{r.replacementSerial}</span>
            </Descriptions.Item>
          ) : null}
          {r.refundAmount ? (
            <Descriptions.Item label={t("sanbao.rma.refund")}>{r.refundAmount}</Descriptions.Item>
          ) : null}
        </Descriptions>
        {r.override ? (
          <Typography.Text type="warning">
            {t("sanbao.rma.override", { reason: r.override.reason })}
          </Typography.Text>
        ) : null}
        <div style={{ marginTop: 12 }}>
          <RmaSteps rma={r} />
        </div>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={14}>
          <Flex vertical gap={12}>
            {qa && r.status === "received" ? <InspectionForm rma={r} /> : null}
            {!qa ? <RmaActions rma={r} /> : null}
            {!qa ? <FollowUpCall rma={r} /> : null}
            {r.inspection ? (
              <Card size="small" title={t("sanbao.qa.title")} data-testid="inspection-result">
                <Tag color={r.inspection.result === "pass" ? "green" : "red"}>
                  {t(`sanbao.qa.${r.inspection.result}`)}
                </Tag>
                {r.inspection.signature ? t("sanbao.qa.signed", { name: r.inspection.signature }) : null}
                {r.inspection.faultCode ? (
                  <div>{`${t("sanbao.qa.faultCode")}: ${r.inspection.faultCode}`}</div>
                ) : null}
                {r.inspection.notes ? <div>{r.inspection.notes}</div> : null}
              </Card>
            ) : null}
          </Flex>
        </Col>
        <Col xs={24} lg={10}>
          <Flex vertical gap={12}>
            {r.shipments.length > 0 ? (
              <Card size="small" title={t("sanbao.shipments.title")}>
                <RmaShipments rma={r} />
              </Card>
            ) : null}
            <Card size="small" title={t("sanbao.why.title")}>
              <EntitlementView e={r.entitlement} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
