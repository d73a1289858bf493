import { PlusOutlined } from "@ant-design/icons";
import { Button, Flex, Segmented, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { OPEN_STATUSES } from "../../app/types";
import { TicketQueue } from "../console/TicketQueue";
import { queueQuery, useQueueState } from "../console/useQueueState";
import type { TicketQuery } from "../tickets/api";

const DEALER_VIEWS = ["outletOpen", "resolved", "outletAll"] as const;
type DealerView = (typeof DEALER_VIEWS)[number];

// The server limits a dealer's list to their outlet; these are just status cuts of it.
const QUERIES: Record<DealerView, TicketQuery> = {
  outletOpen: { status: OPEN_STATUSES },
  resolved: { status: ["resolved"] },
  outletAll: {},
};

export default function DealerPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { view, filters, sort, update } = useQueueState(DEALER_VIEWS, "outletOpen");

  return (
    <div>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 12 }}>
        <Flex align="center" gap={12} wrap style={{ minWidth: 0, maxWidth: "100%" }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {t("nav.dealer")}
          </Typography.Title>
          {/* On a phone the three views scroll sideways inside their own strip, not the page. */}
          <div style={{ maxWidth: "100%", overflowX: "auto" }}>
            <Segmented<DealerView>
              value={view}
              onChange={(v) => update({ view: v, filters: { ...filters, q: "" } })}
              options={DEALER_VIEWS.map((v) => ({ value: v, label: t(`views.${v}`) }))}
            />
          </div>
        </Flex>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/dealer/new")}>
          {t("nav.newTicket")}
        </Button>
      </Flex>
      <TicketQueue
        query={queueQuery(QUERIES[view], filters, sort)}
        basePath="/dealer/tickets/"
        filters={filters}
        onFilters={(f) => update({ filters: f })}
        sort={sort}
        onSort={(s) => update({ sort: s ?? null })}
        staff={false}
        emptyText={t("queue.emptyHintNew")}
      />
    </div>
  );
}
