export { trainingModule } from "./training.module.js";
