import { SafetyCertificateOutlined } from "@ant-design/icons";
import { Space, Tag } from "antd";
import { useTranslation } from "react-i18next";
import { useServingCertifications } from "./api";

// On the customer's ticket: the serving person's valid certifications (name and validity only).
export function ServingCertifications({ ticketRef, assigned }: { ticketRef: string; assigned: boolean }) {
  const { t } = useTranslation();
  const q = useServingCertifications(ticketRef, assigned);
  const items = q.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Space wrap size={4} style={{ display: "flex", marginTop: 4 }} data-testid="serving-certifications">
      {items.map((c) => (
        <Tag
          key={`${c.skill}-${c.name}`}
          color="green"
          icon={<SafetyCertificateOutlined />}
          // A long certificate name wraps on a phone instead of pushing the page sideways.
          style={{ whiteSpace: "normal", maxWidth: "100%", marginInlineEnd: 0 }}
        >
          {t("people.portal.certified", { name: c.name, date: c.validUntil })}
        </Tag>
      ))}
    </Space>
  );
}
