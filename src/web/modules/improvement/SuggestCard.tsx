import { Alert, Button, Card, Flex, Input } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError } from "../../app/feedback";
import { useSuggest } from "./api";

// The portal's "suggest an improvement": a customer's idea joins the staff's improvement backlog.
export function SuggestCard() {
  const { t } = useTranslation();
  const suggest = useSuggest();
  const [text, setText] = useState("");
  const send = () => {
    const v = text.trim();
    // The first line (at most 200 characters) is the item's title; the whole text its description.
    const title = (v.split("\n")[0] ?? v).slice(0, 200);
    suggest.mutate({ title, description: v }, { onSuccess: () => setText(""), onError: showError });
  };
  return (
    <Card size="small" title={t("improvement.suggest.title")} data-testid="portal-suggest">
      <Flex vertical gap={8}>
        <span>{t("improvement.suggest.help")}</span>
        {suggest.isSuccess && <Alert type="success" showIcon message={t("improvement.suggest.thanks")} />}
        <Input.TextArea
          rows={3}
          maxLength={4000}
          value={text}
          placeholder={t("improvement.suggest.placeholder")}
          onChange={(e) => setText(e.target.value)}
        />
        <Button
          type="primary"
          disabled={!text.trim()}
          loading={suggest.isPending}
          onClick={send}
          style={{ alignSelf: "flex-start" }}
        >
          {t("improvement.suggest.send")}
        </Button>
      </Flex>
    </Card>
  );
}
