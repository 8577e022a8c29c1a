import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Editor } from '../../../shared/editor.ts';
import { mapToMermaid } from '../../../shared/mermaid/fromMap.ts';
import { parseJourney, type MermaidJourney } from '../../../shared/mermaid/parse.ts';
import { journeyToMap } from '../../../shared/mermaid/toMap.ts';
import { sortOrdered } from '../../../shared/order.ts';
import { restoreDocument } from '../../../shared/validate.ts';
import { DOCS_EXAMPLE, DOCS_EXAMPLE_WRITTEN } from './examples.ts';

/** What the round trip must keep: sections, tasks, scores and actors, in order. */
const shape = (j: MermaidJourney) => j.sections.map((s) => ({ name: s.name, tasks: s.tasks.map((t) => [t.name, t.score, t.actors]) }));
const again = (text: string) => parseJourney(mapToMermaid(journeyToMap(parseJourney(text), 'en').doc).text);

describe('Mermaid → map', () => {
  it('makes stages, scenes, one curve of points and personas from the documentation example', () => {
    const { doc, problems } = journeyToMap(parseJourney(DOCS_EXAMPLE), 'en');
    expect(problems).toEqual([]);
    expect(restoreDocument(JSON.parse(JSON.stringify(doc))).problems).toEqual([]);
    expect(doc.map.title).toBe('My working day');
    expect(sortOrdered(Object.values(doc.stages)).map((s) => s.title)).toEqual(['Go to work', 'Go home']);
    const scenes = sortOrdered(Object.values(doc.scenes).filter((s) => s.stageId === 'stage-1'));
    expect(scenes.map((s) => s.title)).toEqual(['Make tea', 'Go upstairs', 'Do work']);
    expect(Object.keys(doc.curves)).toHaveLength(1);
    // Mermaid's 5, 3, 1 on the map's −2…+2: +2, neutral 0, −2
    expect(doc.map.scale).toBe('-2..+2');
    expect(scenes.map((s) => Object.values(doc.emotionPoints).find((p) => p.sceneId === s.id)?.score)).toEqual([2, 0, -2]);
    expect(sortOrdered(Object.values(doc.personas)).map((p) => p.name)).toEqual(['Me', 'Cat']);
    expect(scenes.map((s) => s.personaIds)).toEqual([['persona-1'], ['persona-1'], ['persona-1', 'persona-2']]);
    expect(Object.values(doc.lanes).length).toBeGreaterThan(3);
  });

  it('keeps the blank map persona when no task names an actor, and says what changed', () => {
    const { doc, problems } = journeyToMap(parseJourney('journey\ntitle T\naccTitle: Other\nsection S\n  A: 7\n  B: 2.5'), 'zh-CN');
    expect(Object.values(doc.personas).map((p) => p.name)).toEqual(['客户']);
    expect(problems).toEqual(['accTitle “Other” is not kept (the map has one title: “T”)', "task “A”: score 7 is outside Mermaid's 1–5 and counts as 5", "task “B”: score 2.5 is rounded to the map's scale"]);
    expect(Object.values(doc.emotionPoints).map((p) => p.score)).toEqual([2, 0]);
  });
});

describe('map → Mermaid', () => {
  it('gives back the documentation example', () => {
    expect(mapToMermaid(journeyToMap(parseJourney(DOCS_EXAMPLE), 'en').doc).text).toBe(DOCS_EXAMPLE_WRITTEN);
  });

  it('lists what Mermaid cannot carry', () => {
    const editor = new Editor(journeyToMap(parseJourney(DOCS_EXAMPLE), 'en').doc);
    editor.apply([
      { type: 'addCard', id: 'c1', laneId: 'lane-needs', sceneId: 'scene-1-1', text: 'Hot water' },
      { type: 'addScene', id: 'new', stageId: 'stage-2', title: 'Sleep: well; #1', channel: 'offline' },
    ]);
    const { text, leftOut } = mapToMermaid(editor.doc);
    expect(text).toContain('    Sleep： well； ＃1: 3\n');
    expect(leftOut).toEqual(expect.arrayContaining([{ kind: 'cards', count: 1 }, { kind: 'unscored', count: 1 }, { kind: 'characters', count: 1 }]));
    expect(leftOut.map((l) => l.kind)).not.toContain('curves');
  });

  it('forgets a deleted persona on its scenes', () => {
    const editor = new Editor(journeyToMap(parseJourney(DOCS_EXAMPLE), 'en').doc);
    editor.apply([{ type: 'deletePersona', id: 'persona-2' }]);
    expect(editor.doc.scenes['scene-1-3']?.personaIds).toEqual(['persona-1']);
    expect(mapToMermaid(editor.doc).text).toContain('Do work: 1: Me\n');
  });
});

describe('Mermaid → map → Mermaid', () => {
  it('keeps the documented syntax: accDescr, <br>, comments, tasks without actors', () => {
    const text = 'journey\n%% c\naccDescr {\n  two\n  lines\n}\nsection A<br>B\n  One: 1\n  Two: 2: X, Y\nsection Empty\nsection C\n  Three: 4: Y';
    expect(shape(again(text))).toEqual(shape(parseJourney(text)));
    expect(again(text).accDescr).toBe('two\nlines');
  });

  it('keeps every section, task, score and actor in order (random journeys)', () => {
    const name = fc.stringMatching(/^[A-Za-z0-9\u4e00-\u4e20][A-Za-z0-9 \u4e00-\u4e20]{0,11}$/).map((s) => s.trim()).filter((s) => s !== '' && !/^(title|section|acc)/i.test(s));
    const task = fc.record({ name, score: fc.integer({ min: 1, max: 5 }), actors: fc.uniqueArray(name, { maxLength: 3 }) });
    const section = fc.record({ name, tasks: fc.array(task, { maxLength: 5 }) });
    fc.assert(
      fc.property(fc.array(section, { maxLength: 5 }), (sections) => {
        const text = ['journey', ...sections.flatMap((s) => [`section ${s.name}`, ...s.tasks.map((t) => `  ${t.name}: ${t.score}${t.actors.length ? `: ${t.actors.join(', ')}` : ''}`)])].join('\n');
        expect(shape(again(text))).toEqual(shape(parseJourney(text)));
      }),
      { numRuns: 200 },
    );
  });
});
