// A sheet as data: its columns (header, width, how to read the value from a row) and its rows. The same
// tables feed the workbook writer and the CSV writer, so both carry the same words.
import type { RegisterView } from './view';

export type Column<T> = {
  header: string;
  /** Width in characters; long text wraps within it. */
  width: number;
  value: (row: T, view: RegisterView) => string | number | null;
};

export type Table<T> = {
  /** Sheet name (at most 31 characters, Excel's limit) and the CSV file's stem. */
  name: string;
  columns: readonly Column<T>[];
  rows: (view: RegisterView) => Iterable<T>;
};

// A table of any row type, for code that writes tables without caring what a row is.
export type AnyTable = Table<never>;
export const anyTable = <T>(table: Table<T>): AnyTable => table as unknown as AnyTable;

export function* tableRows<T>(table: Table<T>, view: RegisterView): Generator<(string | number | null)[]> {
  for (const row of table.rows(view)) yield table.columns.map((column) => column.value(row, view));
}
