// Mermaid's `journey` diagram, read by hand after its grammar (user-journey/parser/journey.jison):
// statements end at a newline or `;`, `%%` and `#` start comments, a task is `name: score[: actors]`.
// The text comes from outside (a file, the clipboard), so its size is bounded and every refusal
// names the line.

export const MAX_MERMAID_CHARS = 1_000_000;
export const MAX_MERMAID_LINES = 20_000;
/** Past these a journey is no longer a map anyone reads (the car-dealer lifecycle has 50 scenes), and the canvas would crawl. */
export const MAX_MERMAID_TASKS = 2_000;
export const MAX_MERMAID_SECTIONS = 500;
export const MAX_MERMAID_ACTORS = 200;

export interface MermaidTask {
  name: string;
  score: number;
  actors: string[];
}
export interface MermaidSection {
  /** '' for the tasks written before any `section` line */
  name: string;
  tasks: MermaidTask[];
}
export interface MermaidJourney {
  title: string;
  accTitle: string;
  accDescr: string;
  sections: MermaidSection[];
}

type Params = Record<string, string | number>;
// Each refusal by a code and its values (the window says it in its language) and in English
// (the command line, logs).
const ENGLISH = {
  tooLarge: (p: Params) => `the diagram is too large (${p.chars} characters; at most ${p.max})`,
  tooManyLines: (p: Params) => `the diagram has too many lines (${p.lines}; at most ${p.max})`,
  notJourney: (p: Params) => `a journey diagram starts with “journey”, not “${p.text}”`,
  score: (p: Params) => `the score of task “${p.task}” must be a number, not “${p.text}”`,
  taskPieces: (p: Params) => `task “${p.task}” has more than a score and actors (write “name: score: actor1, actor2”)`,
  sectionColon: (p: Params) => `a section name cannot hold “:” (“${p.text}”)`,
  tooManySections: (p: Params) => `more than ${p.max} sections`,
  tooManyTasks: (p: Params) => `more than ${p.max} tasks`,
  tooManyActors: (p: Params) => `more than ${p.max} different actors`,
  notSyntax: (p: Params) => `“${p.text}” is not journey syntax (expected title, section or “task: score: actors”)`,
  descrOpen: () => 'accDescr { is never closed by }',
  noDiagram: () => 'there is no journey diagram (the text does not start with “journey”)',
  noBlock: () => 'the Markdown file has no ```mermaid block holding a journey diagram',
};
export type MermaidProblemCode = keyof typeof ENGLISH;
export const MERMAID_PROBLEM_CODES = Object.keys(ENGLISH) as MermaidProblemCode[];

export class MermaidError extends Error {
  /** 0 when the whole text is at fault */
  readonly line: number;
  readonly code: MermaidProblemCode;
  readonly params: Params;
  constructor(code: MermaidProblemCode, params: Params, line: number) {
    const text = ENGLISH[code](params);
    super(line > 0 ? `line ${line}: ${text}` : text);
    this.code = code;
    this.params = params;
    this.line = line;
  }
}

/** Mermaid draws `<br>` in a name as a line break; the map keeps it as one. */
const BR = /<br\s*\/?>/gi;
const unBreak = (text: string) => text.replace(BR, '\n').trim();

