// `cjm export --format json` and `cjm import`: a map out as JSON and back in as a .cjm is the
// same map, ids and all; the usual exit codes (0 done, 1 a bad file, 2 wrong usage).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../../electron/services/projectFile.ts';
import { cjm } from './cjmCommand.ts';
import { tempDir } from './tmp.ts';


describe('cjm and maps as JSON', () => {
  it('export --format json, then import, gives the same map', () => {
    const dir = tempDir();
    const map = path.join(dir, 'dealer.cjm');
    expect(cjm('new', map, '--template', 'car-dealer', '--lang', 'en').code).toBe(0);
    const json = path.join(dir, 'dealer.json');
    const exported = cjm('export', map, '--format', 'json', '--out', json);
    expect(exported.code, exported.err).toBe(0);
    expect(JSON.parse(fs.readFileSync(json, 'utf8'))).toMatchObject({ format: 'journey-mapper/map', version: 1 });
    // The output's extension alone says JSON too; an existing file is not replaced without --force.
    expect(cjm('export', map, '--out', json).code).toBe(1);
    expect(cjm('export', map, '--out', json, '--force').code).toBe(0);
    const back = path.join(dir, 'back.cjm');
    const imported = cjm('import', json, '--out', back);
    expect(imported.code, imported.err).toBe(0);
    expect(readProject(back).doc).toEqual(readProject(map).doc);
  });

  it('a hand-edited JSON file: its broken records are named on stderr and left out', () => {
    const dir = tempDir();
    const map = path.join(dir, 'm.cjm');
    cjm('new', map, '--template', 'car-dealer', '--lang', 'zh-CN');
    const json = path.join(dir, 'm.json');
    cjm('export', map, '--out', json);
    const data = JSON.parse(fs.readFileSync(json, 'utf8')) as { cards: { id: string; laneId: unknown }[] };
    data.cards[0]!.laneId = null;
    fs.writeFileSync(json, JSON.stringify(data));
    const result = cjm('import', json, '--out', path.join(dir, 'n.cjm'));
    expect(result.code).toBe(0);
    expect(result.err).toContain(`note: card '${data.cards[0]!.id}'`);
  });

  it('refuses what is not a map (1) and wrong usage (2)', () => {
    const dir = tempDir();
    const notes = path.join(dir, 'package.json');
    fs.writeFileSync(notes, '{"name": "x"}');
    const refused = cjm('import', notes, '--out', path.join(dir, 'x.cjm'));
    expect(refused.code).toBe(1);
    expect(refused.err).toContain('package.json: it is JSON but not a journey map');
    expect(fs.existsSync(path.join(dir, 'x.cjm'))).toBe(false);
    expect(cjm('import', notes).code).toBe(2);
    expect(cjm('import', notes, '--out', path.join(dir, 'x.txt')).code).toBe(2);
    expect(cjm('export', notes, '--format', 'json', '--out', path.join(dir, 'x.csv')).code).toBe(2);
  });
});
