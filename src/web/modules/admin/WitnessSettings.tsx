import { MailOutlined } from "@ant-design/icons";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { Button, Collapse, Select, Space, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { useUser } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";

type Witnesses = {
  addresses: string[];
  lastSentSize: number | null;
  lastSentAt: string | null;
  lastError: string | null;
};

const KEY = ["audit", "witnesses"];

// Witness e-mail on the audit screen: admins name the addresses every new signed checkpoint is
// mailed to; auditors see them and the last mail's outcome.
export function WitnessSettings() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const user = useUser();
  const qc = useQueryClient();
  const query = useQuery({
    queryKey: KEY,
    queryFn: ({ signal }) => api.get<Witnesses>("/audit/witnesses", undefined, signal),
  });
  const save = useMutation({
    mutationFn: (addresses: string[]) => api.put<Witnesses>("/audit/witnesses", { addresses }),
    onSuccess: (data) => qc.setQueryData(KEY, data),
  });
  const [draft, setDraft] = useState<string[]>([]);
  useEffect(() => setDraft(query.data?.addresses ?? []), [query.data]);
  const w = query.data;
  const admin = user.role === "admin";
  const status = !w
    ? null
    : w.lastError
      ? t("security.witness.failed", { error: w.lastError })
      : w.lastSentAt
        ? t("security.witness.lastSent", { size: w.lastSentSize, at: fmt.dateTime(w.lastSentAt) })
        : t("security.witness.none");
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="audit-witnesses"
      items={[
        {
          key: "witness",
          label: (
            <Space size={6}>
              <MailOutlined aria-hidden />
              {t("security.witness.title")}
              <Typography.Text type="secondary">
                {w?.addresses.length ? w.addresses.join(", ") : t("security.witness.off")}
              </Typography.Text>
            </Space>
          ),
          children: (
            <>
              <Typography.Paragraph type="secondary">
                {t("security.witness.description")}
              </Typography.Paragraph>
              <Space.Compact style={{ width: "100%", maxWidth: 640 }}>
                <Select
                  mode="tags"
                  value={draft}
                  onChange={setDraft}
                  disabled={!admin}
                  tokenSeparators={[",", " ", ";"]}
                  placeholder={t("security.witness.placeholder")}
                  style={{ width: "100%" }}
                  aria-label={t("security.witness.title")}
                  data-testid="witness-addresses"
                />
                {admin ? (
                  <Button
                    type="primary"
                    loading={save.isPending}
                    data-testid="witness-save"
                    onClick={() =>
                      save.mutate(draft, {
                        onSuccess: () => showSuccess(t("security.witness.saved")),
                        onError: showError,
                      })
                    }
                  >
                    {t("common.save")}
                  </Button>
                ) : null}
              </Space.Compact>
              {status ? (
                <Typography.Paragraph
                  type={w?.lastError ? "danger" : "secondary"}
                  style={{ marginTop: 8, marginBottom: 0 }}
                >
                  {status}
                </Typography.Paragraph>
              ) : null}
            </>
          ),
        },
      ]}
    />
  );
}
