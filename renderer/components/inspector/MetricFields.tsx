// The inspector of a metric card (指标): NPS or a metric of its own, outcome (结果指标) or process
// (过程指标), its definition, unit, owning department, data source (取值渠道), period (取值周期),
// target (标准值) and which way is better, how it is shown, and the values measured per period:
// a table to type into and a box to paste a column or period/value pairs into. Every change is
// one undo step (one setCardFields).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { METRIC_DISPLAYS, METRIC_TYPES, type Metric, type MetricValue } from '../../../shared/laneKinds.ts';
import { npsScore } from '../../../shared/metrics.ts';
import { formatMetricValue, metricStatusText } from '../../../shared/metricText.ts';
import { applyPasted, COUNT_LIMIT, parseMetricValues, parseNumber, VALUE_LIMIT, type PasteResult } from '../../../shared/metricValues.ts';
import type { KindFieldsProps } from '../../laneKinds.tsx';
import { Field } from './Field.tsx';
import { LIMITS, clip } from './limits.ts';
import './metrics.css';

export const NEW_METRIC: Metric = { type: 'outcome', definition: '', unit: '', department: '', source: '', period: '', direction: 'higher', display: 'number', values: [] };
const PERIODS = ['week', 'month', 'quarter', 'year'] as const;
const COUNTS = ['promoters', 'passives', 'detractors'] as const;

/** A number typed the way people write it (38,5 or １２); written on blur or Enter, refused (and said so) when it is not one. */
function NumberInput({ value, label, onCommit, integer = false, testId, className }: { value: number | undefined; label: string; onCommit: (v: number | undefined) => void; integer?: boolean; testId?: string; className?: string }) {
  const shown = value === undefined ? '' : String(value);
  const [draft, setDraft] = useState(shown);
  const [prev, setPrev] = useState(shown);
  if (prev !== shown) {
    setPrev(shown);
    setDraft(shown);
  }
  const parsed = draft.trim() === '' ? undefined : parseNumber(draft);
  const limit = integer ? COUNT_LIMIT : VALUE_LIMIT;
  const bad = parsed === null || (parsed !== undefined && (Math.abs(parsed) > limit || (integer && (!Number.isInteger(parsed) || parsed < 0))));
  const commit = () => {
    if (bad) return;
    if (parsed !== value) onCommit(parsed);
  };
  return (
    <input
      className={className}
      type="text"
      inputMode="decimal"
      value={draft}
      maxLength={24}
      aria-label={label}
      aria-invalid={bad || undefined}
      title={bad ? label : undefined}
      data-testid={testId}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && !e.nativeEvent.isComposing) commit();
      }}
    />
  );
}

