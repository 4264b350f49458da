/** Plain, aligned text tables for the benchmark report (numbers right-aligned, text left-aligned). */

export type Cell = string | number | bigint;

function isNumeric(cell: Cell): boolean {
  return typeof cell !== "string" || /^[-+]?[\d,.]+( ?[a-zA-Z%]+)?$/.test(cell);
}

/** Renders `rows` under `headers`, columns padded to their widest cell. */
export function formatTable(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const text = rows.map((row) => headers.map((_, i) => String(row[i] ?? "")));
  const widths = headers.map((h, i) => Math.max(h.length, ...text.map((row) => (row[i] ?? "").length)));
  const rightAligned = headers.map(
    (_, i) =>
      rows.length > 0 && rows.every((row) => row[i] === undefined || row[i] === "" || isNumeric(row[i]!)),
  );
  const line = (cells: readonly string[]): string =>
    cells
      .map((cell, i) => (rightAligned[i] ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!)))
      .join("  ")
      .trimEnd();
  return [line(headers), line(widths.map((w) => "-".repeat(w))), ...text.map(line)].join("\n");
}

/** Prints a section title followed by the table. */
export function printTable(
  title: string,
  headers: readonly string[],
  rows: readonly (readonly Cell[])[],
): void {
  console.log(`\n${title}\n${"=".repeat(title.length)}`);
  console.log(rows.length > 0 ? formatTable(headers, rows) : "(no rows)");
}

/** "OVER" when `value` misses its target, "ok" otherwise; "-" when there is no figure. */
export function mark(value: number | undefined, withinTarget: (v: number) => boolean): string {
  if (value === undefined || Number.isNaN(value)) return "-";
  return withinTarget(value) ? "ok" : "OVER";
}

/** 1234567n → "1,234,567". */
export function thousands(value: number | bigint): string {
  return value.toLocaleString("en-US");
}
