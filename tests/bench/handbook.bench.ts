// The service action handbook (all roles) of the car-dealer template in Chinese, from the document
// to the finished PDF bytes, browser start included (as a user waits for it). Goal: ≤ 2000 ms.
// Until the template carries service actions with steps and series of its own, the bench adds
// the welcome routine of the handbook's tests to it, so the figure is of a comparable handbook.
import { exportMap } from '../../electron/services/export/exporter.ts';
import { openChromiumHost } from '../../electron/services/export/chromiumHost.ts';
import { ExportOptionsSchema } from '../../shared/export/options.ts';
import type { JourneyDoc } from '../../shared/model.ts';
import { createDocument } from '../../shared/templates.ts';
import { serviceActionMap } from '../unit/export/serviceActionMap.ts';
import { line, median } from './measure.ts';

const RUNS = 5;

function templateWithActions(): JourneyDoc {
  const doc = createDocument('car-dealer', 'zh-CN');
  const described = Object.values(doc.cards).some((card) => card.series?.trim() || card.steps?.length);
  return described ? doc : serviceActionMap('zh-CN');
}

export async function benchHandbook(): Promise<void> {
  const doc = templateWithActions();
  const options = ExportOptionsSchema.parse({ content: 'handbook', format: 'pdf' });
  const samples: number[] = [];
  let pages = 0;
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    const result = await exportMap(doc, options, { openHost: openChromiumHost, appVersion: 'bench' });
    samples.push(performance.now() - start);
    pages = result.pages ?? 0;
  }
  line('export-handbook-template', { median: Math.round(median(samples)), pages });
}
