// Writes resources/journey-map.schema.json, the published JSON Schema of the JSON export, from
// the zod schemas (a unit test fails while the committed file is not what this writes).
import fs from 'node:fs';
import path from 'node:path';
import { jsonMapSchema } from '../shared/jsonMap.ts';

export const SCHEMA_FILE = path.resolve(import.meta.dirname, '../resources/journey-map.schema.json');
export const schemaText = () => `${JSON.stringify(jsonMapSchema(), null, 2)}\n`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  fs.writeFileSync(SCHEMA_FILE, schemaText());
  process.stdout.write(`wrote ${path.relative(process.cwd(), SCHEMA_FILE)}\n`);
}
