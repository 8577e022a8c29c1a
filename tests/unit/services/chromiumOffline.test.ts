// Exports are made offline: the Chromium that prints them (cjm export, the web shell) looks up
// no host and connects nowhere but this computer. Watched from outside, by the system calls of
// the whole process tree, so a lookup made by any Chromium process counts.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../../electron/services/export/chromiumHost.ts';
import { parseTrace, straceUnavailable, traceNetwork } from './networkTrace.ts';
import { noBrowser } from './noBrowser.ts';
import { tempDir } from './tmp.ts';

const repo = path.resolve(import.meta.dirname, '../../..');
const cli = path.join(repo, 'electron/cli/main.ts');


const skip = straceUnavailable() ?? noBrowser();

/**
 * Chromium's IPv6 check: before resolving any name it connect()s a UDP socket to Google's DNS
 * address and reads back the local address the kernel chose. A UDP connect sends nothing (the
 * kernel only consults its routing table), no flag turns the check off, and Chromium 150 still
 * resolves two names of its own at start (account list, GCM check-in; both now fail inside the
 * browser). So this one connect is allowed; anything sent to it would show in `sends`.
 */
const IPV6_ROUTE_CHECK = 'UDP 2001:4860:4860::8888:443';

describe('offline exports', () => {
  it.skipIf(skip !== null)(`cjm export --format pdf makes no DNS lookup and no connection off this computer${skip ? ` (skipped: ${skip})` : ''}`, () => {
    const dir = tempDir();
    const map = path.join(dir, 'map.cjm');
    expect(spawnSync(process.execPath, ['--experimental-strip-types', '--no-warnings', cli, 'new', map, '--template', 'car-dealer']).status).toBe(0);
    const trace = traceNetwork(process.execPath, ['--experimental-strip-types', '--no-warnings', cli, 'export', map, '--format', 'pdf', '--out', path.join(dir, 'map.pdf'), '--quiet']);
    expect(trace.status, trace.stderr).toBe(0);
    expect(trace.googleNames).toEqual([]);
    expect(trace.dnsLookups).toBe(0);
    expect(trace.sends).toEqual([]);
    expect(trace.connects.filter((c) => c !== IPV6_ROUTE_CHECK)).toEqual([]);
  }, 120_000);
});

const debianLauncher = fs.existsSync('/usr/lib/chromium/chromium') && fs.readFileSync('/usr/bin/chromium', 'latin1').startsWith('#!');

describe('which browser', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it.skipIf(!debianLauncher)('runs Debian\'s Chromium itself, not its launcher script (which adds flags that call Google)', () => {
    delete process.env.CHROMIUM_PATH;
    expect(findChromium()).toBe('/usr/lib/chromium/chromium');
    process.env.CHROMIUM_PATH = '/usr/bin/chromium';
    expect(findChromium()).toBe('/usr/lib/chromium/chromium');
    const link = path.join(tempDir(), 'chromium');
    fs.symlinkSync('/usr/bin/chromium', link);
    process.env.CHROMIUM_PATH = link;
    expect(findChromium()).toBe('/usr/lib/chromium/chromium');
  });

  it('keeps CHROMIUM_PATH as given otherwise, and says when it does not exist', () => {
    const script = path.join(tempDir(), 'my-chrome');
    fs.writeFileSync(script, '#!/bin/sh\nexec /usr/lib/chromium/chromium "$@"\n', { mode: 0o755 });
    process.env.CHROMIUM_PATH = script;
    expect(findChromium()).toBe(script);
    process.env.CHROMIUM_PATH = '/nowhere/chrome';
    expect(() => findChromium()).toThrow(/CHROMIUM_PATH points to \/nowhere\/chrome, which does not exist/);
  });
});

describe('reading a trace', () => {
  it('counts lookups, connects off loopback and the Google names asked for', () => {
    const log = [
      String.raw`5001  connect(25<UDPv6:[62713]>, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2001:4860:4860::8888", &sin6_addr), sin6_scope_id=0}, 28) = 0`,
      String.raw`5001  connect(26<UDP:[0.0.0.0:11706]>, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("10.255.255.53")}, 16) = 0`,
      String.raw`5001  sendto(26<UDP:[192.0.2.2:3853->10.255.255.53:53]>, "\364\262\1\0\0\1\0\0\0\0\0\0\10accounts\6google\3com\0\0\1\0\1", 37, 0, NULL, 0) = 37`,
      String.raw`4950  <... sendmmsg resumed>[{msg_hdr={msg_iov=[{iov_base="c\31\1\0\0\1\0\0\0\0\0\0\6update\ngoogleapis\3com\0\0\1\0\1", iov_len=37}]}}], 2, MSG_NOSIGNAL) = 2`,
      String.raw`4925  connect(11<TCP:[1234]>, {sa_family=AF_INET, sin_port=htons(4780), sin_addr=inet_addr("127.0.0.1")}, 16) = 0`,
      String.raw`4925  sendto(12<UDPv6:[[::1]:5000->[::1]:5001]>, "x", 1, 0, NULL, 0) = 1`,
      String.raw`4953  sendto(32<NETLINK:[ROUTE:4953]>, [{nlmsg_len=17, nlmsg_type=RTM_GETADDR}], 17, 0, {sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, 12) = 17`,
    ].join('\n');
    expect(parseTrace(log)).toEqual({
      dnsLookups: 1,
      connects: ['UDP 2001:4860:4860::8888:443', 'UDP 10.255.255.53:53'],
      sends: ['UDP 10.255.255.53:53'],
      googleNames: ['accounts.google.com', 'update.googleapis.com'],
    });
  });
});