function ValuesTable({ metric, write }: { metric: Metric; write: (values: MetricValue[]) => void }) {
  const { t } = useTranslation();
  const nps = Boolean(metric.nps);
  const change = (index: number, entry: MetricValue) => write(metric.values.map((v, i) => (i === index ? entry : v)));
  const withNumber = (entry: MetricValue, key: 'value' | (typeof COUNTS)[number], n: number | undefined): MetricValue => {
    const next = { ...entry, [key]: n };
    if (n === undefined) delete next[key];
    return next;
  };
  return (
    <div className="metric-values" data-testid="metric-values">
      {metric.values.length === 0 ? (
        <p className="sa-hint">{t('metrics.noValues')}</p>
      ) : (
        <table>
          <thead>
            <tr>
              <th scope="col">{t('metrics.valuePeriod')}</th>
              {nps ? COUNTS.map((c) => <th key={c} scope="col" title={t(`metrics.${c}Hint`)}>{t(`metrics.${c}`)}</th>) : <th scope="col">{t('metrics.value')}</th>}
              {nps && <th scope="col">{t('metrics.score')}</th>}
              <th aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {metric.values.map((entry, index) => {
              const score = nps ? npsScore(entry) : null;
              return (
                // eslint-disable-next-line react/no-array-index-key -- periods may repeat while typed; rows are positions
                <tr key={index} data-testid="metric-value-row">
                  <td>
                    <input
                      key={entry.period}
                      type="text"
                      defaultValue={entry.period}
                      maxLength={LIMITS.valuePeriod}
                      aria-label={t('metrics.periodOf', { n: index + 1 })}
                      data-testid="metric-value-period"
                      onBlur={(e) => {
                        const period = clip(e.currentTarget.value.trim(), LIMITS.valuePeriod);
                        if (period !== entry.period) change(index, { ...entry, period });
                      }}
                      onKeyDown={(e) => e.key === 'Enter' && !e.nativeEvent.isComposing && e.currentTarget.blur()}
                    />
                  </td>
                  {nps ? (
                    COUNTS.map((c) => (
                      <td key={c}>
                        <NumberInput integer value={entry[c]} label={`${t(`metrics.${c}`)} · ${entry.period}`} testId={`metric-value-${c}`} onCommit={(n) => change(index, withNumber(entry, c, n))} />
                      </td>
                    ))
                  ) : (
                    <td>
                      <NumberInput value={entry.value} label={`${t('metrics.value')} · ${entry.period}`} testId="metric-value-value" onCommit={(n) => change(index, withNumber(entry, 'value', n))} />
                    </td>
                  )}
                  {nps && <td className="metric-values__score">{score === null ? '–' : formatMetricValue(score)}</td>}
                  <td>
                    <button type="button" className="metric-values__delete" aria-label={t('metrics.deleteRow', { period: entry.period || index + 1 })} title={t('metrics.deleteRow', { period: entry.period || index + 1 })} onClick={() => write(metric.values.filter((_, i) => i !== index))} data-testid="metric-value-delete">
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <button
        type="button"
        className="sa-add"
        disabled={metric.values.length >= LIMITS.values}
        onClick={() => {
          let n = metric.values.length + 1;
          while (metric.values.some((v) => v.period === String(n))) n++;
          write([...metric.values, { period: String(n) }]);
        }}
        data-testid="metric-add-row"
      >
        + {t('metrics.addRow')}
      </button>
    </div>
  );
}

function PasteBox({ metric, write }: { metric: Metric; write: (values: MetricValue[]) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [report, setReport] = useState<(PasteResult & { leftOut: number }) | null>(null);
  const add = () => {
    const parsed = parseMetricValues(text, Boolean(metric.nps));
    const { values, leftOut } = applyPasted(metric.values, parsed.values);
    if (parsed.values.length > 0) write(values);
    setReport({ ...parsed, leftOut });
    // What was read is in the table now; the lines that were not stay in the box to correct.
    if (parsed.errors.length === 0) setText('');
    else {
      const bad = new Set(parsed.errors.map((e) => e.line));
      setText(text.split(/\r\n|\r|\n/).filter((_, i) => bad.has(i + 1)).join('\n'));
    }
  };
  return (
    <div className="metric-paste">
      <label className="inspector__field">
        <span>{t('metrics.paste')}</span>
        <textarea rows={3} value={text} maxLength={LIMITS.paste} placeholder={metric.nps ? t('metrics.pastePlaceholderNps') : t('metrics.pastePlaceholder')} onChange={(e) => setText(e.target.value)} data-testid="metric-paste" />
      </label>
      <button type="button" disabled={!text.trim()} onClick={add} data-testid="metric-paste-add">
        {t('metrics.pasteAdd')}
      </button>
      {report && (
        <div role="status" className="metric-paste__report" data-testid="metric-paste-report">
          <p>{t('metrics.pasteRead', { count: report.values.length - report.leftOut })}</p>
          {report.leftOut > 0 && <p>{t('metrics.pasteLeftOut', { count: report.leftOut, max: LIMITS.values })}</p>}
          {report.errors.length > 0 && (
            <ul className="metric-paste__errors" data-testid="metric-paste-errors">
              {report.errors.slice(0, 20).map((e) => (
                <li key={e.line}>{t('metrics.pasteError', { line: e.line, text: e.text, problem: t(`metrics.problems.${e.problem}`) })}</li>
              ))}
              {report.errors.length > 20 && <li>{t('metrics.pasteMoreErrors', { count: report.errors.length - 20 })}</li>}
            </ul>
          )}
        </div>
      )}
    </div>
  );
}

export function MetricFields({ card, set }: KindFieldsProps) {
  const { t } = useTranslation();
  const metric = card.metric ?? NEW_METRIC;
  const write = (fields: Partial<Metric>) => {
    const next: Metric = { ...metric, ...fields };
    // a field set to nothing is left out, as the file keeps it
    for (const key of ['target', 'nps'] as const) if (next[key] === undefined) delete next[key];
    set({ metric: next });
  };
  const status = metricStatusText(metric);
  return (
    <>
      <section className="sa-section metric-section" data-testid="metric-definition">
        <h3>{t('metrics.definitionTitle')}</h3>
        {status && (
          <p className={`metric-status${status.status ? ` metric-status--${status.status}` : ''}`} data-testid="metric-status">
            {status.text}
            {status.status && <span> · {t(`metrics.status.${status.status}`)}</span>}
          </p>
        )}
        <div className="inspector__field">
          <span>{t('metrics.kind')}</span>
          <div className="segmented" role="radiogroup" aria-label={t('metrics.kind')}>
            {([false, true] as const).map((nps) => (
              <button key={String(nps)} type="button" role="radio" aria-checked={Boolean(metric.nps) === nps} onClick={() => Boolean(metric.nps) !== nps && write(nps ? { nps: true, type: 'outcome' } : { nps: undefined })} data-testid={nps ? 'metric-nps' : 'metric-custom'}>
                {t(nps ? 'metrics.nps' : 'metrics.custom')}
              </button>
            ))}
          </div>
        </div>
        <label className="inspector__field">
          <span>{t('metrics.type')}</span>
          <select value={metric.type} onChange={(e) => write({ type: e.target.value as Metric['type'] })} data-testid="metric-type">
            {METRIC_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`metrics.types.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <Field label={t('metrics.definition')} value={metric.definition} multiline maxLength={LIMITS.metricDefinition} placeholder={t(metric.nps ? 'metrics.definitionPlaceholderNps' : 'metrics.definitionPlaceholder')} testId="metric-definition-text" onCommit={(definition) => write({ definition })} />
        <div className="metric-row">
          <Field label={t('metrics.unit')} value={metric.unit} maxLength={LIMITS.metricUnit} list="metric-units" testId="metric-unit" onCommit={(unit) => write({ unit: unit.trim() })} />
          <Field label={t('metrics.period')} value={metric.period} maxLength={LIMITS.metricPeriod} list="metric-periods" testId="metric-period" onCommit={(period) => write({ period: period.trim() })} />
        </div>
        <datalist id="metric-units">
          {['%', t('metrics.units.points'), t('metrics.units.minutes'), t('metrics.units.count')].map((u) => (
            <option key={u} value={u} />
          ))}
        </datalist>
        <datalist id="metric-periods">
          {PERIODS.map((p) => (
            <option key={p} value={t(`metrics.periods.${p}`)} />
          ))}
        </datalist>
        <Field label={t('metrics.department')} value={metric.department} maxLength={LIMITS.metricDepartment} testId="metric-department" onCommit={(department) => write({ department: department.trim() })} />
        <Field label={t('metrics.source')} value={metric.source} maxLength={LIMITS.metricSource} placeholder={t('metrics.sourcePlaceholder')} testId="metric-source" onCommit={(source) => write({ source: source.trim() })} />
        <div className="metric-row">
          <label className="inspector__field">
            <span>{t('metrics.target')}</span>
            <NumberInput value={metric.target} label={t('metrics.target')} testId="metric-target" onCommit={(target) => write({ target })} />
          </label>
          <label className="inspector__field">
            <span>{t('metrics.direction')}</span>
            <select value={metric.direction} onChange={(e) => write({ direction: e.target.value as Metric['direction'] })} data-testid="metric-direction">
              <option value="higher">{t('metrics.directions.higher')}</option>
              <option value="lower">{t('metrics.directions.lower')}</option>
            </select>
          </label>
        </div>
        <label className="inspector__field">
          <span>{t('metrics.display')}</span>
          <select value={metric.display} onChange={(e) => write({ display: e.target.value as Metric['display'] })} data-testid="metric-display">
            {METRIC_DISPLAYS.map((d) => (
              <option key={d} value={d}>
                {t(`metrics.displays.${d}`)}
              </option>
            ))}
          </select>
        </label>
      </section>
      <section className="sa-section metric-section" data-testid="metric-values-section">
        <h3>{t('metrics.values')}</h3>
        <ValuesTable metric={metric} write={(values) => write({ values })} />
        <PasteBox metric={metric} write={(values) => write({ values })} />
      </section>
    </>
  );
}
