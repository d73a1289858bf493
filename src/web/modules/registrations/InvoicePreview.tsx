import { FilePdfOutlined } from "@ant-design/icons";
import { Button, Image, Skeleton } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { fetchBlob } from "../../app/api";
import { showError } from "../../app/feedback";
import type { UnitRegistration } from "./api";

// The invoice needs the bearer token, so it is fetched as a blob and shown from an object URL.
export function InvoicePreview({ registration }: { registration: UnitRegistration }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const isImage = registration.invoice.contentType.startsWith("image/");
  useEffect(() => {
    let current: string | null = null;
    let cancelled = false;
    fetchBlob(`/unit-registrations/${encodeURIComponent(registration.id)}/invoice`)
      .then((blob) => {
        if (cancelled) return;
        current = URL.createObjectURL(blob);
        setUrl(current);
      })
      .catch(showError);
    return () => {
      cancelled = true;
      if (current) URL.revokeObjectURL(current);
    };
  }, [registration.id]);
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
