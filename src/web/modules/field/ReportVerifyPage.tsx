import { SafetyCertificateOutlined } from "@ant-design/icons";
import { useQuery } from "@tanstack/react-query";
import { Card, Descriptions, Layout, Result, Skeleton, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useParams } from "react-router";
import type { ReportVerification } from "../../../shared/api/field";
import { Brand, HeaderBar } from "../../app/AppLayout";
import { api } from "../../app/api";
import { errorText } from "../../app/feedback";
import { TimeText } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { LanguageSwitch } from "../../ui/LanguageSwitch";
import { kindKey } from "./visit-format";

// The page the QR code on a service report opens: anyone holding the report checks that it is
// ours and unchanged (number, date, work, the hash printed on it). No sign-in.
export default function ReportVerifyPage() {
  const { t } = useTranslation();
  const token = useParams().token ?? "";
  useTitle(t("field.verify.title"));
  const report = useQuery({
    queryKey: ["service-report", token],
    queryFn: ({ signal }) =>
      api.get<ReportVerification>(`/public/service-reports/${encodeURIComponent(token)}`, undefined, signal),
    retry: false,
  });
  const r = report.data;
  return (
    <Layout style={{ minHeight: "100vh" }}>
      <HeaderBar left={<Brand to="/login" />} right={<LanguageSwitch />} />
      <Layout.Content style={{ display: "flex", justifyContent: "center", padding: "24px 12px" }}>
        <div style={{ width: "100%", maxWidth: 720 }}>
          {report.isPending ? (
            <Skeleton active paragraph={{ rows: 6 }} />
          ) : report.isError || !r ? (
            <Result status="404" title={t("field.verify.notFound")} subTitle={errorText(report.error)} />
          ) : (
            <Card data-testid="report-verified">
              <Result
                style={{ padding: "8px 0 16px" }}
                icon={<SafetyCertificateOutlined style={{ color: "#389e0d" }} />}
                title={t("field.verify.ok")}
                subTitle={r.company}
              />
              <Descriptions
                size="small"
                column={1}
                bordered
                items={[
                  {
                    key: "number",
                    label: t("field.ticket"),
                    children: <span data-testid="report-number">{r.number}</span>,
                  },
                  { key: "kind", label: t("field.verify.kind"), children: t(kindKey(r.kind)) },
                  {
                    key: "date",
                    label: t("field.verify.date"),
                    children: r.date ? <TimeText iso={r.date} mode="absolute" /> : t("common.dash"),
                  },
                  {
                    key: "technician",
                    label: t("field.technician"),
                    children: r.technician || t("common.dash"),
                  },
                  { key: "work", label: t("field.notes"), children: r.work || t("common.dash") },
                  {
                    key: "parts",
                    label: t("field.verify.parts"),
                    children: r.parts.length
                      ? r.parts.map((p) => `${p.partNo} ${p.name} × ${p.qty}`).join("; ")
                      : t("common.dash"),
                  },
                  { key: "signedBy", label: t("field.signedBy"), children: r.signedBy || t("common.dash") },
                  {
                    key: "hash",
                    label: "SHA-256",
                    children: (
                      <Typography.Text
                        code
                        data-testid="report-hash"
                        style={{ overflowWrap: "anywhere", wordBreak: "break-all" }}
                      >
                        {r.hash}
                      </Typography.Text>
                    ),
                  },
                ]}
              />
              <Typography.Paragraph type="secondary" style={{ marginTop: 12, marginBottom: 0 }}>
                {t("field.verify.hint")}
              </Typography.Paragraph>
            </Card>
          )}
        </div>
      </Layout.Content>
    </Layout>
  );
}
