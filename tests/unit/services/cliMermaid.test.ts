// `cjm import` and `cjm export --format mermaid`: a Mermaid journey into a .cjm and back out,
// with the usual exit codes (0 done, 1 a bad file, 2 wrong usage).
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCS_EXAMPLE, DOCS_EXAMPLE_WRITTEN } from '../mermaid/examples.ts';
import { cjm } from './cjmCommand.ts';
import { tempDir } from './tmp.ts';


describe('cjm and Mermaid', () => {
  it('imports a .mmd into a map and exports it back as the same journey', () => {
    const dir = tempDir();
    const source = path.join(dir, 'day.mmd');
    fs.writeFileSync(source, DOCS_EXAMPLE);
    const map = path.join(dir, 'day.cjm');
    const imported = cjm('import', source, '--out', map);
    expect(imported).toMatchObject({ code: 0, err: '' });
    expect(imported.out).toBe(`${map} (2 stages, 5 scenes, 2 personas)\n`);
    const info = JSON.parse(cjm('info', map).out);
    expect(info.stages.map((s: { title: string }) => s.title)).toEqual(['Go to work', 'Go home']);

    const back = path.join(dir, 'back.mmd');
    const exported = cjm('export', map, '--format', 'mermaid', '--out', back);
    expect(exported.code).toBe(0);
    expect(exported.err).toMatch(/^cjm: Mermaid cannot carry the rest of the map, which was left out: \d+ lanes \(Mermaid has no lanes\)\n$/);
    expect(fs.readFileSync(back, 'utf8')).toBe(DOCS_EXAMPLE_WRITTEN);
    // an .mmd output is Mermaid without saying so
    expect(cjm('export', map, '--out', path.join(dir, 'plain.mmd')).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'plain.mmd'), 'utf8')).toBe(fs.readFileSync(back, 'utf8'));
  });

  it('a .md file gives its journey block; problems are notes on stderr', () => {
    const dir = tempDir();
    const source = path.join(dir, 'notes.md');
    fs.writeFileSync(source, '# Trip\n\n```mermaid\njourney\nsection A\n  Go: 9: Ann\n```\n');
    const { code, err } = cjm('import', source, '--out', path.join(dir, 'trip.cjm'));
    expect(code).toBe(0);
    expect(err).toBe("cjm: note: task “Go”: score 9 is outside Mermaid's 1–5 and counts as 5\n");
  });

  it('exits 1 on a file that is not journey syntax or already exists, 2 on wrong usage', () => {
    const dir = tempDir();
    const bad = path.join(dir, 'bad.mmd');
    fs.writeFileSync(bad, 'journey\nsection A\n  Tea: lots\n');
    const refused = cjm('import', bad, '--out', path.join(dir, 'bad.cjm'));
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/^cjm: bad\.mmd: is not a Mermaid journey: line 3: the score of task “Tea” must be a number/);
    expect(fs.existsSync(path.join(dir, 'bad.cjm'))).toBe(false);

    const good = path.join(dir, 'good.mmd');
    fs.writeFileSync(good, DOCS_EXAMPLE);
    fs.writeFileSync(path.join(dir, 'taken.cjm'), 'x');
    expect(cjm('import', good, '--out', path.join(dir, 'taken.cjm'))).toMatchObject({ code: 1, err: expect.stringMatching(/already exists/) });
    expect(cjm('import', good, '--out', path.join(dir, 'map.txt')).code).toBe(2);
    expect(cjm('import', path.join(dir, 'taken.cjm'), '--out', path.join(dir, 'x.cjm')).code).toBe(2);
    expect(cjm('import', good).code).toBe(2);
    expect(cjm('export', good, '--format', 'mermaid', '--out', path.join(dir, 'x.svg')).code).toBe(2);
    expect(cjm('export', good, '--format', 'mermaid', '--page', 'A4', '--out', path.join(dir, 'x.mmd')).code).toBe(2);
  });
});
