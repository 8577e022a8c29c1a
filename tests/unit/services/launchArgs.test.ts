import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapsInArgs } from '../../../electron/services/launchArgs.ts';

describe('mapsInArgs', () => {
  it('finds the maps among the arguments, resolved against the starting folder', () => {
    const cwd = path.resolve('/home/li/maps');
    expect(mapsInArgs(['/opt/Journey Mapper/journey-mapper', '--no-sandbox', 'dealer.CJM', path.resolve('/shared/经销商.cjm'), 'notes.txt'], cwd)).toEqual([
      path.join(cwd, 'dealer.CJM'),
      path.resolve('/shared/经销商.cjm'),
    ]);
  });

  it('ignores the program itself, switches and other files', () => {
    expect(mapsInArgs(['/apps/odd.cjm'], '/')).toEqual([]);
    expect(mapsInArgs(['app', '--open=x.cjm', '-x.cjm', 'map.cjm.bak', '.'], '/')).toEqual([]);
  });
});
