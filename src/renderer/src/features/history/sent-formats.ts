// The export layouts a sent copy may have been, in words: short for the table, as a phrase for a sentence.
// The command line records a file's extension instead (xlsx, json…), shown as it is.
const FORMATS: Record<string, { short: string; phrase: string }> = {
  full: { short: 'Full workbook', phrase: 'the full Article 30 workbook' },
  ico: { short: 'ICO layout', phrase: 'the ICO template layout' },
  cnil: { short: 'CNIL layout', phrase: 'the CNIL register layout' },
  csv: { short: 'CSV', phrase: 'CSV files' },
  json: { short: 'Ropa JSON', phrase: 'a Ropa JSON document' },
  dpv: { short: 'DPV JSON-LD', phrase: 'W3C DPV (JSON-LD)' },
};

export function formatLabel(format: string): string {
  return FORMATS[format]?.short ?? format;
}

export function formatPhrase(format: string): string {
  return FORMATS[format]?.phrase ?? format;
}
