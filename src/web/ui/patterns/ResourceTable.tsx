import {
  DownloadOutlined,
  FileExcelOutlined,
  LeftOutlined,
  PlusOutlined,
  RightOutlined,
  SettingOutlined,
} from "@ant-design/icons";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { Alert, Button, Checkbox, Flex, Input, Popover, Select, Table, Typography } from "antd";
import type { ColumnType, SorterResult } from "antd/es/table/interface";
import { type ReactNode, useEffect, useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { useUser } from "../../app/auth";
import { errorText, showError, showSuccess, showWarning } from "../../app/feedback";
import { ListState } from "../ListState";
import { exportCsv } from "./csv";
import { exportHeader } from "./export-codes";
import { useColumnSettings } from "./useColumnSettings";
import { PAGE_SIZES, type SortState, useTableUrl } from "./useTableUrl";
import { downloadBlob, downloadCsv, exportXlsx } from "./xlsx";

type Cell = string | number | boolean | null | undefined;
type Params = Record<string, string | number | undefined>;
type PageOf<T> = { items: T[]; nextCursor?: string | null; total?: number };

export type ResourceColumn<T> = Omit<ColumnType<T>, "key" | "title" | "sorter"> & {
  key: string;
  title: string;
  // The value written to the CSV export; without it the column is left out of the export.
  csv?: (row: T) => Cell;
  // The import's column code: the export's header ends with it, so the file imports again.
  importCode?: string;
  // A server sort value per direction, sent as `sort` (for APIs that sort).
  serverSort?: { ascend: string; descend: string };
  // Sorts the rows on screen, for APIs that only page in one fixed order.
  localSort?: (a: T, b: T) => number;
  // Cannot be hidden in the column settings (the row's name, the actions).
  fixedVisible?: boolean;
};

type ResourceFilter = { key: string; label: string; options: { value: string; label: ReactNode }[] };

type Props<T> = {
  id: string;
  resource: string;
  path: string;
  columns: ResourceColumn<T>[];
  rowKey: (row: T) => string;
  emptyText: string;
  searchPlaceholder?: string;
  filters?: ResourceFilter[];
  params?: Params;
  createLabel?: string;
  onCreate?: () => void;
  // Page-specific buttons beside export and create (e.g. "verify chain").
  toolbarExtra?: ReactNode;
  // Shown in the bar that appears when rows are selected; `clear` drops the selection.
  bulkActions?: (rows: T[], clear: () => void) => ReactNode;
  exportName?: string;
  // Whole list in one answer (no cursor): paging and server search are off.
  unpaged?: boolean;
  // Told the rows on screen, e.g. to look up names for the ids they carry.
  onRows?: (rows: T[]) => void;
  scrollX?: number;
};

// The one list screen every module uses: search and filters in the URL, keyset pages,
// sortable columns, per-user column settings, multi-select with a bulk bar, CSV export.
export function ResourceTable<T extends object>(p: Props<T>) {
  const { t } = useTranslation();
  const user = useUser();
  const filterKeys = useMemo(() => (p.filters ?? []).map((f) => f.key), [p.filters]);
  const url = useTableUrl(filterKeys);
  const cols = useColumnSettings(user.id, p.id);
  const [history, setHistory] = useState<(string | undefined)[]>([]);
  const [selected, setSelected] = useState<T[]>([]);
  const [exporting, setExporting] = useState<number | null>(null);

  const sortCol = url.sort ? p.columns.find((c) => c.key === url.sort?.key) : undefined;
  const query: Params = {
    ...p.params,
    ...url.filters,
    q: url.q || undefined,
    sort: sortCol?.serverSort && url.sort ? sortCol.serverSort[url.sort.order] : undefined,
  };
  const list = useQuery({
    queryKey: [p.resource, "table", p.path, query, url.cursor, url.size],
    queryFn: ({ signal }) =>
      api.get<PageOf<T>>(
        p.path,
        p.unpaged ? query : { ...query, limit: url.size, cursor: url.cursor },
        signal,
      ),
    placeholderData: keepPreviousData,
  });

  const rows = useMemo(() => {
    const items = list.data?.items ?? [];
    if (!sortCol?.localSort || !url.sort) return items;
    const dir = url.sort.order === "ascend" ? 1 : -1;
    const cmp = sortCol.localSort;
    return [...items].sort((a, b) => dir * cmp(a, b));
  }, [list.data, sortCol, url.sort]);

  const onRows = p.onRows;
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the rows change
  useEffect(() => onRows?.(rows), [rows]);

  const visible = p.columns.filter((c) => c.fixedVisible || !cols.hidden.includes(c.key));
  const columns: ColumnType<T>[] = visible.map(
    ({ csv: _c, importCode: _i, serverSort, localSort, fixedVisible: _f, ...c }) => ({
      ...c,
      sorter: Boolean(serverSort || localSort),
      sortOrder: url.sort?.key === c.key ? url.sort.order : null,
    }),
  );

  const go = (patch: Parameters<typeof url.update>[0]) => {
    setHistory([]);
    setSelected([]);
    url.update(patch);
  };
  const next = () => {
    setHistory((h) => [...h, url.cursor]);
    url.update({ cursor: list.data?.nextCursor ?? undefined });
  };
  const prev = () => {
    setHistory((h) => h.slice(0, -1));
    url.update({ cursor: history[history.length - 1] });
  };

  const runExport = async (format: "csv" | "xlsx" = "csv") => {
    const csvCols = visible.filter((c) => c.csv);
    setExporting(0);
    try {
      // Both formats: the visible columns that export, the filters of the URL, page by page.
      const spec = {
        header: csvCols.map((c) => exportHeader(c.title, c.importCode)),
        row: (r: T) => csvCols.map((c) => c.csv?.(r)),
        fetchPage: (cursor: string | undefined) =>
          api.get<PageOf<T>>(p.path, p.unpaged ? query : { ...query, limit: 200, cursor }),
        onProgress: setExporting,
      };
      const fileName = `${p.exportName ?? p.id}-${new Date().toISOString().slice(0, 10)}`;
      let rows: number;
      if (format === "xlsx") {
        const out = await exportXlsx<T>({ ...spec, sheetName: p.exportName ?? p.id });
        downloadBlob(out.blob, `${fileName}.xlsx`);
        rows = out.rows;
        // Never a silent cut: Excel's sheet limit is said, and the CSV export has every row.
        if (out.truncated) {
          showWarning(t("patterns.exportSheetFull", { count: rows }));
          return;
        }
      } else {
        const out = await exportCsv<T>(spec);
        downloadCsv(out.parts, fileName);
        rows = out.rows;
      }
      showSuccess(t("patterns.exported", { count: rows }));
    } catch (err) {
      showError(err);
    } finally {
      setExporting(null);
    }
  };

  const settings = (
    <Flex vertical gap={4} data-testid={`${p.id}-column-settings`}>
      {p.columns
        .filter((c) => !c.fixedVisible)
        .map((c) => (
          <Checkbox
            key={c.key}
            checked={!cols.hidden.includes(c.key)}
            onChange={(e) => cols.toggle(c.key, e.target.checked)}
          >
            {c.title}
          </Checkbox>
        ))}
      <Button size="small" type="link" onClick={cols.reset} style={{ alignSelf: "flex-start", padding: 0 }}>
        {t("patterns.resetColumns")}
      </Button>
    </Flex>
  );

  const hasPages = !p.unpaged && (url.cursor !== undefined || Boolean(list.data?.nextCursor));
  const sorterOf = (s: SorterResult<T> | SorterResult<T>[]): SortState => {
    const one = Array.isArray(s) ? s[0] : s;
    return one?.order && typeof one.columnKey === "string" ? { key: one.columnKey, order: one.order } : null;
  };

  return (
    <div data-testid={`${p.id}-table`}>
      <Flex justify="space-between" gap={8} wrap style={{ marginBottom: 12 }}>
        <Flex gap={8} wrap style={{ flex: "1 1 260px", minWidth: 0 }}>
          {p.searchPlaceholder ? (
            <Input.Search
              key={url.q}
              allowClear
              defaultValue={url.q}
              placeholder={p.searchPlaceholder}
              aria-label={p.searchPlaceholder}
              onSearch={(q) => go({ q })}
              style={{ width: 280, maxWidth: "100%" }}
              data-testid={`${p.id}-search`}
            />
          ) : null}
          {(p.filters ?? []).map((f) => (
            <Select<string>
              key={f.key}
              allowClear
              placeholder={f.label}
              aria-label={f.label}
              value={url.filters[f.key]}
              onChange={(v) => go({ filters: { [f.key]: v } })}
              options={f.options}
              style={{ minWidth: 140 }}
              data-testid={`${p.id}-filter-${f.key}`}
            />
          ))}
        </Flex>
        <Flex gap={8} wrap>
          {p.toolbarExtra}
          <Popover trigger="click" placement="bottomRight" title={t("patterns.columns")} content={settings}>
            <Button
              icon={<SettingOutlined />}
              aria-label={t("patterns.columns")}
              data-testid={`${p.id}-columns`}
            />
          </Popover>
          <Button
            icon={<DownloadOutlined />}
            loading={exporting !== null}
            onClick={() => void runExport()}
            data-testid={`${p.id}-export`}
          >
            {exporting !== null ? t("patterns.exporting", { count: exporting }) : t("patterns.export")}
          </Button>
          <Button
            icon={<FileExcelOutlined />}
            disabled={exporting !== null}
            onClick={() => void runExport("xlsx")}
            data-testid={`${p.id}-export-xlsx`}
          >
            {t("patterns.exportXlsx")}
          </Button>
          {p.onCreate ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={p.onCreate} data-testid="admin-create">
              {p.createLabel}
            </Button>
          ) : null}
        </Flex>
      </Flex>
      {p.bulkActions && selected.length > 0 ? (
        <Alert
          type="info"
          style={{ marginBottom: 8 }}
          data-testid={`${p.id}-bulk-bar`}
          title={
            <Flex gap={8} align="center" wrap>
              <span>{t("patterns.selected", { count: selected.length })}</span>
              {p.bulkActions(selected, () => setSelected([]))}
              <Button size="small" type="link" onClick={() => setSelected([])}>
                {t("patterns.clearSelection")}
              </Button>
            </Flex>
          }
        />
      ) : null}
      {list.isError && rows.length > 0 ? (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 8 }}
          title={errorText(list.error)}
          action={
            <Button size="small" onClick={() => void list.refetch()}>
              {t("common.retry")}
            </Button>
          }
        />
      ) : null}
      <ListState
        query={list}
        empty={rows.length === 0}
        emptyText={url.q || Object.values(url.filters).some(Boolean) ? t("patterns.noMatch") : p.emptyText}
        emptyAction={
          url.q || Object.values(url.filters).some(Boolean) ? (
            <Button
              onClick={() =>
                go({ q: "", filters: Object.fromEntries(filterKeys.map((k) => [k, undefined])) })
              }
            >
              {t("patterns.clearFilters")}
            </Button>
          ) : null
        }
      >
        <Table<T>
          size="small"
          rowKey={p.rowKey}
          loading={list.isFetching && !list.isPending}
          pagination={false}
          dataSource={rows}
          columns={columns}
          scroll={{ x: p.scrollX ?? 800 }}
          onChange={(_pg, _f, s) => go({ sort: sorterOf(s) })}
          rowSelection={
            p.bulkActions
              ? {
                  selectedRowKeys: selected.map(p.rowKey),
                  onChange: (_keys, picked) => setSelected(picked),
                }
              : undefined
          }
        />
        <Flex justify="space-between" align="center" gap={8} wrap style={{ paddingTop: 12 }}>
          <Typography.Text type="secondary">{t("patterns.shown", { count: rows.length })}</Typography.Text>
          {hasPages ? (
            <Flex gap={8} align="center">
              <Button
                icon={<LeftOutlined />}
                disabled={url.cursor === undefined}
                onClick={prev}
                aria-label={t("patterns.prev")}
                data-testid={`${p.id}-prev`}
              />
              <Button
                icon={<RightOutlined />}
                disabled={!list.data?.nextCursor}
                onClick={next}
                aria-label={t("patterns.next")}
                data-testid={`${p.id}-next`}
              />
              <Select<number>
                value={url.size}
                onChange={(size) => go({ size })}
                aria-label={t("patterns.pageSize")}
                options={PAGE_SIZES.map((n) => ({ value: n, label: t("patterns.perPage", { count: n }) }))}
                style={{ width: 120 }}
              />
            </Flex>
          ) : null}
        </Flex>
      </ListState>
    </div>
  );
}
