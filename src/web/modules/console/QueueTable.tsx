import { Grid, Table, type TableProps, Typography } from "antd";
import type { SortOrder } from "antd/es/table/interface";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useFormat, useNow } from "../../app/format";
import type { TicketListItem } from "../../app/types";
import { PriorityTag } from "../../ui/PriorityTag";
import { SlaTag } from "../../ui/SlaTag";
import { StatusTag } from "../../ui/StatusTag";
import { TierBadge } from "../../ui/TierBadge";
import { TypeTag } from "../../ui/TypeTag";
import { useProductName } from "../../ui/useProductName";
import type { TicketQuery } from "../tickets/api";

export type Sort = TicketQuery["sort"];

type Props = {
  items: TicketListItem[];
  loading: boolean;
  sort: Sort;
  onSort: (s: Sort) => void;
  selected: string | null;
  linkTo: (t: TicketListItem) => string;
  onOpen: (t: TicketListItem) => void;
  showAssignee?: boolean;
  // Ticked rows for the bulk bar (ids); without onCheck the table has no checkboxes.
  checked?: readonly string[];
  onCheck?: (ids: string[]) => void;
};

// Server-side sort: the table only reflects which order the list was fetched in.
const orderOf = (sort: Sort, column: string): SortOrder => {
  if (column === "number")
    return sort === "created_asc" ? "ascend" : sort === "created_desc" ? "descend" : null;
  if (column === "age") return sort === "created_desc" ? "ascend" : sort === "created_asc" ? "descend" : null;
  if (column === "priority") return sort === "priority" ? "ascend" : null;
  if (column === "sla") return sort === "sla_due" ? "ascend" : null;
  return null;
};

const sortOf = (column: string | undefined, order: SortOrder | undefined): Sort => {
  if (!order || !column) return undefined;
  if (column === "priority") return "priority";
  if (column === "sla") return "sla_due";
  if (column === "number") return order === "ascend" ? "created_asc" : "created_desc";
  if (column === "age") return order === "ascend" ? "created_desc" : "created_asc";
  return undefined;
};

export function QueueTable(p: Props) {
  const { t, i18n } = useTranslation();
  const productName = useProductName();
  // English status names are longer ("Waiting for third party"): the tag must never be clipped.
  const en = i18n.language === "en";
  const statusWidth = en ? 176 : 118;
  const fmt = useFormat();
  const screens = Grid.useBreakpoint();
  useNow();
  const columns: TableProps<TicketListItem>["columns"] = [
    {
      key: "number",
      title: t("queue.number"),
      dataIndex: "number",
      width: 136,
      sorter: true,
      sortOrder: orderOf(p.sort, "number"),
      render: (_v, r) => (
        <Link to={p.linkTo(r)} onClick={(e) => e.stopPropagation()} style={{ fontFamily: "monospace" }}>
          {r.number}
        </Link>
      ),
    },
    {
      key: "subject",
      title: t("queue.subject"),
      dataIndex: "subject",
      // The subject gets the room the other columns leave; the full text is its tooltip.
      ellipsis: true,
      render: (v: string) => <Typography.Text title={v}>{v}</Typography.Text>,
    },
    {
      key: "status",
      title: t("queue.status"),
      width: statusWidth,
      render: (_v, r) => <StatusTag status={r.status} />,
    },
    {
      key: "priority",
      title: t("queue.priority"),
      width: 104,
      sorter: true,
      sortOrder: orderOf(p.sort, "priority"),
      render: (_v, r) => <PriorityTag priority={r.priority} />,
    },
    {
      key: "sla",
      title: <span data-testid="queue-sort-sla">{t("sla.column")}</span>,
      width: 140,
      sorter: true,
      sortDirections: ["ascend"],
      sortOrder: orderOf(p.sort, "sla"),
      showSorterTooltip: { title: t("sla.sortDue") },
      render: (_v, r) => <SlaTag state={r.slaState} dueAt={r.slaDueAt} testId="queue-sla" />,
    },
    {
      key: "type",
      title: t("queue.type"),
      width: en ? 126 : 84,
      render: (_v, r) => <TypeTag type={r.type} />,
    },
    {
      key: "customer",
      title: t("queue.customer"),
      width: 160,
      ellipsis: true,
      render: (_v, r) => (
        <span>
          {r.customerName} <TierBadge tier={r.customerTier} />
        </span>
      ),
    },
    {
      key: "product",
      title: t("queue.product"),
      width: 130,
      // Product and age give way to the subject below 1600 px (the ticket page shows both).
      responsive: ["xxl"],
      ellipsis: true,
      render: (_v, r) =>
        (r.productName ? productName(r.productName, r.productNameEn) : null) ?? (
          <Typography.Text type="secondary">{t("common.dash")}</Typography.Text>
        ),
    },
    {
      key: "age",
      title: t("queue.age"),
      width: 76,
      responsive: ["xxl"],
      sorter: true,
      sortOrder: orderOf(p.sort, "age"),
      render: (_v, r) => (
        <time dateTime={r.createdAt} title={fmt.dateTime(r.createdAt)}>
          {fmt.age(r.createdAt)}
        </time>
      ),
    },
  ];
  if (p.showAssignee !== false) {
    columns.push({
      key: "assignee",
      title: t("queue.assignee"),
      width: 90,
      ellipsis: true,
      render: (_v, r) =>
        r.assigneeName ?? <Typography.Text type="secondary">{t("common.unassigned")}</Typography.Text>,
    });
  }

  return (
    <Table<TicketListItem>
      size="small"
      rowKey="id"
      columns={columns}
      dataSource={p.items}
      loading={p.loading}
      pagination={false}
      // Narrower than every column's width (a phone, the side menu and views beside it): scroll
      // sideways rather than squeeze the subject to nothing.
      scroll={{ x: minTableWidth(columns, screens.xxl === true, p.onCheck !== undefined) }}
      sticky={{ offsetHeader: 56 }}
      showSorterTooltip={false}
      onChange={(_pg, _f, sorter) => {
        const s = Array.isArray(sorter) ? sorter[0] : sorter;
        p.onSort(sortOf(s?.columnKey === undefined ? undefined : String(s.columnKey), s?.order));
      }}
      rowSelection={
        p.onCheck
          ? {
              columnWidth: 40,
              selectedRowKeys: [...(p.checked ?? [])],
              onChange: (keys) => p.onCheck?.(keys.map(String)),
              getCheckboxProps: (r) => ({ "aria-label": t("desk.bulk.select", { number: r.number }) }),
            }
          : undefined
      }
      rowClassName={(r) => (r.number === p.selected ? "queue-row is-selected" : "queue-row")}
      onRow={(r) => ({
        "data-testid": "queue-row",
        "data-number": r.number,
        "aria-selected": r.number === p.selected,
        // A click on the checkbox cell ticks the row; anywhere else opens the ticket.
        onClick: (e) => {
          if ((e.target as HTMLElement).closest(".ant-table-selection-column")) return;
          p.onOpen(r);
        },
      })}
    />
  );
}

// The subject has no fixed width: it gets what is left, and at least this much.
const SUBJECT_MIN_WIDTH = 260;

// The fixed widths of the columns shown at this screen size, plus the subject's minimum.
function minTableWidth(
  columns: NonNullable<TableProps<TicketListItem>["columns"]>,
  xxl: boolean,
  checkboxes: boolean,
): number {
  return (
    columns
      .filter((c) => !c.responsive || xxl)
      .reduce((sum, c) => sum + (typeof c.width === "number" ? c.width : SUBJECT_MIN_WIDTH), 0) +
    (checkboxes ? 40 : 0)
  );
}
