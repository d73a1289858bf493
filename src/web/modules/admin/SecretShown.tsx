import { Alert, Modal, Typography } from "antd";
import { useTranslation } from "react-i18next";

// A token the server shows only once (API key, mailbox inbound token): copy it before closing.
export function SecretShown({
  title,
  help,
  secret,
  onClose,
}: {
  title: string;
  help: string;
  secret: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Modal
      open
      title={title}
      onOk={onClose}
      onCancel={onClose}
      okText={t("common.close")}
      cancelButtonProps={{ hidden: true }}
    >
      <Alert type="warning" showIcon title={help} style={{ marginBottom: 12 }} />
      <Typography.Paragraph copyable code data-testid="secret-value" style={{ wordBreak: "break-all" }}>
        {secret}
      </Typography.Paragraph>
    </Modal>
  );
}
