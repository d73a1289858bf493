export async function seedImprovementDemo(): Promise<void> {}
