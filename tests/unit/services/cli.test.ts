import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { localDate } from '../../../electron/cli/run.ts';
import { addImage } from '../../../electron/services/imageStore.ts';
import { png } from '../imageBytes.ts';
import { cjm } from './cjmCommand.ts';
import { tempDir } from './tmp.ts';


describe('cjm command', () => {
  it("info's date is the computer's calendar day", () => {
    expect(localDate(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
    expect(localDate(new Date(2026, 11, 31, 0, 0))).toBe('2026-12-31');
  });

  it('new + info on the car-dealer template, in English and Chinese', () => {
    const dir = tempDir();
    const expected = { en: ['Aware', 'Choose', 'Buy', 'Use', 'Follow-up', 'Rebuy'], 'zh-CN': ['知晓', '选车', '购买', '用车', '回电', '再购'] };
    for (const [lang, titles] of Object.entries(expected)) {
      const file = path.join(dir, `${lang}.cjm`);
      expect(cjm('new', file, '--template', 'car-dealer', '--lang', lang).code).toBe(0);
      const { code, out, err } = cjm('info', file);
      expect(err).toBe('');
      expect(code).toBe(0);
      const info = JSON.parse(out);
      expect(info.locale).toBe(lang);
      expect(info.stages.map((s: { title: string }) => s.title)).toEqual(titles);
      for (const stage of info.stages) expect(stage.scenes.length).toBeGreaterThanOrEqual(2);
      const sceneCount = info.stages.reduce((n: number, s: { scenes: unknown[] }) => n + s.scenes.length, 0);
      expect(info.emotionPoints).toHaveLength(sceneCount);
      expect(info.lanes.map((l: { kind: string }) => l.kind)).toContain('emotion');
      expect(info.cardsPerLaneKind.touchpoints).toBeGreaterThan(10);
      // each opportunity, in reading order, with its scores, value and rank (the template scores them all)
      expect(info.opportunities).toHaveLength(info.cardsPerLaneKind.opportunities);
      expect(info.opportunities[0]).toMatchObject({ id: 'card-aware-video-opportunities-1', scores: { need: { value: 4 }, feasibility: { value: 4 } }, feasibility: 4, rank: 5 });
      expect(info.opportunities[0].value).toBeCloseTo(11 / 3);
      for (const o of info.opportunities) expect(o.rank).toBeGreaterThanOrEqual(1);
      // The emotion curve and what it says: highlights, darkest points, peak and end.
      expect(info.curves).toHaveLength(1);
      const [curve] = info.curves;
      expect(curve.points).toHaveLength(sceneCount);
      expect(curve.analysis.highlights.length).toBeGreaterThan(0);
      expect(curve.analysis.darkest.length).toBeGreaterThan(0);
      expect(curve.analysis.end.id).toBe(curve.points.at(-1).id);
      expect(curve.analysis.peakEndScore).toBe((curve.analysis.peak.score + curve.analysis.end.score) / 2);
      const shares = Object.values(curve.analysis.moodShare as Record<string, number>);
      expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1);
      // metrics with their status, the closed loop's counts and the open pain points, overdue by today's date
      expect(info.metrics.map((m: { status: string }) => m.status).sort()).toEqual(['met', 'missed', 'near']);
      expect(info.painLoop.counts.closed).toBe(1);
      const open = info.openPainPoints as { id: string; due: string | null; overdue: boolean }[];
      expect(info.painLoop.overdue).toBe(open.filter((p) => p.overdue).length);
      const today = localDate(new Date());
      for (const p of open) expect(p.overdue, p.id).toBe(p.due !== null && p.due < today);
    }
  });

  it('a bad file: exit 1 and one line naming the file, no stack trace', () => {
    const dir = tempDir();
    const notes = path.join(dir, 'notes.cjm');
    fs.writeFileSync(notes, 'hello');
    for (const file of [notes, path.join(dir, 'missing.cjm')]) {
      const { code, err, out } = cjm('info', file);
      expect(code).toBe(1);
      expect(out).toBe('');
      expect(err.trim().split('\n')).toHaveLength(1);
      expect(err).toContain(path.basename(file));
      expect(err).not.toMatch(/\n\s+at /);
    }
  });

  it('wrong usage: exit 2', () => {
    const dir = tempDir();
    expect(cjm().code).toBe(2);
    expect(cjm('frobnicate').code).toBe(2);
    expect(cjm('new', path.join(dir, 'x.txt')).code).toBe(2);
    expect(cjm('new', path.join(dir, 'x.cjm'), '--lang', 'fr').code).toBe(2);
    expect(cjm('info').code).toBe(2);
  });

  it('does not overwrite an existing file unless told to', () => {
    const file = path.join(tempDir(), 'keep.cjm');
    fs.writeFileSync(file, 'precious');
    expect(cjm('new', file).code).toBe(1);
    expect(fs.readFileSync(file, 'utf8')).toBe('precious');
    expect(cjm('new', file, '--force').code).toBe(0);
  });
});

describe('cjm info: images', () => {
  it('reports the images stored in the file, their count and sizes (none for a new map)', () => {
    const file = path.join(tempDir(), 'photos.cjm');
    expect(cjm('new', file, '--template', 'car-dealer', '--lang', 'en').code).toBe(0);
    expect(JSON.parse(cjm('info', file).out).images).toEqual({ count: 0, totalBytes: 0, damaged: [], list: [] });
    const photo = png(40, 30);
    const added = addImage(file, photo);
    addImage(file, photo); // the same bytes are stored once
    const { images } = JSON.parse(cjm('info', file).out);
    expect(images).toEqual({ count: 1, totalBytes: photo.length, damaged: [], list: [{ id: added.id, mime: 'image/png', width: 40, height: 30, size: photo.length }] });
  });
});
