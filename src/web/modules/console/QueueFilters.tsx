import { ClearOutlined, SearchOutlined } from "@ant-design/icons";
import { Button, Input, Select, Space } from "antd";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  PRIORITIES,
  type Priority,
  STATUSES,
  TICKET_TYPES,
  type TicketStatus,
  type TicketType,
} from "../../app/types";
import { useDebounced } from "../../app/useDebounced";
import { useAgents } from "../users/api";

export type Filters = {
  status: TicketStatus[];
  priority: Priority[];
  type: TicketType[];
  assignee?: string;
  // Set by links from the SLA monitor (a team id or "none"); cleared with the other filters.
  team?: string;
  q: string;
};

const NO_FILTERS: Filters = { status: [], priority: [], type: [], q: "" };

const active = (f: Filters) =>
  f.status.length + f.priority.length + f.type.length > 0 || Boolean(f.assignee || f.team) || f.q !== "";

export function QueueFilters({
  value,
  onChange,
  showAssignee = true,
}: {
  value: Filters;
  onChange: (f: Filters) => void;
  showAssignee?: boolean;
}) {
  const { t } = useTranslation();
  const agents = useAgents(showAssignee);
  const [q, setQ] = useState(value.q);
  useEffect(() => setQ(value.q), [value.q]);
  // Search as you type: the list follows the box shortly after typing stops.
  const typed = useDebounced(q.trim(), 350);
  const latest = useRef({ value, onChange });
  latest.current = { value, onChange };
  // Only once the debounce has caught up with the box: after the view (and so the search) changed
  // under it, a stale debounced value must not be applied, nor a fresh one skipped as unchanged.
  useEffect(() => {
    const { value: v, onChange: change } = latest.current;
    if (typed === q.trim() && typed !== v.q) change({ ...v, q: typed });
  }, [typed, q]);

  return (
    <Space wrap size={8} style={{ marginBottom: 12 }}>
      <Input
        allowClear
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        onPressEnter={() => onChange({ ...value, q: q.trim() })}
        placeholder={t("queue.searchPlaceholder")}
        aria-label={t("common.search")}
        prefix={<SearchOutlined aria-hidden />}
        style={{ width: 280 }}
        data-testid="queue-search"
      />
      <Select<TicketStatus[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t("queue.status")}
        placeholder={t("queue.status")}
        style={{ minWidth: 170 }}
        value={value.status}
        onChange={(status) => onChange({ ...value, status })}
        options={STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        data-testid="filter-status"
      />
      <Select<Priority[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t("queue.priority")}
        placeholder={t("queue.priority")}
        style={{ minWidth: 130 }}
        value={value.priority}
        onChange={(priority) => onChange({ ...value, priority })}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        data-testid="filter-priority"
      />
      <Select<TicketType[]>
        mode="multiple"
        allowClear
        maxTagCount="responsive"
        aria-label={t("queue.type")}
        placeholder={t("queue.type")}
        style={{ minWidth: 130 }}
        value={value.type}
        onChange={(type) => onChange({ ...value, type })}
        options={TICKET_TYPES.map((ty) => ({ value: ty, label: t(`type.${ty}`) }))}
        data-testid="filter-type"
      />
      {showAssignee ? (
        <Select<string>
          allowClear
          showSearch={{ optionFilterProp: "label" }}
          aria-label={t("queue.assignee")}
          placeholder={t("queue.assignee")}
          style={{ minWidth: 150 }}
          value={value.assignee}
          onChange={(assignee) => onChange({ ...value, assignee })}
          options={[
            { value: "me", label: t("common.me") },
            { value: "none", label: t("common.unassigned") },
            ...(agents.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
          ]}
          data-testid="filter-assignee"
        />
      ) : null}
      {active(value) ? (
        <Button icon={<ClearOutlined />} onClick={() => onChange(NO_FILTERS)}>
          {t("queue.clearFilters")}
        </Button>
      ) : null}
    </Space>
  );
}
