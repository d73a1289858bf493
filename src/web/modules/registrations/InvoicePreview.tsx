import { FilePdfOutlined } from "@ant-design/icons";
import { Button, Image, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useBlobUrl } from "../../ui/useBlobUrl";
import type { UnitRegistration } from "./api";

// The invoice needs the bearer token, so it is fetched as a blob and shown from an object URL.
export function InvoicePreview({ registration }: { registration: UnitRegistration }) {
  const { t } = useTranslation();
  const isImage = registration.invoice.contentType.startsWith("image/");
  const { url, failed } = useBlobUrl(`/unit-registrations/${encodeURIComponent(registration.id)}/invoice`);
  if (failed) return <Typography.Text type="danger">{t("ticket.fileLoadFailed")}</Typography.Text>;
  if (!url) return <Skeleton.Image active style={{ width: 120, height: 90 }} />;
  if (isImage)
    return (
      <Image
        src={url}
        width={120}
        height={90}
        style={{ objectFit: "cover", borderRadius: 4 }}
        alt={`${t("registration.queue.viewInvoice")} ${registration.serial}`}
        data-testid="registration-invoice"
      />
    );
  return (
    <Button
      icon={<FilePdfOutlined />}
      href={url}
      target="_blank"
      rel="noopener"
      data-testid="registration-invoice"
    >
      {t("registration.queue.viewInvoice")}
    </Button>
  );
}
