import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { writePptx } from '../../../electron/services/slides/pptx.ts';
import { Editor } from '../../../shared/editor.ts';
import { planSlides } from '../../../shared/export/slides.ts';
import { createDocument } from '../../../shared/templates.ts';
import { smallMap } from '../ops/harness.ts';
import { tempDir } from './tmp.ts';
import { unzip } from './unzip.ts';

const HOSTILE = `<script>&"' \u0001x`;

const decode = (text: string) => text.replace(/&(lt|gt|quot|apos|amp);/g, (_, name: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[name] as string);
/** The texts of a slide's runs, decoded: what PowerPoint shows and lets one edit. */
const runTexts = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1] as string));

function hostileMap() {
  const editor = new Editor(smallMap());
  editor.apply([
    { type: 'setCardText', id: 'c2', text: HOSTILE },
    { type: 'renameStage', id: 'a', title: `Aware & "choose" <b>` },
    { type: 'addLane', id: 'emo', kind: 'emotion', title: 'Emotion' },
  ]);
  return editor.doc;
}

async function deck(doc = hostileMap(), locale = doc.map.locale) {
  const plan = planSlides(doc, {}, locale);
  const bytes = await writePptx(plan);
  return { plan, bytes, files: await unzip(bytes) };
}

describe('writePptx', () => {
  it('writes a zip package with one slide part per planned slide', async () => {
    const { plan, bytes, files } = await deck();
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    expect(files.has('[Content_Types].xml')).toBe(true);
    expect(files.has('ppt/presentation.xml')).toBe(true);
    const slides = [...files.keys()].filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort();
    expect(slides).toHaveLength(plan.slides.length);
    for (let i = 1; i <= plan.slides.length; i++) expect(files.has(`ppt/slides/slide${i}.xml`)).toBe(true);
    // 16:9: 10 × 5.625 inches in EMU
    expect(files.get('ppt/presentation.xml')!.toString()).toMatch(/<p:sldSz cx="9144000" cy="5143500"/);
  });

  it('every XML part is well-formed, hostile text included, and the text is there as text', async () => {
    const { files } = await deck();
    for (const [name, data] of files) {
      if (!/\.(xml|rels)$/.test(name)) continue;
      expect(XMLValidator.validate(data.toString('utf8')), name).toBe(true);
    }
    const aware = files.get('ppt/slides/slide2.xml')!.toString();
    const texts = runTexts(aware);
    expect(texts).toContain('• Know the price');
    // escaped in the XML, the same characters once read; the control character is dropped (XML 1.0 forbids it)
    expect(texts).toContain(`• <script>&"' x`);
    expect(aware).not.toContain('<script>');
    expect(texts).toContain(`Aware & "choose" <b>`);
    expect(runTexts(files.get('ppt/slides/slide3.xml')!.toString())).toContain('• Greeting');
  });

  it('gives every table cell a font size, empty ones too (else they are 18 pt lines and the table runs over)', async () => {
    const { files } = await deck();
    const cells = [...files.get('ppt/slides/slide2.xml')!.toString().matchAll(/<a:tc>(.*?)<\/a:txBody>/g)].map((m) => m[1] as string);
    expect(cells.length).toBeGreaterThan(6);
    for (const cell of cells) expect(cell).toMatch(/ sz="\d+"/);
  });

  it('draws no pictures: text boxes, a table and the curve as shapes', async () => {
    const { files } = await deck();
    // pptxgenjs always writes the folder entry "ppt/media/"; nothing may be in it
    expect([...files.keys()].filter((name) => name.startsWith('ppt/media/') && !name.endsWith('/'))).toEqual([]);
    const aware = files.get('ppt/slides/slide2.xml')!.toString();
    expect(aware).not.toContain('<p:pic>');
    expect(aware).toContain('<a:tbl>');
    // the Aware stage has one point of the curve (a1): one dot, and the mood ticks as lines
    expect(aware.match(/prst="ellipse"/g)).toHaveLength(1);
    expect((aware.match(/prst="line"/g) ?? []).length).toBeGreaterThanOrEqual(3);
  });

  it('names Office fonts: Calibri for an English map, Microsoft YaHei for a Chinese one', async () => {
    const en = (await deck()).files.get('ppt/slides/slide2.xml')!.toString();
    expect(en).toContain('typeface="Calibri"');
    expect(en).not.toContain('Microsoft YaHei');
    // a Chinese card in an English map: that run in YaHei, the rest stays Calibri
    const editor = new Editor(hostileMap());
    editor.apply({ type: 'setCardText', id: 'c1', text: '预约试驾 test drive' });
    const mixed = (await deck(editor.doc)).files.get('ppt/slides/slide2.xml')!.toString();
    const runOf = (text: string) => [...mixed.matchAll(/<a:r>(.*?)<\/a:r>/g)].map((m) => m[1] as string).find((r) => r.includes(`<a:t>${text}</a:t>`))!;
    expect(runOf('• 预约试驾 test drive')).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(runOf('Needs')).toContain('<a:latin typeface="Calibri"');
    const zh = await deck(createDocument('car-dealer', 'zh-CN'));
    const slide = zh.files.get('ppt/slides/slide2.xml')!.toString();
    expect(slide).toContain('<a:ea typeface="Microsoft YaHei"');
    expect(slide).toContain('lang="zh-CN"');
    expect(runTexts(slide)).toContain('知晓');
    const summary = zh.files.get(`ppt/slides/slide${zh.plan.slides.length}.xml`)!.toString();
    expect(runTexts(summary)).toContain('机会点（按性价比排序）');
  });

  it('is compressed: a template deck stays small', async () => {
    const { bytes, files } = await deck(createDocument('car-dealer', 'en'));
    const unpacked = [...files.values()].reduce((sum, data) => sum + data.length, 0);
    expect(bytes.length).toBeLessThan(unpacked / 3);
  });
});

const hasTools = ['soffice', 'pdfinfo'].every((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0);
if (!hasTools) process.stderr.write('pptx.test.ts: soffice or pdfinfo is not on PATH; the PDF conversion test is skipped\n');

describe.skipIf(!hasTools)('a written deck opens in LibreOffice (skipped without soffice and pdfinfo on PATH)', () => {
  for (const [template, locale] of [
    ['car-dealer', 'en'],
    ['car-dealer', 'zh-CN'],
  ] as const) {
    it(`${template} in ${locale}: as many PDF pages as slides`, { timeout: 150_000 }, async () => {
      const { plan, bytes } = await deck(createDocument(template, locale));
      const dir = tempDir();
      const file = path.join(dir, `${template}-${locale}.pptx`);
      fs.writeFileSync(file, bytes);
      // a profile of its own, so a LibreOffice already running for someone else is not asked to do it
      execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { timeout: 120_000, stdio: 'ignore' });
      const info = execFileSync('pdfinfo', [path.join(dir, `${template}-${locale}.pdf`)], { encoding: 'utf8' });
      expect(Number(/^Pages:\s+(\d+)/m.exec(info)?.[1])).toBe(plan.slides.length);
    });
  }
});
