import { PlusOutlined } from "@ant-design/icons";
import { Button, Card, Table } from "antd";
import type { ColumnsType } from "antd/es/table";
import type { CSSProperties, ReactNode } from "react";
import { ListState } from "../ListState";

// A short settings list that needs no paging (macros, triggers…): a card with its title and
// "New …" button, the shared empty/loading/error states, and a compact table of all rows.
export function ListCard<T extends { id: string }>({
  title,
  create,
  query,
  items,
  emptyText,
  columns,
  scrollX,
  style,
  children,
}: {
  title: ReactNode;
  create?: { label: string; onClick: () => void; testId: string };
  query: Parameters<typeof ListState>[0]["query"];
  items: T[];
  emptyText: string;
  columns: ColumnsType<T>;
  scrollX?: number;
  style?: CSSProperties;
  // Modals and the like that belong to the list.
  children?: ReactNode;
}) {
  return (
    <Card
      title={title}
      style={style}
      extra={
        create ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={create.onClick} data-testid={create.testId}>
            {create.label}
          </Button>
        ) : null
      }
    >
      <ListState query={query} empty={items.length === 0} emptyText={emptyText}>
        <Table<T>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={items}
          scroll={scrollX ? { x: scrollX } : undefined}
          columns={columns}
        />
      </ListState>
      {children}
    </Card>
  );
}
