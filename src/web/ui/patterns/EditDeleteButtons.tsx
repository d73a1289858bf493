import { DeleteOutlined, EditOutlined } from "@ant-design/icons";
import { Button, Popconfirm, Space } from "antd";
import { useTranslation } from "react-i18next";

// A row's Edit button and its Delete behind a confirmation.
export function EditDeleteButtons({
  onEdit,
  onDelete,
  deleteConfirm,
  deleteLabel,
}: {
  onEdit: () => void;
  onDelete: () => Promise<unknown>;
  deleteConfirm: string;
  deleteLabel: string;
}) {
  const { t } = useTranslation();
  return (
    <Space>
      <Button size="small" icon={<EditOutlined />} onClick={onEdit}>
        {t("common.edit")}
      </Button>
      <Popconfirm
        title={deleteConfirm}
        okText={t("common.ok")}
        cancelText={t("common.cancel")}
        onConfirm={onDelete}
      >
        <Button size="small" danger icon={<DeleteOutlined />} aria-label={deleteLabel} />
      </Popconfirm>
    </Space>
  );
}
