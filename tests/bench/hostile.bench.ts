// Opening hostile files (the attacks of the security review: schema code, recursive views in a
// .cjm, PNG and PDF, PDF bombs and garbage, deep JSON) through the parse process, each in a
// fresh one so its peak memory is its own: the worst median and the largest peak. And open-<n>
// through the parse process, against the same read in-process (what open cost before reading
// moved off the main loop).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { nodeParseChild } from '../../electron/services/parser/nodeChild.ts';
import { Parser } from '../../electron/services/parser/parser.ts';
import { readProject, writeProject } from '../../electron/services/projectFile.ts';
import { createDocument } from '../../shared/templates.ts';
import { ATTACKS, ENDLESS_VIEW, HUGE_VIEW, hostileBytes, hostileMap, hostileOldMap, pdfCarrying, pngCarrying } from '../hostile/files.ts';
import { generateMap } from './generateMap.ts';
import { line, median } from './measure.ts';

const RUNS = 5;

const withSql = hostileBytes;

/** A PDF whose attachment is 1 MB of deflate that would unpack to about 1 GB. */
function bombPdf(): Buffer {
  const deflate = zlib.deflateRawSync(Buffer.alloc(256 * 1024 * 1024));
  const body = Buffer.concat([Buffer.from([0x78, 0x9c]), deflate, deflate, deflate, deflate]);
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles << /Names [(journey-map.cjm) 3 0 R] >> >> >>',
    '<< /Type /Pages /Kids [] /Count 0 >>',
    '<< /Type /Filespec /F (journey-map.cjm) /UF (journey-map.cjm) /EF << /F 4 0 R >> >>',
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n')];
  objects.forEach((o, i) => parts.push(Buffer.from(`${i + 1} 0 obj\n${o}\nendobj\n`)));
  parts.push(Buffer.from(`4 0 obj\n<< /Type /EmbeddedFile /Filter /FlateDecode /Length ${body.length} >>\nstream\n`), body, Buffer.from('\nendstream\nendobj\ntrailer\n<< /Root 1 0 R /Size 5 >>\n%%EOF\n'));
  return Buffer.concat(parts);
}

/** A name tree whose Kids point back at itself. */
function loopPdf(): Buffer {
  const kids = Array.from({ length: 2000 }, () => '3 0 R').join(' ');
  return Buffer.from(`%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R /Names << /EmbeddedFiles 3 0 R >> >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n3 0 obj\n<< /Kids [${kids}] >>\nendobj\ntrailer\n<< /Root 1 0 R /Size 4 >>\n%%EOF\n`);
}

async function hostileSet(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const put = (name: string, bytes: Uint8Array) => {
    files[name] = path.join(dir, name);
    fs.writeFileSync(files[name], bytes);
  };
  for (const [name, sql] of Object.entries(ATTACKS)) {
    files[name] = path.join(dir, `${Object.keys(files).length}.cjm`);
    hostileMap(files[name], sql);
  }
  files['old format with a trigger'] = path.join(dir, 'old.cjm');
  hostileOldMap(files['old format with a trigger'], 2, 'CREATE TRIGGER wipe AFTER UPDATE ON emotion_points BEGIN DELETE FROM cards; END;');
  put('view of 5 M rows', withSql(HUGE_VIEW));
  put('recursive view in a PNG', pngCarrying(withSql(ENDLESS_VIEW)));
  put('recursive view in a PDF', await pdfCarrying(withSql(ENDLESS_VIEW)));
  put('PDF deflate bomb', bombPdf());
  put('PDF name tree looping on itself', loopPdf());
  const garbage = Buffer.alloc(4 * 1024 * 1024);
  for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 2654435761) >>> 24;
  put('4 MB of garbage behind a PDF header', Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage]));
  put('4 MB of garbage between a PDF header and trailer', Buffer.concat([Buffer.from('%PDF-1.7\n'), garbage, Buffer.from('\nstartxref\n0\n%%EOF\n')]));
  put('JSON 100,000 deep', withSql(`UPDATE cards SET extra = '${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}' WHERE rowid = 1`));
  return files;
}

export async function benchHostile(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-hostile-'));
  try {
    const files = await hostileSet(dir);
    const warm = path.join(dir, 'warm.cjm');
    writeProject(warm, createDocument('blank', 'en'));
    let worst = { name: '', median: 0 };
    let peak = 0;
    for (const [name, file] of Object.entries(files)) {
      const parser = new Parser({ spawn: () => nodeParseChild() });
      try {
        await parser.run({ job: 'open', file: warm });
        const samples: number[] = [];
        for (let i = 0; i < RUNS; i++) {
          const start = performance.now();
          await parser.run({ job: 'open', file }).catch(() => undefined);
          samples.push(performance.now() - start);
          peak = Math.max(peak, parser.peakMb);
        }
        const m = median(samples);
        process.stdout.write(`  ${name}: median=${m.toFixed(1)} peak_mb=${parser.peakMb}\n`);
        if (m > worst.median) worst = { name, median: m };
      } finally {
        parser.dispose();
      }
    }
    line('open-hostile-worst', { median: worst.median, peak_mb: peak, files: Object.keys(files).length });
    process.stdout.write(`  worst: ${worst.name}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** open-<n> as a window gets it now (through the parse process) against the same read in-process. */
export async function benchParsedOpen(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-parsed-'));
  const parser = new Parser({ spawn: () => nodeParseChild() });
  try {
    for (const cards of [500, 2000, 5000]) {
      const file = path.join(dir, `${cards}.cjm`);
      writeProject(file, generateMap({ scenes: 60, lanes: 10, cards }));
      const inProcess: number[] = [];
      const parsed: number[] = [];
      await parser.run({ job: 'open', file });
      readProject(file);
      for (let i = 0; i < 9; i++) {
        let start = performance.now();
        readProject(file);
        inProcess.push(performance.now() - start);
        start = performance.now();
        await parser.run({ job: 'open', file });
        parsed.push(performance.now() - start);
      }
      line(`open-parsed-${cards}`, { median: median(parsed), in_process: median(inProcess), ratio: median(parsed) / median(inProcess) });
    }
  } finally {
    parser.dispose();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
