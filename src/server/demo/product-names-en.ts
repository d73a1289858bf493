// English names of the demo products, so the English UI reads "Front-load washer", not 滚筒洗衣机.
export const DEMO_PRODUCT_NAMES_EN: Readonly<Record<string, string>> = {
  "WM-D100": "Front-load washer D100 10 kg",
  "WM-T80": "Top-load washer T80",
  "RF-500": "French-door fridge RF-500",
  "AC-9K": "Inverter air conditioner AC-9K 1.5 HP",
  "DW-12": "Built-in dishwasher DW-12",
  "WH-60": "Gas water heater WH-60",
  "RV-S7": "Robot vacuum S7",
  "CP-22KW": "Industrial screw air compressor 22 kW",
};
