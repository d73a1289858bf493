import { Alert, Card, Col, Flex, Form, Input, Radio, Row, Tag, Typography } from "antd";
import type { FormInstance } from "antd/es/form";
import { useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTitle } from "../../app/useTitle";
import { PageForm, PageHeader } from "../../ui/patterns";
import { WechatFollowers } from "./WechatFollowers";
import { useSaveWechatAccount, useWechatAccount, type WechatAccount } from "./wechat-api";

type Values = {
  appId: string;
  originalId: string;
  token?: string;
  encodingAesKey?: string;
  mode: "plain" | "compatible" | "safe";
  templates: { status?: string; visit?: string };
};

const TOKEN = /^[A-Za-z0-9]{3,32}$/;
const AES_KEY = /^[A-Za-z0-9+/]{43}$/;
const blankToUndefined = (v: string | undefined) => v?.trim() || undefined;

// The absolute URL to paste on the platform's developer page: the server's public address when it
// knows it, else this page's origin (the address the admin reached the server by).
const callbackUrlOf = (a: WechatAccount) => a.callbackUrl ?? `${window.location.origin}${a.callbackPath}`;

function SecretState({ set }: { set: boolean }) {
  const { t } = useTranslation();
  return set ? <Tag color="green">{t("wechatAdmin.set")}</Tag> : <Tag>{t("wechatAdmin.notSet")}</Tag>;
}

// 微信公众号: the account's settings (token and key write-only: blank keeps them), the callback URL
// to paste on the developer page, and the followers with their customer links.
export default function WechatAccountPage() {
  const { t } = useTranslation();
  useTitle(t("wechatAdmin.title"));
  const account = useWechatAccount();
  const save = useSaveWechatAccount();
  const formRef = useRef<FormInstance<Values> | null>(null);
  const current = account.data ?? null;

  return (
    <Flex vertical gap={16} style={{ maxWidth: 1200 }}>
      <Card data-testid="wechat-account">
        <PageHeader title={t("wechatAdmin.title")} description={t("wechatAdmin.description")} />
        {account.isSuccess && !current ? (
          <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t("wechatAdmin.notConfigured")} />
        ) : null}
        {current ? (
          <div style={{ marginBottom: 16 }} data-testid="wechat-callback">
            <Typography.Text strong>{t("wechatAdmin.callbackUrl")}</Typography.Text>
            <Typography.Paragraph
              code
              copyable={{
                text: callbackUrlOf(current),
                tooltips: [t("wechatAdmin.copy"), t("wechatAdmin.copied")],
              }}
              style={{ margin: "4px 0", wordBreak: "break-all" }}
              data-testid="wechat-callback-url"
            >
              {callbackUrlOf(current)}
            </Typography.Paragraph>
            <Typography.Text type="secondary">{t("wechatAdmin.callbackHelp")}</Typography.Text>
          </div>
        ) : null}
        <PageForm<Values, WechatAccount | null>
          source={account}
          saveTestId="wechat-save"
          style={{ maxWidth: 760 }}
          toValues={(a) => ({
            appId: a?.appId ?? "",
            originalId: a?.originalId ?? "",
            mode: a?.mode ?? "safe",
            templates: { status: a?.templates.status, visit: a?.templates.visit },
          })}
          onSubmit={async (v) => {
            await save.mutateAsync({
              appId: v.appId.trim(),
              originalId: v.originalId.trim(),
              token: blankToUndefined(v.token),
              encodingAesKey: blankToUndefined(v.encodingAesKey),
              mode: v.mode,
              templates: {
                status: blankToUndefined(v.templates.status),
                visit: blankToUndefined(v.templates.visit),
              },
            });
            // Written, never shown again: the fields go back to "leave blank to keep".
            formRef.current?.setFieldsValue({ token: "", encodingAesKey: "" });
          }}
        >
          {(form) => {
            formRef.current = form;
            const required = { required: true, whitespace: true, message: t("validation.required") };
            return (
              <>
                <Row gutter={16}>
                  <Col xs={24} md={12}>
                    <Form.Item name="appId" label={t("wechatAdmin.appId")} rules={[required]}>
                      <Input maxLength={64} data-testid="wechat-app-id" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="originalId"
                      label={t("wechatAdmin.originalId")}
                      rules={[required, { pattern: /^gh_/, message: t("wechatAdmin.originalIdRule") }]}
                    >
                      <Input maxLength={64} placeholder="gh_…" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="token"
                      label={
                        <Flex gap={8} align="center">
                          {t("wechatAdmin.token")}
                          <SecretState set={Boolean(current?.hasToken)} />
                        </Flex>
                      }
                      extra={current?.hasToken ? t("wechatAdmin.keepBlank") : t("wechatAdmin.tokenRule")}
                      rules={[
                        { required: !current?.hasToken, message: t("validation.required") },
                        { pattern: TOKEN, message: t("wechatAdmin.tokenRule") },
                      ]}
                    >
                      <Input.Password autoComplete="new-password" maxLength={32} data-testid="wechat-token" />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item
                      name="encodingAesKey"
                      label={
                        <Flex gap={8} align="center">
                          {t("wechatAdmin.aesKey")}
                          <SecretState set={Boolean(current?.hasAesKey)} />
                        </Flex>
                      }
                      extra={current?.hasAesKey ? t("wechatAdmin.keepBlank") : t("wechatAdmin.aesKeyRule")}
                      dependencies={["mode"]}
                      rules={[
                        { pattern: AES_KEY, message: t("wechatAdmin.aesKeyRule") },
                        ({ getFieldValue }) => ({
                          validator: (_r, v: string | undefined) =>
                            getFieldValue("mode") !== "plain" && !current?.hasAesKey && !v?.trim()
                              ? Promise.reject(new Error(t("wechatAdmin.modeNeedsKey")))
                              : Promise.resolve(),
                        }),
                      ]}
                    >
                      <Input.Password
                        autoComplete="new-password"
                        maxLength={43}
                        data-testid="wechat-aes-key"
                      />
                    </Form.Item>
                  </Col>
                </Row>
                <Form.Item name="mode" label={t("wechatAdmin.mode")}>
                  <Radio.Group
                    optionType="button"
                    options={(["plain", "compatible", "safe"] as const).map((m) => ({
                      value: m,
                      label: t(`wechatAdmin.modes.${m}`),
                    }))}
                  />
                </Form.Item>
                <Typography.Text strong>{t("wechatAdmin.templates")}</Typography.Text>
                <Row gutter={16} style={{ marginTop: 8 }}>
                  <Col xs={24} md={12}>
                    <Form.Item name={["templates", "status"]} label={t("wechatAdmin.templateStatus")}>
                      <Input maxLength={64} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} md={12}>
                    <Form.Item name={["templates", "visit"]} label={t("wechatAdmin.templateVisit")}>
                      <Input maxLength={64} />
                    </Form.Item>
                  </Col>
                </Row>
              </>
            );
          }}
        </PageForm>
      </Card>
      <WechatFollowers />
    </Flex>
  );
}
