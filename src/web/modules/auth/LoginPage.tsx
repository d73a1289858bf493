import { LockOutlined, MailOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Form, Input, Layout, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate, useSearchParams } from "react-router";
import { Brand, HeaderBar } from "../../app/AppLayout";
import { homeFor, useAuth } from "../../app/auth";
import { applyFieldErrors, errorText } from "../../app/feedback";
import type { Role } from "../../app/types";
import { LanguageSwitch } from "../../ui/LanguageSwitch";

const DEMO_PASSWORD = "aftercare-demo";
const DEMO: { email: string; role: Role }[] = [
  { email: "admin@demo.local", role: "admin" },
  { email: "manager@demo.local", role: "supervisor" },
  { email: "agent@demo.local", role: "agent" },
  { email: "tech@demo.local", role: "technician" },
  { email: "dealer@demo.local", role: "dealer" },
  { email: "customer@demo.local", role: "customer" },
];

type Values = { email: string; password: string };

// Only same-site paths are accepted as a return address.
const safeNext = (next: string | null): string | null =>
  next?.startsWith("/") && !next.startsWith("//") ? next : null;

export function LoginPage() {
  const { t } = useTranslation();
  const { user, login } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  if (user) return <Navigate to={safeNext(params.get("next")) ?? homeFor(user.role)} replace />;

  const submit = async (v: Values) => {
    setBusy(true);
    setFailure(null);
    try {
      const u = await login(v.email.trim(), v.password);
      const next = safeNext(params.get("next"));
      navigate(next && next !== "/" ? next : homeFor(u.role), { replace: true });
    } catch (err) {
      applyFieldErrors(form, err);
      setFailure(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Layout style={{ minHeight: "100vh" }}>
      <HeaderBar left={<Brand to="/login" />} right={<LanguageSwitch />} />
      <Layout.Content style={{ display: "flex", justifyContent: "center", padding: "40px 16px" }}>
        <div style={{ width: "100%", maxWidth: 400 }}>
          <Card>
            <Typography.Title level={3} style={{ marginTop: 0, marginBottom: 4 }}>
              {t("login.title")}
            </Typography.Title>
            <Typography.Paragraph type="secondary">{t("login.subtitle")}</Typography.Paragraph>
            {failure ? (
              <Alert type="error" showIcon title={failure} style={{ marginBottom: 16 }} role="alert" />
            ) : null}
            <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)} requiredMark={false}>
              <Form.Item
                name="email"
                label={t("login.email")}
                rules={[{ required: true, type: "email", message: t("login.emailInvalid") }]}
              >
                <Input
                  data-testid="login-email"
                  prefix={<MailOutlined aria-hidden />}
                  autoComplete="username"
                  inputMode="email"
                  size="large"
                  autoFocus
                />
              </Form.Item>
              <Form.Item
                name="password"
                label={t("login.password")}
                rules={[{ required: true, message: t("login.passwordRequired") }]}
              >
                <Input.Password
                  data-testid="login-password"
                  prefix={<LockOutlined aria-hidden />}
                  autoComplete="current-password"
                  size="large"
                />
              </Form.Item>
              <Button
                data-testid="login-submit"
                type="primary"
                htmlType="submit"
                block
                size="large"
                loading={busy}
              >
                {t("login.submit")}
              </Button>
            </Form>
          </Card>
          <Card size="small" style={{ marginTop: 16 }} title={t("login.demoTitle")}>
            <Typography.Paragraph type="secondary" style={{ fontSize: 13 }}>
              {t("login.demoHint", { password: DEMO_PASSWORD })}
            </Typography.Paragraph>
            <div style={{ display: "flex", flexDirection: "column", gap: 4 }}>
              {DEMO.map((d) => (
                <Button
                  key={d.email}
                  type="link"
                  size="small"
                  style={{ justifyContent: "flex-start", paddingInline: 0 }}
                  onClick={() => form.setFieldsValue({ email: d.email, password: DEMO_PASSWORD })}
                >
                  <code>{d.email}</code>
                  <Tag style={{ marginLeft: 8 }}>{t(`role.${d.role}`)}</Tag>
                </Button>
              ))}
            </div>
          </Card>
        </div>
      </Layout.Content>
    </Layout>
  );
}
