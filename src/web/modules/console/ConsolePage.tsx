import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Flex, Grid, Select, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { useTitle } from "../../app/useTitle";
import { CustomViews, customKey, useCustomViews, viewQuery } from "../routing/CustomViews";
import { SavedViews } from "./SavedViews";
import { ShortcutsHelp } from "./ShortcutsHelp";
import { TicketQueue } from "./TicketQueue";
import { queueQuery, useQueueState } from "./useQueueState";
import { isViewKey, VIEW_KEYS, VIEWS, viewLabelKey } from "./views";

export default function ConsolePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const screens = Grid.useBreakpoint();
  const custom = useCustomViews();
  const { view, filters, sort, update } = useQueueState<string>([...VIEW_KEYS, ...custom.keys], "mine");
  const saved = custom.byKey(view);
  const base = isViewKey(view) ? VIEWS[view] : saved ? viewQuery(saved.filters) : VIEWS.mine;
  const query = queueQuery(base, filters, sort);
  const viewName = isViewKey(view) ? t(viewLabelKey(view)) : (saved?.name ?? "");
  const title = filters.q ? t("queue.searchResults", { q: filters.q }) : viewName;
  useTitle(title);

  return (
    <Flex gap={16} align="flex-start" vertical={!screens.lg}>
      {screens.lg ? (
        <Card
          size="small"
          title={t("views.title")}
          style={{ width: 210, flex: "none", position: "sticky", top: 72 }}
        >
          <SavedViews
            value={isViewKey(view) ? view : null}
            onChange={(v) => update({ view: v, filters: { ...filters, q: "" } })}
          />
          <CustomViews
            value={view}
            onChange={(v) => update({ view: v, filters: { ...filters, q: "" } })}
            current={query}
          />
        </Card>
      ) : (
        <Select
          aria-label={t("views.title")}
          value={view}
          onChange={(v) => update({ view: v, filters: { ...filters, q: "" } })}
          options={[
            ...VIEW_KEYS.map((k) => ({ value: k as string, label: t(viewLabelKey(k)) })),
            ...custom.items.map((v) => ({ value: customKey(v), label: v.name })),
          ]}
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
