import { describe, expect, it } from 'vitest';
import { linkToOffer, type Disposition } from '../../../electron/services/externalLinks.ts';

describe('linkToOffer', () => {
  it('offers web links the user clicked, as parsed (what the dialog shows is what opens)', () => {
    expect(linkToOffer('https://example.com/a?b=c#d', 'foreground-tab')).toBe('https://example.com/a?b=c#d');
    expect(linkToOffer('http://example.com', 'background-tab')).toBe('http://example.com/');
    // an IDN host (here a Cyrillic а) is shown in punycode, so a look-alike letter cannot pass for another
    expect(linkToOffer('https://ex\u0430mple.com/', 'foreground-tab')).toBe('https://xn--exmple-4nf.com/');
    // control and bidi characters in the path are escaped, not shown
    expect(linkToOffer('https://example.com/\u202Egpj.exe', 'foreground-tab')).toBe('https://example.com/%E2%80%AEgpj.exe');
  });

  it('refuses what no click asked for: popups, new windows, anything else', () => {
    for (const disposition of ['new-window', 'default', 'other'] as Disposition[]) {
      expect(linkToOffer('https://example.com/', disposition), disposition).toBeUndefined();
    }
  });

  it('refuses every other scheme, garbage and addresses that read as another host', () => {
    for (const url of [
      'file:///etc/passwd',
      'smb://server/share',
      'javascript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:someone@example.com',
      'ms-msdt:/id PCWDiagnostic',
      'vscode://file/x',
      'ftp://example.com/',
      'not a url',
      '',
      'https://bank.example@evil.example/',
      'https://user:pass@example.com/',
    ]) {
      expect(linkToOffer(url, 'foreground-tab'), url).toBeUndefined();
    }
  });
});
