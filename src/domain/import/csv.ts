/** RFC 4180 CSV with the line each row starts on (quoted fields may span lines). */
import { ConfigImportError, MAX_CONFIG_BYTES } from './types';

export interface CsvRow {
  fields: string[];
  line: number;
}

export function parseCsv(input: string, file: string): CsvRow[] {
  if (input.length > MAX_CONFIG_BYTES)
    throw new ConfigImportError('too-large', file, 1, `larger than ${MAX_CONFIG_BYTES / 1024 / 1024} MB`);
  const rows: CsvRow[] = [];
  let line = 1;
  let fields: string[] = [];
  let field = '';
  let rowLine = 1;
  let i = 0;
  const endRow = () => {
    fields.push(field);
    if (!(fields.length === 1 && fields[0] === '')) rows.push({ fields, line: rowLine });
    fields = [];
    field = '';
  };
  while (i < input.length) {
    const ch = input[i]!;
    if (ch === '"' && field === '') {
      const opened = line;
      i++;
      for (;;) {
        if (i >= input.length) throw new ConfigImportError('syntax', file, opened, 'quoted field is not closed');
        const c = input[i]!;
        if (c === '"') {
          if (input[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (c === '\n') line++;
        field += c;
        i++;
      }
      const next = input[i];
      if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
        throw new ConfigImportError('syntax', file, line, 'text after a closing quote');
      continue;
    }
    if (ch === ',') {
      fields.push(field);
      field = '';
    } else if (ch === '\n') {
      endRow();
      line++;
      rowLine = line;
    } else if (ch !== '\r') field += ch;
    i++;
  }
  if (field !== '' || fields.length) endRow();
  return rows;
}
