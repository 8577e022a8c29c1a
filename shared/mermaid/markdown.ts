// A Markdown file holds Mermaid diagrams in ```mermaid fences; the first one that is a journey counts.
import { looksLikeJourney, MermaidError } from './parse.ts';

export interface FoundDiagram {
  text: string;
  /** the line of the file the diagram starts on, so errors can be told in the file's lines */
  firstLine: number;
}

export function journeyBlock(markdown: string): FoundDiagram {
  const lines = markdown.split(/\r\n|\r|\n/);
  let fence: { mark: string; start: number; mermaid: boolean } | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (!fence) {
      const open = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
      if (open) fence = { mark: open[1] as string, start: i + 1, mermaid: (open[2] as string).toLowerCase() === 'mermaid' };
      continue;
    }
    if (line.trim().startsWith(fence.mark) && line.trim().replace(/[`~]/g, '') === '') {
      const text = lines.slice(fence.start, i).join('\n');
      if (fence.mermaid && looksLikeJourney(text)) return { text, firstLine: fence.start };
      fence = null;
    }
  }
  throw new MermaidError('noBlock', {}, 0);
}
