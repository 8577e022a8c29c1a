import { describe, expect, it } from 'vitest';
import en from '../../shared/locales/en.json' with { type: 'json' };
import zhCN from '../../shared/locales/zh-CN.json' with { type: 'json' };
import { LANE_KINDS } from '../../shared/model.ts';

// Plural forms differ by language (English: _one/_other, Chinese: _other only).
function keys(table: object, prefix = ''): string[] {
  return Object.entries(table).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keys(value, `${prefix}${key}.`) : [`${prefix}${key.replace(/_(one|other)$/, '')}`],
  );
}

describe('UI text', () => {
  it('Chinese and English have the same keys, all non-empty', () => {
    expect([...new Set(keys(zhCN))].sort()).toEqual([...new Set(keys(en))].sort());
    const values = (table: object): string[] =>
      Object.values(table).flatMap((v) => (typeof v === 'object' && v !== null ? values(v) : [v as string]));
    expect(values(en).filter((v) => v.trim() === '')).toEqual([]);
    expect(values(zhCN).filter((v) => v.trim() === '')).toEqual([]);
  });

  it('names every lane kind', () => {
    for (const kind of LANE_KINDS) {
      expect(en.laneKind).toHaveProperty(kind);
      expect(zhCN.laneKind).toHaveProperty(kind);
    }
  });
});
