// The export layouts a sent copy may have been, in words; the command line records a file's extension
// instead (xlsx, json…), shown as it is.
const FORMAT_LABELS: Record<string, string> = {
  full: 'the full Article 30 workbook',
  ico: 'the ICO template layout',
  cnil: 'the CNIL register layout',
  csv: 'CSV files',
  json: 'a Ropa JSON document',
  dpv: 'W3C DPV (JSON-LD)',
};

export function formatLabel(format: string): string {
  return FORMAT_LABELS[format] ?? format;
}
