export { articleTitles, publishedArticles } from "./article-titles.js";
export { seedKnowledgeDemo } from "./demo/seed-knowledge.js";
export { knowledgeModule } from "./knowledge.module.js";
// The shipped domain dictionary (product lines, parts, symptoms, synonyms, stop words): analytics' text
// analytics tokenises tickets and survey comments with it.
export { DOMAIN_LEXICON } from "./search/domain-lexicon.js";
// The chat asks the assistant first.
export { answerQuestion } from "./use-cases/answer-question.js";
// For improvement cycles that standardise into an SOP / article.
export { createArticle } from "./use-cases/create-article.js";
export { getArticleForStaff } from "./use-cases/get-article-for-staff.js";
export { updateArticle } from "./use-cases/update-article.js";
