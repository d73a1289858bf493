import { ArrowLeftOutlined, CameraOutlined } from "@ant-design/icons";
import { Button, Card, DatePicker, Form, Input, Select, Typography, Upload, type UploadFile } from "antd";
import dayjs, { type Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate } from "react-router";
import { applyFieldErrors, showSuccess } from "../../app/feedback";
import { useDebounced } from "../../app/useDebounced";
import { useProductName } from "../../ui/useProductName";
import { SERIAL, useProductSearch } from "../catalog/api";
import { useSubmitRegistration } from "../registrations/api";

type Values = { serial: string; productSku: string; purchasedAt: Dayjs; invoice: UploadFile[] };

// A customer claims a product they own with a photo of its invoice; staff check the invoice before
// the product joins the account (nobody takes a unit by typing its serial first).
export default function RegisterUnitPage() {
  const { t } = useTranslation();
  const productName = useProductName();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const [search, setSearch] = useState("");
  const products = useProductSearch(useDebounced(search));
  const create = useSubmitRegistration();
  const required = { required: true, message: t("validation.required") };

  const submit = async (v: Values) => {
    try {
      await create.mutateAsync({
        serial: v.serial.trim(),
        productSku: v.productSku,
        purchasedAt: v.purchasedAt.format("YYYY-MM-DD"),
        invoice: v.invoice[0]?.originFileObj as File,
      });
      showSuccess(t("registration.submitted"));
      navigate("/portal");
    } catch (err) {
      applyFieldErrors(form, err);
    }
  };

  return (
    <>
      <Button
        type="link"
        icon={<ArrowLeftOutlined />}
        onClick={() => navigate("/portal")}
        style={{ paddingInline: 0 }}
      >
        {t("portal.back")}
      </Button>
      <Card title={t("register.title")}>
        <Typography.Paragraph type="secondary">{t("registration.invoiceHint")}</Typography.Paragraph>
        <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v)}>
          <Form.Item
            name="serial"
            label={t("register.serial")}
            extra={t("register.serialHint")}
            rules={[
              { ...required, whitespace: true },
              { pattern: SERIAL, message: t("validation.serial") },
            ]}
          >
            <Input data-testid="register-serial" autoCapitalize="characters" maxLength={100} />
          </Form.Item>
          <Form.Item name="productSku" label={t("register.product")} rules={[required]}>
            <Select<string>
              data-testid="register-product"
              showSearch={{ filterOption: false, onSearch: setSearch }}
              placeholder={t("register.productPlaceholder")}
              loading={products.isFetching}
              options={(products.data?.items ?? []).map((p) => ({
                value: p.sku,
                label: `${productName(p.name, p.nameEn)} (${p.sku})`,
              }))}
            />
          </Form.Item>
          <Form.Item name="purchasedAt" label={t("register.purchasedAt")} rules={[required]}>
            <DatePicker
              data-testid="register-purchased"
              style={{ width: "100%" }}
              inputReadOnly
              disabledDate={(d) => d.isAfter(dayjs(), "day")}
            />
          </Form.Item>
          <Form.Item
            name="invoice"
            label={t("registration.invoice")}
            valuePropName="fileList"
            getValueFromEvent={(e: { fileList: UploadFile[] }) => e.fileList.slice(-1)}
            rules={[{ required: true, message: t("registration.invoiceRequired") }]}
          >
            <Upload
              accept="image/jpeg,image/png,image/webp,image/heic,application/pdf"
              listType="picture"
              maxCount={1}
              beforeUpload={() => false}
              data-testid="register-invoice"
            >
              <Button icon={<CameraOutlined />}>{t("registration.invoiceChoose")}</Button>
            </Upload>
          </Form.Item>
          <Button
            type="primary"
            htmlType="submit"
            block
            size="large"
            loading={create.isPending}
            disabled={create.isPending}
            data-testid="register-submit"
          >
            {t("register.submit")}
          </Button>
        </Form>
      </Card>
    </>
  );
}
