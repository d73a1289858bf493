import { Button, Card, Checkbox, Flex, Form, Input, Radio } from "antd";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { type Rma, useInspect } from "./api";

type Values = {
  result: "pass" | "fail";
  ok: string[];
  faultCode?: string;
  notes?: string;
  signature: string;
};

// QA's form: the category's checklist, pass or fail, fault code, notes and a signature. Built for a
// phone: one column, large touch targets.
export function InspectionForm({ rma }: { rma: Rma }) {
  const { t } = useTranslation();
  const user = useUser();
  const [form] = Form.useForm<Values>();
  const inspect = useInspect(rma.id);
  const submit = async (v: Values) => {
    try {
      await inspect.mutateAsync({
        result: v.result,
        checklist: rma.checklist.map((item) => ({ item, ok: v.ok?.includes(item) ?? false })),
        ...(v.faultCode?.trim() ? { faultCode: v.faultCode.trim() } : {}),
        ...(v.notes?.trim() ? { notes: v.notes.trim() } : {}),
        signature: v.signature.trim(),
      });
      showSuccess(t("sanbao.qa.signed", { name: v.signature.trim() }));
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };
  return (
    <Card size="small" title={t("sanbao.qa.title")} data-testid="inspection-form">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ ok: [], signature: user.name }}
        onFinish={(v) => void submit(v)}
      >
        <Form.Item name="ok" label={t("sanbao.qa.checklist")}>
          <Checkbox.Group style={{ width: "100%" }}>
            <Flex vertical gap={10}>
              {rma.checklist.map((item) => (
                <Checkbox key={item} value={item} data-testid={`check-${item}`} style={{ fontSize: 16 }}>
                  {t(`sanbao.qa.item.${item}`, { defaultValue: item })}
                </Checkbox>
              ))}
            </Flex>
          </Checkbox.Group>
        </Form.Item>
        <Form.Item
          name="result"
          label={t("sanbao.qa.result")}
          rules={[{ required: true, message: t("sanbao.qa.resultRequired") }]}
        >
          <Radio.Group optionType="button" buttonStyle="solid" size="large" style={{ display: "flex" }}>
            <Radio.Button value="pass" style={{ flex: 1, textAlign: "center" }}>
              <span data-testid="qa-pass">{t("sanbao.qa.pass")}</span>
            </Radio.Button>
            <Radio.Button value="fail" style={{ flex: 1, textAlign: "center" }}>
              <span data-testid="qa-fail">{t("sanbao.qa.fail")}</span>
            </Radio.Button>
          </Radio.Group>
        </Form.Item>
        <Form.Item name="faultCode" label={t("sanbao.qa.faultCode")}>
          <Input maxLength={64} size="large" data-testid="qa-fault-code" />
        </Form.Item>
        <Form.Item name="notes" label={t("sanbao.qa.notes")}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        <Form.Item
          name="signature"
          label={t("sanbao.qa.signature")}
          rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
        >
          <Input maxLength={100} size="large" data-testid="qa-signature" />
        </Form.Item>
        <Button
          type="primary"
          htmlType="submit"
          block
          size="large"
          loading={inspect.isPending}
          data-testid="qa-submit"
        >
          {t("sanbao.qa.submit")}
        </Button>
      </Form>
    </Card>
  );
}
