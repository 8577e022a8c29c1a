// `cjm export`'s flags for what to export: the map (as before), the opportunity matrix and the
// service action handbook (--format handbook, PDF only, for one role or all).
import { describe, expect, it } from 'vitest';
import { exportOptionsOf, parseExportFlags } from '../../../electron/cli/export.ts';
import { UsageError } from '../../../electron/cli/usage.ts';
import { serviceActionMap } from '../export/serviceActionMap.ts';
import { Editor } from '../../../shared/editor.ts';
import { createDocument } from '../../../shared/templates.ts';

const doc = serviceActionMap('en');
const optionsOf = (...args: string[]) => exportOptionsOf(parseExportFlags(args), doc);

describe('cjm export flags', () => {
  it('a map export is unchanged: content map, format from the flag or the file name', () => {
    expect(optionsOf('in.cjm', '--out', 'x.png')).toMatchObject({ content: 'map', format: 'png' });
    expect(optionsOf('in.cjm', '--format', 'pdf', '--out', 'x.pdf', '--tile')).toMatchObject({ content: 'map', format: 'pdf', page: { mode: 'tile' } });
  });

  it('--format handbook is the handbook as a PDF, for one role or all', () => {
    expect(optionsOf('in.cjm', '--format', 'handbook', '--role', 'Guard', '--out', 'x.pdf')).toMatchObject({ content: 'handbook', format: 'pdf', role: 'Guard' });
    expect(optionsOf('in.cjm', '--format', 'handbook', '--role', 'ALL', '--out', 'x.pdf')).toMatchObject({ content: 'handbook', format: 'pdf', role: undefined });
    expect(optionsOf('in.cjm', '--format', 'handbook', '--out', 'x.pdf').role).toBeUndefined();
    expect(optionsOf('in.cjm', '--content', 'handbook', '--out', 'x.pdf')).toMatchObject({ content: 'handbook', format: 'pdf' });
  });

  it('--content matrix takes every format', () => {
    for (const format of ['svg', 'png', 'pdf']) expect(optionsOf('in.cjm', '--content', 'matrix', '--out', `x.${format}`)).toMatchObject({ content: 'matrix', format });
  });

  it('refuses a handbook that is not a PDF, a role without the handbook, and contradictions', () => {
    const refused = (...args: string[]) => () => optionsOf(...args);
    expect(refused('in.cjm', '--format', 'handbook', '--out', 'x.png')).toThrow(/must end in \.pdf/);
    expect(refused('in.cjm', '--content', 'handbook', '--format', 'png', '--out', 'x.png')).toThrow(/PDF only/);
    expect(refused('in.cjm', '--role', 'Guard', '--out', 'x.pdf')).toThrow(/--role .* with --format handbook/);
    expect(refused('in.cjm', '--format', 'handbook', '--content', 'matrix', '--out', 'x.pdf')).toThrow(UsageError);
    expect(refused('in.cjm', '--format', 'handbook', '--role', ' ', '--out', 'x.pdf')).toThrow(/role name, or all/);
    expect(refused('in.cjm', '--content', 'poster', '--out', 'x.pdf')).toThrow(/--content must be one of: map, matrix, handbook/);
  });

  it('--view exports what a view of the map shows; --stages and --lanes narrow it; an unknown view names those there are', () => {
    const viewed = createDocument('car-dealer', 'en');
    const editor = new Editor(viewed);
    editor.apply({ type: 'addView', id: 'client', name: 'Client view', leftOut: { stagesLeftOut: ['stage-rebuy'], lanesLeftOut: ['lane-metrics'] } });
    const withView = (...args: string[]) => exportOptionsOf(parseExportFlags(args), editor.doc);
    const options = withView('in.cjm', '--out', 'x.pdf', '--view', 'client VIEW');
    expect(options.stages).not.toContain('stage-rebuy');
    expect(options.stages).toHaveLength(5);
    expect(options.lanes).not.toContain('lane-metrics');
    expect(options.curves).toEqual(['curve-current']);
    expect(withView('in.cjm', '--out', 'x.pdf', '--view', 'Client view', '--lanes', 'lane-needs,lane-metrics').lanes).toEqual(['lane-needs']);
    expect(() => withView('in.cjm', '--out', 'x.pdf', '--view', 'Board')).toThrow("--view: no view 'Board' in this map; it has: 'Client view'");
    expect(() => withView('in.cjm', '--out', 'x.pdf', '--content', 'actions', '--view', 'Client view')).toThrow(/use it with --content map/);
    expect(withView('in.cjm', '--out', 'x.pdf').curves).toBeUndefined();
  });
});
