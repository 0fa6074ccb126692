// The portal's check of the API's input rules as you type: a field's first problem, in the network
// catalogue's sentences. The rules themselves (lengths, counts, one line, web addresses) are the
// API's own, read from one place both sides import: @ekoacteurs/contract/input-rules.
import { hasControl, isWebAddress, type InputRule } from '@ekoacteurs/contract/input-rules';
import { lengthProblem, type Problem } from './form.ts';

export type Rule = InputRule;

export function problemOf(value: string, rule: Rule | undefined): Problem | null {
  if (!rule) return null;
  const text = value.trim();
  const length = lengthProblem(text, rule, 'network');
  if (length || text.length === 0) return length;
  if (rule.oneLine && (/[\r\n]/.test(text) || hasControl(text))) return { key: 'network.form.oneLine' };
  if (!rule.oneLine && hasControl(text)) return { key: 'network.form.control' };
  if (rule.web) {
    const host = typeof rule.web === 'object' ? rule.web.host : undefined;
    if (!isWebAddress(text, host)) return { key: host ? 'network.form.linkedin' : 'network.form.web' };
  }
  return null;
}
