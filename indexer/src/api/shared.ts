/** Helpers every route shares: one page of rows, and a row's on-chain origin on the wire. */
import type { PageParams } from "../../../lib/indexer/params";
import type { PaginatedResult } from "../../../lib/indexer/types";

/** Rows of one page plus one more: the extra row only says whether a next page exists. */
export function paginate<Row, Item>(
  rows: readonly Row[],
  params: Pick<PageParams, "page" | "pageSize">,
  toItem: (row: Row) => Item,
): PaginatedResult<Item> {
  return {
    items: rows.slice(0, params.pageSize).map(toItem),
    page: params.page,
    pageSize: params.pageSize,
    hasNext: rows.length > params.pageSize,
  };
}

export function origin(row: {
  id: string;
  txHash: `0x${string}`;
  blockNumber: bigint;
  timestamp: bigint;
  logIndex: number;
}) {
  return {
    id: row.id,
    txHash: row.txHash,
    blockNumber: row.blockNumber.toString(),
    timestamp: row.timestamp.toString(),
    logIndex: row.logIndex,
  };
}
