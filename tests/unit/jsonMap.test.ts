// The JSON export: every template round-trips exactly and validates against the published JSON
// Schema (which must be what the zod schemas generate today); a hand-made file is read with the
// same checks as a .cjm, and what is not a journey map is refused with its reason.
import { Ajv2020 } from 'ajv/dist/2020.js';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCHEMA_FILE, schemaText } from '../../scripts/jsonSchema.ts';
import { TEMPLATES } from '../../shared/api.ts';
import { JSON_MAP_FORMAT, JsonMapError, mapFromJson, mapToJson } from '../../shared/jsonMap.ts';
import { LOCALES } from '../../shared/model.ts';
import { createDocument } from '../../shared/templates.ts';

const validate = new Ajv2020({ strict: false, allErrors: true }).compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')) as object);
const reasonOf = (text: string) => {
  try {
    mapFromJson(text);
  } catch (error) {
    if (error instanceof JsonMapError) return error.reason;
    throw error;
  }
  return null;
};

describe('maps as JSON', () => {
  it('publishes the JSON Schema the zod schemas generate (run npm run schema after changing them)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(schemaText());
  });

  for (const template of TEMPLATES) {
    for (const locale of LOCALES) {
      it(`${template} (${locale}): valid against the schema, and read back exactly`, () => {
        const doc = createDocument(template, locale);
        const text = mapToJson(doc);
        const json = JSON.parse(text) as unknown;
        expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        expect(mapFromJson(text)).toEqual({ doc, problems: [] });
      });
    }
  }

  it('the schema refuses what the app would refuse: a card without text, an unknown lane kind, a wrong format', () => {
    const json = JSON.parse(mapToJson(createDocument('car-dealer', 'en'))) as { format: string; cards: Record<string, unknown>[]; lanes: Record<string, unknown>[] };
    delete json.cards[0]!.text;
    json.lanes[0]!.kind = 'sticky-notes';
    expect(validate(json)).toBe(false);
    expect(validate.errors?.map((e) => e.instancePath)).toEqual(expect.arrayContaining(['/cards/0', '/lanes/0/kind']));
    expect(validate({ ...json, format: 'other' })).toBe(false);
  });

  it('a hand-edited file loses only its broken records, and says which; unknown fields are kept', () => {
    const json = JSON.parse(mapToJson(createDocument('car-dealer', 'en'))) as { cards: Record<string, unknown>[]; map: Record<string, unknown> };
    const broken = json.cards[1]!.id as string;
    json.cards[1]!.laneId = 42;
    json.cards[0]!.votes = 7;
    json.map.__proto__ = { polluted: 1 };
    const { doc, problems } = mapFromJson(JSON.stringify(json));
    expect(problems.join('\n')).toContain(broken);
    expect(doc.cards[broken]).toBeUndefined();
    expect((doc.cards[json.cards[0]!.id as string] as unknown as { votes: number }).votes).toBe(7);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses, with its reason, what is not a journey map: not JSON, another format, a newer version, too deep, too large', () => {
    expect(reasonOf('{"format": ')).toBe('not-json');
    expect(reasonOf('[1, 2, 3]')).toBe('not-a-map');
    expect(reasonOf('{"name": "package.json"}')).toBe('not-a-map');
    expect(reasonOf(JSON.stringify({ format: JSON_MAP_FORMAT, version: 99, map: {} }))).toBe('too-new');
    expect(reasonOf(JSON.stringify({ format: JSON_MAP_FORMAT, version: 'one' }))).toBe('invalid');
    expect(reasonOf(JSON.stringify({ format: JSON_MAP_FORMAT, version: 1, map: null }))).toBe('invalid');
    expect(reasonOf(`{"format":"${JSON_MAP_FORMAT}","version":1,"x":${'['.repeat(100_000)}${']'.repeat(100_000)}}`)).toBe('too-deep');
    expect(reasonOf(' '.repeat(64 * 1024 * 1024 + 1))).toBe('too-large');
    // A byte-order mark (Windows editors write one) is not a problem.
    expect(mapFromJson(`\uFEFF${mapToJson(createDocument('blank', 'zh-CN'))}`).problems).toEqual([]);
  });
});
