import { EditOutlined } from "@ant-design/icons";
import { Button } from "antd";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import type { ResourceColumn } from "./ResourceTable";

// The column every editable list ends with: Edit, plus any row-specific buttons.
export function actionsColumn<T>(
  t: TFunction,
  onEdit?: (row: T) => void,
  more?: (row: T) => ReactNode,
): ResourceColumn<T> {
  return {
    key: "actions",
    title: t("common.actions"),
    width: more ? 180 : 90,
    fixedVisible: true,
    render: (_v, row) => (
      <span style={{ display: "inline-flex", gap: 4 }}>
        {onEdit ? (
          <Button size="small" icon={<EditOutlined />} onClick={() => onEdit(row)}>
            {t("common.edit")}
          </Button>
        ) : null}
        {more?.(row)}
      </span>
    ),
  };
}
