export { articleTitles, publishedArticles } from "./article-titles.js";
export { seedKnowledgeDemo } from "./demo/seed-knowledge.js";
export { knowledgeModule } from "./knowledge.module.js";
