import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Grid, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useTitle } from "../../app/useTitle";
import { SavedViews } from "./SavedViews";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { TicketQueue } from "./TicketQueue";
import { queueQuery, useQueueState } from "./useQueueState";
import { VIEW_KEYS, VIEWS } from "./views";

export default function ConsolePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const { view, filters, sort, update } = useQueueState(VIEW_KEYS, "mine");
  const query = queueQuery(VIEWS[view], filters, sort);
  const title = filters.q ? t("queue.searchResults", { q: filters.q }) : t(`views.${view}`);
  useTitle(title);

  return (
    <Flex gap={16} align="flex-start" vertical={!screens.lg}>
      {screens.lg ? (
        <Card
          size="small"
          title={t("views.title")}
          style={{ width: 210, flex: "none", position: "sticky", top: 72 }}
        >
          <SavedViews value={view} onChange={(v) => update({ view: v, filters: { ...filters, q: "" } })} />
        </Card>
      ) : (
        <Select
          aria-label={t("views.title")}
          value={view}
          onChange={(v) => update({ view: v, filters: { ...filters, q: "" } })}
          options={VIEW_KEYS.map((k) => ({ value: k, label: t(`views.${k}`) }))}
          style={{ width: "100%" }}
        />
      )}
      <div style={{ flex: 1, minWidth: 0, width: "100%" }}>
        <Flex align="center" justify="space-between" style={{ marginBottom: 8 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            {title}
          </Typography.Title>
          <Flex gap={8} align="center">
            <ShortcutsHelp />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => navigate("/console/new")}>
              {t("nav.newTicket")}
            </Button>
          </Flex>
        </Flex>
        <TicketQueue
          query={query}
          basePath="/console/tickets/"
          filters={filters}
          onFilters={(f) => update({ filters: f })}
          sort={sort}
          onSort={(s) => update({ sort: s ?? null })}
          emptyText={t("queue.emptyHint")}
        />
      </div>
    </Flex>
  );
}
