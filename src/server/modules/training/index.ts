export { trainingModule } from "./training.module.js";
export { seedTrainingDemo } from "./training-demo.js";
