// What an extended plan costs in points: its price in yuan times the tenant's rate, rounded up.
export const planPoints = (price: string, perYuan: number): number => Math.ceil(Number(price) * perYuan);
