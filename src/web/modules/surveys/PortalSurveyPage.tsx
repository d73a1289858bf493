import { Button, Card, Flex, Result } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { showError } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { useAnswerMySurvey, useMySurvey } from "./api";
import { type Answers, SurveyForm } from "./SurveyForm";

// A survey answered inside the portal (the signed-in customer's own invitation).
export default function PortalSurveyPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const navigate = useNavigate();
  const survey = useMySurvey(id);
  const answer = useAnswerMySurvey(id);
  const [answers, setAnswers] = useState<Answers>({});
  useTitle(survey.data?.name ?? t("surveys.portal.title"));
  if (answer.isSuccess)
    return (
      <Result
        status="success"
        title={t("surveys.form.thanks")}
        extra={<Button onClick={() => navigate("/portal")}>{t("common.back")}</Button>}
      />
    );
  return (
    <ListState query={survey} empty={!survey.data} emptyText={t("surveys.portal.gone")}>
      {survey.data && (
        <Card title={survey.data.name}>
          <Flex vertical gap={16}>
            <SurveyForm
              questions={survey.data.questions}
              lang={survey.data.locale}
              value={answers}
              onChange={setAnswers}
            />
            <Button
              type="primary"
              size="large"
              loading={answer.isPending}
              disabled={Object.keys(answers).length === 0}
              onClick={() => answer.mutate(answers, { onError: showError })}
            >
              {t("surveys.form.submit")}
            </Button>
          </Flex>
        </Card>
      )}
    </ListState>
  );
}
