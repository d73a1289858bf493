import { PaperClipOutlined } from "@ant-design/icons";
import { Button, Space } from "antd";
import { useTranslation } from "react-i18next";
import { openAttachment } from "../app/api";
import { showError } from "../app/feedback";
import type { Attachment } from "../app/types";

const size = (n: number) =>
  n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`;

export function AttachmentList({ items }: { items: Attachment[] | undefined }) {
  const { t } = useTranslation();
  if (!items || items.length === 0) return null;
  return (
    <Space wrap size={4} aria-label={t("ticket.attachments")}>
      {items.map((a) => (
        <Button
          key={a.id}
          size="small"
          type="link"
          icon={<PaperClipOutlined />}
          onClick={() => void openAttachment(a).catch(showError)}
        >
          {a.name} <span style={{ color: "rgba(0,0,0,0.45)" }}>({size(a.size)})</span>
        </Button>
      ))}
    </Space>
  );
}
