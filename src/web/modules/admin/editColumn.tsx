import { EditOutlined } from "@ant-design/icons";
import { Button } from "antd";
import type { ColumnType } from "antd/es/table";
import type { TFunction } from "i18next";

// The "actions" column every admin list ends with: one small Edit button per row.
export function editColumn<T>(t: TFunction, onEdit: (row: T) => void): ColumnType<T> {
  return {
    key: "edit",
    title: t("common.actions"),
    width: 90,
    render: (_v, row) => (
      <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(row)}>
        {t("common.edit")}
      </Button>
    ),
  };
}
