import { Card, Flex, List, Segmented, Skeleton, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useUser } from "../../app/auth";
import { TimeText } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { useRmaList } from "./api";
import { RmaDueTags } from "./RmaDueTag";

// RMA orders; QA starts on the inspection queue (received units waiting for sign-off). Cards, not a
// table, so it reads on a phone.
export default function RmaListPage() {
  const { t } = useTranslation();
  const user = useUser();
  const [params, setParams] = useSearchParams();
  const filter = params.get("status") ?? (user.role === "qa" ? "qa" : "all");
  useTitle(filter === "qa" ? t("sanbao.nav.inspections") : t("sanbao.nav.rmas"));
  const list = useRmaList(filter === "all" ? undefined : filter);
  return (
    <Flex vertical gap={12} style={{ maxWidth: 900 }}>
      <Typography.Title level={4} style={{ margin: 0 }}>
        {t("sanbao.rma.listTitle")}
      </Typography.Title>
      <Segmented
        value={filter}
        onChange={(v) => setParams({ status: String(v) })}
        options={[
          { value: "qa", label: t("sanbao.rma.filterQa") },
          { value: "all", label: t("sanbao.rma.filterAll") },
        ]}
      />
      {list.isPending ? (
        <Skeleton active paragraph={{ rows: 4 }} />
      ) : list.isError ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : (
        <List
          dataSource={list.data.items}
          locale={{ emptyText: filter === "qa" ? t("sanbao.rma.emptyQa") : t("sanbao.rma.empty") }}
          renderItem={(r) => (
            <List.Item style={{ paddingInline: 0 }}>
              <Card size="small" style={{ width: "100%" }} data-testid="rma-card">
                <Link to={`/console/rmas/${r.id}`} data-testid="rma-link">
                  <Flex justify="space-between" wrap gap={6}>
                    <Typography.Text strong>{r.number}</Typography.Text>
                    <span>
                      <Tag>{t(`sanbao.kind.${r.kind}`)}</Tag>
                      <Tag color="blue">{t(`sanbao.status.${r.status}`)}</Tag>
                      <RmaDueTags rma={r} />
                    </span>
                  </Flex>
                  <Typography.Text type="secondary" style={{ fontSize: 13 }}>
                    {r.ticketNumber} · {r.unitSerial} · <TimeText iso={r.updatedAt} />
                  </Typography.Text>
                </Link>
              </Card>
            </List.Item>
          )}
        />
      )}
    </Flex>
  );
}
