import { Badge, Card, Empty, Flex, List, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat } from "../../app/format";
import { ErrorState } from "../../ui/ListState";
import { partName, useMyVan } from "./api";

// The technician's van on the phone (360 px first): what is in it, what is held there for which job
// (and visit), and the old parts still to send back — overdue ones first and in red.
export function MyVanCard() {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const van = useMyVan();
  if (van.isError) return <ErrorState error={van.error} onRetry={() => void van.refetch()} />;
  const data = van.data;
  if (!data?.site) return van.isPending ? <Card size="small" loading /> : null;
  const owed = [...data.oldParts].sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const section = (title: string, count: number) => (
    <Flex align="center" gap={6} style={{ marginTop: 8 }}>
      <Typography.Text strong>{title}</Typography.Text>
      <Badge count={count} showZero color="#8c8c8c" size="small" />
    </Flex>
  );
  return (
    <Card size="small" title={`${t("parts.van.title")} · ${data.site.name}`} data-testid="my-van">
      {section(t("parts.van.stock"), data.lines.length)}
      {data.lines.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("parts.van.noStock")} />
      ) : (
        <List
          size="small"
          dataSource={data.lines}
          renderItem={(l) => (
            <List.Item data-testid="van-line" style={{ paddingInline: 0 }}>
              <Flex justify="space-between" gap={8} style={{ width: "100%" }}>
                <span style={{ minWidth: 0, overflowWrap: "anywhere" }}>
                  {partName(l, i18n.language)}
                  <br />
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {l.partNo}
                  </Typography.Text>
                </span>
                <span style={{ whiteSpace: "nowrap", textAlign: "right" }}>
                  <strong>{l.onHand}</strong>
                  <br />
                  <Typography.Text type={l.low ? "warning" : "secondary"} style={{ fontSize: 12 }}>
                    {t("parts.van.free", { count: l.available })}
                  </Typography.Text>
                </span>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {section(t("parts.van.held"), data.reservations.length)}
      {data.reservations.length === 0 ? (
        <Typography.Text type="secondary">{t("parts.van.noHeld")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={data.reservations}
          renderItem={(r) => (
            <List.Item data-testid="van-held" style={{ paddingInline: 0 }}>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <span style={{ overflowWrap: "anywhere" }}>
                  {partName(r, i18n.language)} × {r.qty}{" "}
                  <Tag color={r.status === "waiting" ? "orange" : "blue"}>
                    {t(`parts.reservation.${r.status}`)}
                  </Tag>
                </span>
                <Flex gap={8} wrap>
                  {r.ticketNumber ? (
                    <Link to={`/console/tickets/${encodeURIComponent(r.ticketNumber)}`}>
                      {t("parts.van.forTicket", { number: r.ticketNumber })}
                    </Link>
                  ) : null}
                  {r.visitId ? (
                    <Link to={`/console/my-work/visits/${encodeURIComponent(r.visitId)}`}>
                      {t("parts.van.visit")}
                    </Link>
                  ) : null}
                </Flex>
              </Flex>
            </List.Item>
          )}
        />
      )}
      {section(t("parts.van.owed"), owed.length)}
      {owed.length === 0 ? (
        <Typography.Text type="secondary">{t("parts.van.noOwed")}</Typography.Text>
      ) : (
        <List
          size="small"
          dataSource={owed}
          renderItem={(o) => (
            <List.Item data-testid="van-owed" style={{ paddingInline: 0 }}>
              <Flex vertical gap={2} style={{ minWidth: 0 }}>
                <span style={{ overflowWrap: "anywhere" }}>
                  {partName(o, i18n.language)} × {o.qty}{" "}
                  <Tag color={o.status === "shipped" ? "blue" : "orange"}>
                    {t(`parts.oldParts.status.${o.status}`)}
                  </Tag>
                  {o.overdue ? <Tag color="red">{t("parts.oldParts.overdue")}</Tag> : null}
                </span>
                <Typography.Text type={o.overdue ? "danger" : "secondary"} style={{ fontSize: 12 }}>
                  {o.ticketNumber ?? ""} · {t("parts.oldParts.due")} {fmt.date(o.dueAt)} → {o.site}
                </Typography.Text>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