/** Drops `%%` comments (but not `%%{…}%%` directives, which Mermaid reads before the grammar). */
function withoutComment(line: string): string {
  if (/^\s*%%\{.*\}%%\s*$/.test(line)) return '';
  const at = line.search(/%%(?!\{)/);
  return at < 0 ? line : line.slice(0, at);
}

function parseTask(statement: string, line: number): MermaidTask {
  const colon = statement.indexOf(':');
  const name = unBreak(statement.slice(0, colon));
  const pieces = statement.slice(colon + 1).split(':');
  const scoreText = (pieces[0] ?? '').trim();
  const score = Number(scoreText);
  if (scoreText === '' || !Number.isFinite(score)) throw new MermaidError('score', { task: name, text: scoreText.slice(0, 40) }, line);
  if (pieces.length > 2) throw new MermaidError('taskPieces', { task: name }, line);
  const actors = pieces.length === 2 ? (pieces[1] as string).split(',').map((a) => a.trim()).filter(Boolean) : [];
  return { name, score, actors };
}

/** Reads a `journey` diagram; throws MermaidError for what is not journey syntax. */
export function parseJourney(source: string): MermaidJourney {
  if (source.length > MAX_MERMAID_CHARS) throw new MermaidError('tooLarge', { chars: source.length, max: MAX_MERMAID_CHARS }, 0);
  const lines = source.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  if (lines.length > MAX_MERMAID_LINES) throw new MermaidError('tooManyLines', { lines: lines.length, max: MAX_MERMAID_LINES }, 0);
  const journey: MermaidJourney = { title: '', accTitle: '', accDescr: '', sections: [] };
  let started = false;
  let frontMatter = false;
  let description: string[] | null = null;
  let descriptionLine = 0;
  let tasks = 0;
  const actors = new Set<string>();
  const section = (): MermaidSection => {
    let last = journey.sections.at(-1);
    if (!last) journey.sections.push((last = { name: '', tasks: [] }));
    return last;
  };
  for (let i = 0; i < lines.length; i++) {
    const n = i + 1;
    const raw = lines[i] as string;
    if (description) {
      const end = raw.indexOf('}');
      description.push(end < 0 ? raw : raw.slice(0, end));
      if (end >= 0) {
        journey.accDescr = description.map((l) => l.trim()).join('\n').trim();
        description = null;
      }
      continue;
    }
    // Front matter (---, title: …, ---) before the diagram, as Mermaid allows.
    if (!started && raw.trim() === '---') {
      frontMatter = !frontMatter;
      continue;
    }
    if (frontMatter) {
      const title = /^\s*title\s*:\s*(.*)$/.exec(raw);
      if (title) journey.title = (title[1] as string).trim().replace(/^(["'])(.*)\1$/, '$2');
      continue;
    }
    let text = withoutComment(raw).trim();
    if (text === '') continue;
    const acc = /^acc(Title|Descr)\s*([:{])\s*(.*)$/i.exec(text);
    if (started && acc) {
      const [, which, mark, rest] = acc as unknown as [string, string, string, string];
      if (mark === ':') {
        if (which.toLowerCase() === 'title') journey.accTitle = rest.trim();
        else journey.accDescr = rest.trim();
      } else {
        const end = rest.indexOf('}');
        if (end >= 0) journey.accDescr = rest.slice(0, end).trim();
        else {
          description = [rest];
          descriptionLine = n;
        }
      }
      continue;
    }
    text = text.replace(/#.*$/, '');
    for (const part of text.split(';')) {
      const statement = part.trim();
      if (statement === '') continue;
      if (!started) {
        if (!/^journey$/i.test(statement)) throw new MermaidError('notJourney', { text: statement.slice(0, 40) }, n);
        started = true;
        continue;
      }
      const title = /^title\s+(.*)$/i.exec(statement);
      const sectionName = /^section\s+(.*)$/i.exec(statement);
      if (title) journey.title = (title[1] as string).trim();
      else if (sectionName) {
        if (sectionName[1]?.includes(':')) throw new MermaidError('sectionColon', { text: statement.slice(0, 60) }, n);
        if (journey.sections.length >= MAX_MERMAID_SECTIONS) throw new MermaidError('tooManySections', { max: MAX_MERMAID_SECTIONS }, n);
        journey.sections.push({ name: unBreak(sectionName[1] as string), tasks: [] });
      } else if (statement.indexOf(':') > 0) {
        if (++tasks > MAX_MERMAID_TASKS) throw new MermaidError('tooManyTasks', { max: MAX_MERMAID_TASKS }, n);
        const task = parseTask(statement, n);
        for (const actor of task.actors) actors.add(actor);
        if (actors.size > MAX_MERMAID_ACTORS) throw new MermaidError('tooManyActors', { max: MAX_MERMAID_ACTORS }, n);
        section().tasks.push(task);
      }
      else throw new MermaidError('notSyntax', { text: statement.slice(0, 60) }, n);
    }
  }
  if (description) throw new MermaidError('descrOpen', {}, descriptionLine);
  if (!started) throw new MermaidError('noDiagram', {}, 0);
  return journey;
}

/** Whether text looks like a journey diagram at all (what a paste is tested with before parsing). */
export function looksLikeJourney(text: string): boolean {
  for (const line of text.slice(0, 10_000).split(/\r\n|\r|\n/)) {
    const t = withoutComment(line).trim();
    if (t === '' || t === '---') continue;
    return /^journey\s*(;|$)/i.test(t);
  }
  return false;
}
