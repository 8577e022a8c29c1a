// `cjm export --format xlsx|csv` and `cjm import` of a spreadsheet: out and back in is the same
// map (ids aside); what a spreadsheet cannot carry is said on stderr; the usual exit codes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject } from '../../../electron/services/projectFile.ts';
import { mapContent } from '../sheet/mapContent.ts';
import { cjm } from './cjmCommand.ts';
import { tempDir } from './tmp.ts';

describe('cjm and maps as spreadsheets', () => {
  it('export --format xlsx, then import, gives the same map', () => {
    const dir = tempDir();
    const map = path.join(dir, 'dealer.cjm');
    expect(cjm('new', map, '--template', 'car-dealer', '--lang', 'zh-CN').code).toBe(0);
    const xlsx = path.join(dir, 'dealer.xlsx');
    const exported = cjm('export', map, '--format', 'xlsx', '--out', xlsx);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.err).toMatch(/left out: 1 persona/);
    expect(fs.readFileSync(xlsx).subarray(0, 2).toString()).toBe('PK');
    const back = path.join(dir, 'back.cjm');
    const imported = cjm('import', xlsx, '--out', back);
    expect(imported.code, imported.err).toBe(0);
    expect(mapContent(readProject(back).doc)).toEqual(mapContent(readProject(map).doc));
  });

  it('export by the .csv extension; import names the problems of a hand-made sheet on stderr', () => {
    const dir = tempDir();
    const map = path.join(dir, 'm.cjm');
    cjm('new', map, '--template', 'first-visit', '--lang', 'en');
    const csv = path.join(dir, 'm.csv');
    const exported = cjm('export', map, '--out', csv);
    expect(exported.code, exported.err).toBe(0);
    expect(exported.err).toMatch(/a CSV file holds one sheet/);
    const hand = path.join(dir, 'hand.csv');
    fs.writeFileSync(hand, 'Stage,,Visit\nScene,,Arrive\nChannel,,by bike\nCustomer actions,Customer actions,Walks in\n');
    const result = cjm('import', hand, '--out', path.join(dir, 'hand.cjm'));
    expect(result.code, result.err).toBe(0);
    expect(result.err).toMatch(/note: .*C3: “by bike” is not a channel/);
  });

  it('--content actions --format csv is still the pain points\' action list, not the map sheet', () => {
    const dir = tempDir();
    const map = path.join(dir, 'm.cjm');
    cjm('new', map, '--template', 'car-dealer', '--lang', 'en');
    const csv = path.join(dir, 'actions.csv');
    const result = cjm('export', map, '--content', 'actions', '--format', 'csv', '--out', csv);
    expect(result.code, result.err).toBe(0);
    expect(fs.readFileSync(csv, 'utf8').split('\r\n')[0]).toMatch(/^\uFEFFPain point,/);
  });

  it('a workbook that is not a map: exit code 1 and the reason', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.xlsx');
    fs.writeFileSync(bad, 'not a zip at all');
    const result = cjm('import', bad, '--out', path.join(dir, 'x.cjm'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/bad\.xlsx: cannot be read as a map: it is not an \.xlsx workbook/);
    expect(fs.existsSync(path.join(dir, 'x.cjm'))).toBe(false);
  });
});
