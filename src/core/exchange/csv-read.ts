// An RFC 4180 reader (quoted fields, doubled quotes, CRLF or LF, a UTF-8 byte-order mark), with limits on
// rows and cell size so a hostile file is refused rather than read into memory without end.
import { RopaError } from '../errors';
import type { ImportLimits } from './file-guard';

export function parseCsv(text: string, file: string, limits: ImportLimits): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const src = text.replace(/^\uFEFF/, '');
  const endField = () => {
    if (field.length > limits.maxCellChars)
      throw new RopaError(
        'REFUSED_FILE',
        `${file}: row ${rows.length + 1}, column ${row.length + 1} holds ${field.length} characters; a cell holds at most ${limits.maxCellChars}. Nothing was imported.`,
      );
    row.push(field);
    field = '';
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
    if (rows.length > limits.maxRows + 1)
      throw new RopaError(
        'REFUSED_FILE',
        `${file}: more than ${limits.maxRows} rows; Ropa imports at most ${limits.maxRows} rows. Nothing was imported.`,
      );
  };
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (quoted) {
      if (ch === '"' && src[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') endField();
    else if (ch === '\n') endRow();
    else if (ch === '\r' && src[i + 1] === '\n') {
      endRow();
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length > 0) endRow();
  return rows;
}
