// Two of exceljs 4.4's own helpers, which it does not export from its entry point: sheet-body.ts writes body
// rows as exceljs writes them, with the same escaping and column letters.
declare module 'exceljs/lib/utils/utils' {
  const utils: {
    /** XML-escapes a text, dropping the control characters XML 1.0 cannot hold. */
    xmlEncode(text: string): string;
  };
  export default utils;
}

declare module 'exceljs/lib/utils/col-cache' {
  const colCache: {
    /** A column's letters: 1 → "A", 27 → "AA". */
    n2l(column: number): string;
  };
  export default colCache;
}
