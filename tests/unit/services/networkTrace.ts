// What a command does on the network, read from its system calls (strace -f follows it into
// Chromium's processes): the offline test and the export bench share it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Why the network cannot be traced here (no strace, or ptrace refused), or null. */
export function straceUnavailable(): string | null {
  const probe = spawnSync('strace', ['-f', '-qq', '-o', '/dev/null', 'true'], { encoding: 'utf8' });
  if (probe.error) return 'strace is not installed (Debian: apt install strace)';
  if (probe.status !== 0) return `strace cannot trace here: ${probe.stderr.trim().split('\n')[0]}`;
  return null;
}

export interface NetworkTrace {
  /** DNS queries: connects to port 53 and datagrams addressed to port 53 */
  dnsLookups: number;
  /** connects to any address but this computer's own, as "TCP 1.2.3.4:443" */
  connects: string[];
  /** sends whose destination is not loopback, as "UDP 1.2.3.4:53" */
  sends: string[];
  /** Google host names in anything sent (DNS questions, TLS server names) */
  googleNames: string[];
  status: number | null;
  stderr: string;
}

const isLoopback = (address: string) => address.startsWith('127.') || address === '::1' || address.startsWith('::ffff:127.');

/** "1.2.3.4:53" or "[2001:db8::1]:443" → its address. */
const addressOf = (endpoint: string) => (endpoint.startsWith('[') ? endpoint.slice(1, endpoint.indexOf(']')) : endpoint.slice(0, endpoint.lastIndexOf(':')));

/**
 * DNS names in strace's escaped payloads, where each label follows its length byte:
 * "\10accounts\6google\3com" → accounts.google.com (lengths 9–13 print as \t \n \v \f \r).
 */
function dnsNames(text: string): string[] {
  const length = String.raw`\\(?:\d{1,3}|[tnvfr])`;
  return [...text.matchAll(new RegExp(`(?:${length}[A-Za-z0-9-]+){2,}`, 'g'))].map((m) =>
    m[0].replace(new RegExp(length, 'g'), '.').slice(1).toLowerCase(),
  );
}

export function parseTrace(log: string): Omit<NetworkTrace, 'status' | 'stderr'> {
  const trace = { dnsLookups: 0, connects: [] as string[], sends: [] as string[], googleNames: new Set<string>() };
  for (const line of log.split('\n')) {
    const call = /^\d+\s+(?:<\.\.\. )?(connect|sendto|sendmsg|sendmmsg)\b/.exec(line)?.[1];
    if (!call) continue;
    const protocol = /<(UDP|TCP)(?:v6)?:/.exec(line)?.[1] ?? 'IP';
    const v4 = /sin_port=htons\((\d+)\), sin_addr=inet_addr\("([^"]+)"\)/.exec(line);
    const v6 = /sin6_port=htons\((\d+)\).*?inet_pton\(AF_INET6, "([^"]+)"/.exec(line);
    const target = v4 ?? v6;
    if (target?.[1] === '53') trace.dnsLookups++;
    if (call === 'connect') {
      if (target && !isLoopback(target[2] as string)) trace.connects.push(`${protocol} ${target[2]}:${target[1]}`);
      continue;
    }
    // A connected socket names its peer in strace -yy's decoration: <UDP:[local->peer]>.
    const peer = /<(?:UDP|TCP)(?:v6)?:\[[^\]]*?->(\[[^\]]+\]:\d+|[^\]]+)\]>/.exec(line)?.[1];
    if (peer && !isLoopback(addressOf(peer))) trace.sends.push(`${protocol} ${peer}`);
    else if (target && !isLoopback(target[2] as string)) trace.sends.push(`${protocol} ${target[2]}:${target[1]}`);
    for (const name of dnsNames(line)) if (/google|gstatic|gvt\d/.test(name)) trace.googleNames.add(name);
  }
  return { ...trace, googleNames: [...trace.googleNames].sort() };
}

/** Runs `command args` under strace and reads what it did on the network. */
export function traceNetwork(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): NetworkTrace {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cjm-strace-'));
  try {
    const log = path.join(dir, 'network.log');
    const run = spawnSync(
      'strace',
      ['-f', '-qq', '-yy', '-s', '256', '-e', 'trace=connect,sendto,sendmsg,sendmmsg', '-o', log, command, ...args],
      { cwd: options.cwd, encoding: 'utf8', timeout: options.timeoutMs ?? 120_000 },
    );
    return { ...parseTrace(fs.readFileSync(log, 'utf8')), status: run.status, stderr: run.stderr };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
