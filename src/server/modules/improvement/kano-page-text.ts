import type { Locale } from "../../../shared/i18n/locale.js";
import type { KanoAnswer } from "./kano.js";

// The KANO answer page's words, in both languages (kept beside the page: only it uses them).
const TEXT = {
  "zh-CN": {
    title: "改进意见调查",
    intro: "我们正在考虑下面这项改进，请告诉我们您的看法。",
    functional: "如果提供这项改进，您觉得？",
    dysfunctional: "如果不提供这项改进，您觉得？",
    submit: "提交",
    thanks: "谢谢！您的意见已收到。",
    invalid: "这个问卷链接无效或已关闭。",
    missing: "请回答两个问题。",
    answers: {
      like: "我喜欢",
      expect: "理所当然",
      neutral: "无所谓",
      live_with: "能忍受",
      dislike: "我不喜欢",
    },
  },
  en: {
    title: "Tell us what you think",
    intro: "We are considering the improvement below. How would you feel about it?",
    functional: "If we offered this, how would you feel?",
    dysfunctional: "If we did not offer this, how would you feel?",
    submit: "Send",
    thanks: "Thank you! We have your answer.",
    invalid: "This questionnaire link is not valid or has closed.",
    missing: "Please answer both questions.",
    answers: {
      like: "I like it",
      expect: "I expect it",
      neutral: "I am neutral",
      live_with: "I can live with it",
      dislike: "I dislike it",
    },
  },
} as const satisfies Record<Locale, { answers: Record<KanoAnswer, string> } & Record<string, unknown>>;

export const kanoText = (l: Locale) => TEXT[l];
