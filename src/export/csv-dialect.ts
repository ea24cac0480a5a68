// How a CSV is written for the reader's spreadsheet. French Excel and LibreOffice split columns on
// ";" and read "," as the decimal mark, as the list separator of a French system says; English
// and Chinese ones expect "," and ".". Numbers carry no thousands separator and no exponent, so a
// spreadsheet reads them as numbers. No "sep=" line: Excel alone reads it, and it then ignores
// the byte-order mark, which Chinese text needs.

export interface CsvDialect {
  delimiter: ',' | ';';
  decimalChar: '.' | ',';
}

// The app's languages whose spreadsheets take a decimal comma, hence a semicolon between columns.
const DECIMAL_COMMA_LANGUAGES = new Set(['fr']);

export function csvDialectFor(locale: string): CsvDialect {
  const language = locale.toLowerCase().split(/[-_]/)[0] ?? '';
  return DECIMAL_COMMA_LANGUAGES.has(language) ? { delimiter: ';', decimalChar: ',' } : { delimiter: ',', decimalChar: '.' };
}

const PLAIN = new Intl.NumberFormat('en-US', { useGrouping: false, maximumSignificantDigits: 12 });

/** 3219315000000, 355.068493151, -2.9; with a decimal comma "-2,9". */
export function plainNumber(value: number, dialect: CsvDialect): string {
  const text = PLAIN.format(value === 0 ? 0 : value); // never "-0"
  return dialect.decimalChar === ',' ? text.replace('.', ',') : text;
}
