// What is exported besides the map, through the same exporter: the opportunity matrix (SVG, PNG,
// PDF fitted on one page) and the service action handbook (PDF only; a role without actions is an
// error before any browser starts). A stand-in browser records what it was asked to print.
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { exportMap } from '../../../electron/services/export/exporter.ts';
import type { RenderHost } from '../../../electron/services/export/renderHost.ts';
import { ApiError } from '../../../shared/api.ts';
import { ExportOptionsSchema, type ExportOptions } from '../../../shared/export/options.ts';
import { serviceActionMap } from '../export/serviceActionMap.ts';

function recordingHost(pages: string[]) {
  let opened = 0;
  const open = async (): Promise<RenderHost> => {
    opened++;
    return {
      load: async (html) => void pages.push(html),
      pdf: async () => {
        const pdf = await PDFDocument.create();
        pdf.addPage();
        return pdf.save();
      },
      capture: async () => Buffer.alloc(0),
      placeImage: async () => undefined,
      close: async () => undefined,
    };
  };
  return { open, opened: () => opened };
}

const run = (options: object, pages: string[] = []) => {
  const host = recordingHost(pages);
  return { host, result: exportMap(serviceActionMap('zh-CN'), ExportOptionsSchema.parse(options), { openHost: host.open, appVersion: 'test' }) };
};

describe('export of the matrix and the handbook', () => {
  it('prints the handbook of one role as A4 pages, and counts them', async () => {
    const pages: string[] = [];
    const { result } = run({ content: 'handbook', format: 'pdf', role: '门卫' }, pages);
    const done = await result;
    expect(pages).toHaveLength(1);
    const html = pages[0]!;
    expect(html).toContain('@page{size:210mm 297mm');
    expect(html).toContain('服务动作手册 · 门卫');
    expect(html).toContain('抬杆并指引访客停车位');
    expect(html).not.toContain('递交名片');
    expect(done.pages).toBe(html.split('<section class="page">').length - 1);
  });

  it('refuses a role with no service actions, naming those that have some, before a browser starts', async () => {
    const { host, result } = run({ content: 'handbook', format: 'pdf', role: 'Finance' });
    const error = await result.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toMatch(/'Finance' has no service actions in this map; roles with actions: 销售顾问, 门卫, 保洁/);
    expect(host.opened()).toBe(0);
  });

  it('refuses a handbook in another format even when the schema is bypassed', async () => {
    const options = { ...ExportOptionsSchema.parse({ content: 'handbook', format: 'pdf' }), format: 'png' } as ExportOptions;
    const host = recordingHost([]);
    await expect(exportMap(serviceActionMap('en'), options, { openHost: host.open, appVersion: 'test' })).rejects.toThrow(/PDF only/);
  });

  it('writes the matrix as SVG, and prints it on one page even when tiling was chosen', async () => {
    const svg = await run({ content: 'matrix', format: 'svg' }).result;
    expect(Buffer.from(svg.bytes).toString('utf8')).toContain('机会点矩阵');
    const pages: string[] = [];
    const pdf = await run({ content: 'matrix', format: 'pdf', page: { size: 'A4', mode: 'tile' } }, pages).result;
    expect(pdf.pages).toBe(1);
    expect(pages[0]).toContain('速赢');
  });
});
