import { pad, rng } from "./rng.js";

/** Row ids are fixed-width (`R-000042`), so no id is a substring of another. */
export const rowId = (i: number) => `R-${pad(i, 6)}`;

const STATUS = ["Open", "Closed", "Pending", "Blocked"];
const NAMES = ["Ada", "Grace", "Alan", "Edsger", "Barbara", "Donald", "Ken", "Margaret"];

export function tableRows(n: number, seed = 7) {
  const r = rng(seed);
  return Array.from({ length: n }, (_, i) => ({
    id: rowId(i),
    owner: `${NAMES[Math.floor(r() * NAMES.length)]} ${Math.floor(r() * 1000)}`,
    status: STATUS[Math.floor(r() * STATUS.length)],
    amount: Math.round(r() * 100_000) / 100,
    region: `region-${Math.floor(r() * 40)}`,
  }));
}

/** DataTable envelope (0.2): `n` rows, 5 columns, optionally paginated (pageSize 10). */
export function tableEnvelope(n: number, paginated: boolean, pageSize = 10) {
  return {
    version: "0.2",
    view: {
      type: "DataTable",
      columns: [
        { key: "id", header: "ID", sortable: true },
        { key: "owner", header: "Owner", sortable: true },
        { key: "status", header: "Status", sortable: false },
        { key: "amount", header: "Amount", sortable: true },
        { key: "region", header: "Region", sortable: false },
      ],
      rows: tableRows(n),
      searchable: false,
      paginated,
      pageSize,
    },
  };
}
