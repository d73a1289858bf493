import { Form, Input } from "antd";
import { useTranslation } from "react-i18next";

// The Chinese and English names every managed list carries (skills, 三包 categories, plans), both
// required: a name missing in one language would show a code on that language's screens.
export function BilingualNameFields({ testIdPrefix }: { testIdPrefix?: string }) {
  const { t } = useTranslation();
  const rules = [{ required: true, whitespace: true, message: t("validation.required") }];
  return (
    <>
      <Form.Item name="nameZh" label={t("common.nameZh")} rules={rules}>
        <Input maxLength={100} data-testid={testIdPrefix ? `${testIdPrefix}-name-zh` : undefined} />
      </Form.Item>
      <Form.Item name="nameEn" label={t("common.nameEn")} rules={rules}>
        <Input maxLength={100} data-testid={testIdPrefix ? `${testIdPrefix}-name-en` : undefined} />
      </Form.Item>
    </>
  );
}
