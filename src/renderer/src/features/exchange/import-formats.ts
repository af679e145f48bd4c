// The layouts Ropa imports, the words the UI shows for them, and the first guess from the file's name.
import type { Input } from '../../../../shared/ipc/contract';

export type ImportFormat = NonNullable<Input<'imports:run'>['format']>;

export const IMPORT_FORMAT_CHOICES: { value: ImportFormat; label: string }[] = [
  { value: 'full', label: 'Ropa full workbook (.xlsx)' },
  { value: 'json', label: 'Ropa JSON document (.json)' },
  { value: 'cnil', label: 'CNIL register model (.ods, .xlsx)' },
  { value: 'ico', label: 'ICO documentation template (.xlsx)' },
  { value: 'mapped', label: 'Other spreadsheet or CSV, with a column mapping' },
  { value: 'register', label: 'Another Ropa register (.ropa): copy some of its activities' },
];

/**
 * The layout a file most likely has. An .xlsx is first taken for Ropa's own workbook: its dry run says so
 * when it is not, and the user picks CNIL, ICO or a mapping. An .ods is the CNIL model (the CNIL publishes
 * it as .ods); a CSV can only be read through a mapping; a .ropa file is another register to copy from.
 */
export function formatFromFile(file: string): ImportFormat {
  const name = file.toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.ropa')) return 'register';
  if (name.endsWith('.ods')) return 'cnil';
  if (name.endsWith('.csv') || name.endsWith('.tsv') || name.endsWith('.txt')) return 'mapped';
  return 'full';
}

/** The full workbook's reader refuses a workbook without its machine copy with this phrase. */
export function isNotRopaWorkbook(message: string): boolean {
  return message.includes('was not exported by Ropa');
}
