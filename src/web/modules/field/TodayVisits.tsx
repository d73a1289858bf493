import { EnvironmentOutlined } from "@ant-design/icons";
import { Card, Empty, Flex, List, Segmented, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../../app/auth";
import { useFormat } from "../../app/format";
import { ErrorState } from "../../ui/ListState";
import { useVisits, type Visit } from "./api";
import { useOfflineQueue } from "./offline-sender";
import { clockText, dayInZone, kindKey, mapLink, statusKey, windowText } from "./visit-format";

// The technician's round for today (or tomorrow, to see what the dispatcher planned), in the
// order of the dispatch plan's arrival times, else of the booked windows.
export function TodayVisits() {
  const { t, i18n } = useTranslation();
  const [ahead, setAhead] = useState(0);
  const { tz } = useFormat();
  // Today and tomorrow are the tenant's (or user's) days, whatever zone the phone is set to.
  const day = dayInZone(ahead, tz);
  const visits = useVisits({ technicianId: "me", day });
  const items = (visits.data?.items ?? []).filter((v) => v.status !== "cancelled");
  // Back online on the round's page: what was done offline is sent from here too.
  const me = useAuth().user;
  const waiting = useOfflineQueue(me?.role === "technician" ? me.id : undefined);
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          {ahead ? t("field.tomorrow") : t("field.today")}
          {waiting.length > 0 ? (
            <Tag color="warning" data-testid="waiting-count">
              {t("field.offline.waiting", { count: waiting.length })}
            </Tag>
          ) : null}
        </Flex>
      }
      data-testid="today-visits"
      extra={
        <Segmented
          size="small"
          value={ahead}
          onChange={(v) => setAhead(Number(v))}
          options={[
            { value: 0, label: t("field.todayShort") },
            { value: 1, label: t("field.tomorrowShort") },
          ]}
        />
      }
    >
      {visits.isError ? (
        <ErrorState error={visits.error} onRetry={() => void visits.refetch()} />
      ) : items.length === 0 && !visits.isPending ? (
        <Empty description={t("field.noVisits")} />
      ) : (
        <List
          loading={visits.isPending}
          dataSource={items}
          renderItem={(v: Visit, i) => (
            <List.Item data-testid="today-visit">
              <Flex vertical gap={4} style={{ width: "100%" }}>
                <Flex justify="space-between" gap={8} wrap>
                  <Link to={`/console/my-work/visits/${v.id}`} data-testid="open-visit">
                    <Typography.Text strong>
                      {i + 1}. {windowText(v, i18n.language, tz)}
                    </Typography.Text>
                  </Link>
                  <Tag color={v.status === "done" ? "green" : "blue"}>{t(statusKey(v.status))}</Tag>
                </Flex>
                <span>
                  {t(kindKey(v.kind))} · {v.ticketNumber}
                  {v.plannedStart ? (
                    <Typography.Text type="secondary" data-testid="planned-at">
                      {" · "}
                      {t("field.plannedAt", {
                        time: clockText(v.plannedStart, i18n.language, tz),
                      })}
                    </Typography.Text>
                  ) : null}
                </span>
                <a href={mapLink(v.address)} target="_blank" rel="noreferrer">
                  <EnvironmentOutlined /> {v.address}
                </a>
              </Flex>
            </List.Item>
          )}
        />
      )}
    </Card>
  );
}
