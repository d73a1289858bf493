export { fieldModule } from "./field.module.js";
