// `cjm export --format pptx [--view <name>]`: editable slides from the command line, of a view of the map.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readProject, writeProject } from '../../../electron/services/projectFile.ts';
import { Editor } from '../../../shared/editor.ts';
import { cjm } from './cjmCommand.ts';
import { tempDir } from './tmp.ts';
import { unzip } from './unzip.ts';

describe('cjm export as slides', () => {
  it('writes the deck of a view; an unknown view is a usage error naming the views', async () => {
    const dir = tempDir();
    const map = path.join(dir, 'dealer.cjm');
    expect(cjm('new', map, '--template', 'car-dealer', '--lang', 'zh-CN').code).toBe(0);
    const editor = new Editor(readProject(map).doc);
    editor.apply({ type: 'addView', id: 'client', name: '客户视图', leftOut: { stagesLeftOut: ['stage-rebuy', 'stage-use'] } });
    writeProject(map, editor.doc);

    const deck = path.join(dir, 'dealer.pptx');
    const done = cjm('export', map, '--format', 'pptx', '--view', '客户视图', '--out', deck);
    expect(done.code, done.err).toBe(0);
    const slides = [...(await unzip(fs.readFileSync(deck))).keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
    expect(slides).toHaveLength(6);

    const wrong = cjm('export', map, '--format', 'pptx', '--view', 'Board', '--out', path.join(dir, 'x.pptx'));
    expect(wrong.code).toBe(2);
    expect(wrong.err).toContain("no view 'Board' in this map; it has: '客户视图'");
  });
});
