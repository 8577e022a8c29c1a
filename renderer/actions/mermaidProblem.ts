// A Mermaid refusal in the UI language: its code and values (shared/mermaid/parse.ts), with the line.
import type { MermaidProblemCode } from '../../shared/mermaid/parse.ts';
import { message, type Message } from '../state/message.ts';

export function mermaidProblem(code: MermaidProblemCode | string, params: Record<string, string | number>, line: number): Message {
  const what = message(`mermaid.syntax.${code}`, params);
  return line > 0 ? message('mermaid.syntax.atLine', { line, what }) : what;
}
