export { surveysModule } from "./surveys.module.js";
