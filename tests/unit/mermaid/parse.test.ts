import { describe, expect, it } from 'vitest';
import { journeyBlock } from '../../../shared/mermaid/markdown.ts';
import { looksLikeJourney, MAX_MERMAID_ACTORS, MERMAID_PROBLEM_CODES, MAX_MERMAID_CHARS, MAX_MERMAID_LINES, MAX_MERMAID_SECTIONS, MAX_MERMAID_TASKS, parseJourney } from '../../../shared/mermaid/parse.ts';
import { readMermaid } from '../../../shared/mermaid/read.ts';
import { DOCS_EXAMPLE } from './examples.ts';

describe('the Mermaid journey parser', () => {
  it('reads the documentation example', () => {
    expect(parseJourney(DOCS_EXAMPLE)).toEqual({
      title: 'My working day',
      accTitle: '',
      accDescr: '',
      sections: [
        {
          name: 'Go to work',
          tasks: [
            { name: 'Make tea', score: 5, actors: ['Me'] },
            { name: 'Go upstairs', score: 3, actors: ['Me'] },
            { name: 'Do work', score: 1, actors: ['Me', 'Cat'] },
          ],
        },
        { name: 'Go home', tasks: [{ name: 'Go downstairs', score: 5, actors: ['Me'] }, { name: 'Sit down', score: 5, actors: ['Me'] }] },
      ],
    });
  });

  it('reads accTitle, accDescr on one line and accDescr { … } over several', () => {
    const one = parseJourney('journey\naccTitle: A simple journey\naccDescr: A simple description\nsection S\nT: 3');
    expect([one.accTitle, one.accDescr]).toEqual(['A simple journey', 'A simple description']);
    const many = parseJourney('journey\n  accDescr {\n    A description\n    over two lines\n  }\n  section S\n  T: 3: Me');
    expect(many.accDescr).toBe('A description\nover two lines');
    expect(many.sections[0]?.tasks).toEqual([{ name: 'T', score: 3, actors: ['Me'] }]);
    expect(parseJourney('journey\naccDescr { all on one }\nsection S').accDescr).toBe('all on one');
  });

  it('skips %% and # comments and directives, reads CRLF, tabs and ; between statements', () => {
    const text = '%%{init: {"theme": "forest"}}%%\r\njourney\r\n%% a comment\r\n\ttitle Trip # the title\r\n\tsection A %% trailing\r\n\t\tGo: 4: Ann ; Back: 2\r\n';
    const j = parseJourney(text);
    expect(j.title).toBe('Trip');
    expect(j.sections).toEqual([{ name: 'A', tasks: [{ name: 'Go', score: 4, actors: ['Ann'] }, { name: 'Back', score: 2, actors: [] }] }]);
  });

  it('turns <br> in section and task names into line breaks', () => {
    const j = parseJourney('journey\nsection Go<br>to work\n  Make<br/>tea: 5');
    expect(j.sections[0]?.name).toBe('Go\nto work');
    expect(j.sections[0]?.tasks[0]?.name).toBe('Make\ntea');
  });

  it('takes tasks without actors, tasks before any section and sections without tasks', () => {
    const j = parseJourney('journey\nFirst: 2\nsection Empty\nsection Full\n  Last: 4:');
    expect(j.sections).toEqual([
      { name: '', tasks: [{ name: 'First', score: 2, actors: [] }] },
      { name: 'Empty', tasks: [] },
      { name: 'Full', tasks: [{ name: 'Last', score: 4, actors: [] }] },
    ]);
  });

  it('reads the title of front matter', () => {
    expect(parseJourney('---\ntitle: "From front matter"\n---\njourney\nsection S').title).toBe('From front matter');
  });

  it('names the line of what is not journey syntax', () => {
    expect(() => parseJourney('flowchart LR\nA-->B')).toThrow(/line 1: a journey diagram starts with “journey”/);
    expect(() => parseJourney('journey\nsection S\n  just words')).toThrow(/line 3: “just words” is not journey syntax/);
    expect(() => parseJourney('journey\nsection S\n  Tea: great: Me')).toThrow(/line 3: the score of task “Tea” must be a number/);
    expect(() => parseJourney('journey\nsection S\n  Tea:')).toThrow(/line 3: the score/);
    expect(() => parseJourney('journey\naccDescr {\nnever closed')).toThrow(/line 2: accDescr \{ is never closed/);
    expect(() => parseJourney('%% only a comment')).toThrow(/no journey diagram/);
  });

  it('refuses text past its size and line limits before reading it', () => {
    expect(() => parseJourney(`journey\n${'x'.repeat(MAX_MERMAID_CHARS)}`)).toThrow(/too large/);
    expect(() => parseJourney(`journey${'\n'.repeat(MAX_MERMAID_LINES)}`)).toThrow(/too many lines/);
  });

  it('refuses more tasks, sections or actors than a map can show, naming the line', () => {
    const tasks = ['journey', 'section S', ...Array.from({ length: MAX_MERMAID_TASKS + 1 }, (_, i) => `  T${i}: 3`)].join('\n');
    expect(() => parseJourney(tasks)).toThrow(new RegExp(`^line ${MAX_MERMAID_TASKS + 3}: more than ${MAX_MERMAID_TASKS} tasks`));
    // on one line, between semicolons, too
    expect(() => parseJourney(`journey\n${'T: 3;'.repeat(MAX_MERMAID_TASKS + 1)}`)).toThrow(/^line 2: more than/);
    expect(() => parseJourney(['journey', ...Array.from({ length: MAX_MERMAID_SECTIONS + 1 }, (_, i) => `section S${i}`)].join('\n'))).toThrow(/more than 500 sections/);
    const actors = Array.from({ length: MAX_MERMAID_ACTORS + 1 }, (_, i) => `A${i}`).join(', ');
    expect(() => parseJourney(`journey\nsection S\n  T: 3: ${actors}`)).toThrow(/^line 3: more than 200 different actors/);
    expect(parseJourney(`journey\n${'T: 3;'.repeat(MAX_MERMAID_TASKS)}`).sections[0]?.tasks).toHaveLength(MAX_MERMAID_TASKS);
  });

  it('reads or refuses a hostile megabyte within a second', () => {
    const near = MAX_MERMAID_CHARS - 20;
    for (const body of ['%'.repeat(near), 'accDescr {'.padEnd(near, ' '), 'x:'.repeat(near / 2), 'a'.repeat(near), '#'.repeat(near), `section ${'<br'.repeat(near / 3)}`, ';'.repeat(near), `T: 3: ${'a,'.repeat(near / 2)}`]) {
      const started = performance.now();
      try {
        parseJourney(`journey\n${body}`);
      } catch {
        // refused is fine; slow is not
      }
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });

  it('tells a journey from other text', () => {
    expect(looksLikeJourney('%% hi\n\n  journey\nsection A')).toBe(true);
    expect(looksLikeJourney('journeys are nice')).toBe(false);
    expect(looksLikeJourney('sequenceDiagram\njourney')).toBe(false);
  });
});

describe('Mermaid in Markdown', () => {
  const md = ['# Notes', '', '```mermaid', 'flowchart LR', 'A --> B', '```', '', '```js', 'journey', '```', '', '```mermaid', 'journey', 'section S', '  T: 9x', '```'].join('\n');

  it('reads the first mermaid block that is a journey', () => {
    expect(journeyBlock(md)).toEqual({ text: 'journey\nsection S\n  T: 9x', firstLine: 12 });
  });

  it('tells errors in the lines of the Markdown file', () => {
    expect(() => readMermaid(md, { markdown: true, locale: 'en' })).toThrow(/^line 15: the score of task “T”/);
  });

  it('says when there is no journey block', () => {
    expect(() => journeyBlock('# Just text\n```mermaid\npie\n```')).toThrow(/no ```mermaid block holding a journey/);
  });
});

describe('Mermaid refusals in the UI languages', () => {
  it('every refusal code has a sentence in English and Chinese, with the same values', async () => {
    const en = (await import('../../../shared/locales/en.json', { with: { type: 'json' } })).default.mermaid.syntax as Record<string, string>;
    const zh = (await import('../../../shared/locales/zh-CN.json', { with: { type: 'json' } })).default.mermaid.syntax as Record<string, string>;
    const values = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const code of [...MERMAID_PROBLEM_CODES, 'atLine']) {
      expect(en[code], code).toBeTruthy();
      expect(values(zh[code] ?? ''), code).toEqual(values(en[code] ?? ''));
    }
  });
});
