import { byteCount, compactEvent, notAnObject, refuse, type Adapter, type Mapped, type RecordHint } from './adapter';
import { ecsThreatRefs } from './attackRefs';
import { riskScoreSeverity, severityWord } from './mapSeverity';
import { asNumber, clip, firstText, isDoc, readPath, textAt, textList, type Doc } from './readPath';
import { timeFrom } from './readTimestamp';
import type { Severity } from '../schema';

// Field mapping and sources: ecs.md beside this file.

// kibana.alert.* since 8.0; signal.* in the .siem-signals indices of 7.x.
const ALERT_MARKERS = ['kibana.alert.uuid', 'kibana.alert.rule.name', 'kibana.alert.rule.uuid', 'kibana.alert.severity', 'signal.rule.id', 'signal.rule.name'];

// An event.kind of "alert" or "signal" is an alert from the source itself (Elastic Defend, a third-party EDR).
const isAlert = (doc: Doc) =>
  ALERT_MARKERS.some((path) => readPath(doc, path) !== undefined) || ['alert', 'signal'].includes(textAt(doc, 'event.kind') ?? '');

function severityOf(doc: Doc): Severity | undefined {
  return (
    severityWord(readPath(doc, 'kibana.alert.severity')) ??
    severityWord(readPath(doc, 'signal.rule.severity')) ??
    riskScoreSeverity(readPath(doc, 'kibana.alert.risk_score') ?? readPath(doc, 'signal.rule.risk_score')) ??
    severityWord(readPath(doc, 'kibana.alert.rule.severity')) ??
    riskScoreSeverity(readPath(doc, 'event.risk_score'))
  );
}

/** Both threat lists a Kibana alert may carry: the rule's, and the source document's own (single object or list). */
function threatOf(doc: Doc): unknown[] {
  const own = readPath(doc, 'threat');
  const flat = own === undefined && (readPath(doc, 'threat.tactic.id') ?? readPath(doc, 'threat.tactic.name') ?? readPath(doc, 'threat.technique.id'));
  const fromFlatKeys = flat
    ? {
        framework: readPath(doc, 'threat.framework'),
        tactic: { id: readPath(doc, 'threat.tactic.id'), name: readPath(doc, 'threat.tactic.name') },
        technique: { id: readPath(doc, 'threat.technique.id'), subtechnique: { id: readPath(doc, 'threat.technique.subtechnique.id') } },
      }
    : own;
  return [readPath(doc, 'kibana.alert.rule.threat'), readPath(doc, 'signal.rule.threat'), fromFlatKeys].flatMap((t) => (Array.isArray(t) ? t : [t]));
}

function actionOf(doc: Doc, alert: boolean): string {
  if (alert) return 'alert';
  if (textList(readPath(doc, 'event.category')).includes('authentication')) {
    const outcome = textAt(doc, 'event.outcome');
    if (outcome === 'success') return 'login';
    if (outcome === 'failure') return 'login_failed';
  }
  return textAt(doc, 'event.action') ?? 'event';
}

function mapEcs(doc: unknown, hint: RecordHint): Mapped {
  if (!isDoc(doc)) return notAnObject('an Elastic document', doc);
  const notes: string[] = [];
  const alert = isAlert(doc);
  // The source event's time, not the alert's creation: the analyst asks when it happened.
  const time = timeFrom(doc, ['kibana.alert.original_time', 'signal.original_time', '@timestamp']);
  if (!time.ok) return refuse(time.absent ? 'document without a time (kibana.alert.original_time, @timestamp)' : `document time: ${time.why}`);
  if (time.skipped) notes.push(`${time.skipped}; ${time.path} used instead`);

  const account = textAt(doc, 'user.name');
  if (!account && !alert) return refuse('event without user.name, and not an alert: nothing to attribute it to');
  if (!account) notes.push('alert without user.name: kept as a detection without an account');

  const bytesFrom = firstText(doc, ['source.bytes', 'destination.bytes', 'file.size']);
  const bytes = byteCount(asNumber(bytesFrom?.text));
  if (bytesFrom && bytes === undefined) notes.push(`${bytesFrom.path} is not a byte count: not used`);
  else if (bytesFrom?.path === 'file.size') notes.push('bytes taken from file.size (no source.bytes or destination.bytes)');

  const severity = alert ? severityOf(doc) : undefined;
  if (alert && severity === undefined) notes.push('alert without a readable kibana.alert.severity or risk score: no severity');
  const ruleId = textAt(doc, 'kibana.alert.rule.rule_id', 'kibana.alert.rule.uuid', 'signal.rule.rule_id', 'signal.rule.id', 'rule.id');
  const ruleName = textAt(doc, 'kibana.alert.rule.name', 'signal.rule.name', 'rule.name');

  return {
    ok: true,
    notes,
    event: compactEvent({
      id: textAt(doc, 'kibana.alert.uuid') ?? hint.id ?? textAt(doc, 'event.id') ?? `ecs@${hint.where}`,
      ts: time.ms,
      account,
      host: textAt(doc, 'host.name', 'host.hostname'),
      action: actionOf(doc, alert),
      system: textAt(doc, 'event.module', 'event.dataset'),
      bytes,
      ip: textList(readPath(doc, 'source.ip'))[0] ?? textList(readPath(doc, 'client.ip'))[0],
      severity,
      rule: alert && ruleId !== undefined ? { id: ruleId, name: ruleName } : undefined,
      attack: alert ? ecsThreatRefs(threatOf(doc)) : undefined,
      message: clip(textAt(doc, 'kibana.alert.reason', 'signal.reason', 'message') ?? ruleName),
    }),
  };
}

export const ecsAdapter: Adapter = {
  format: 'ecs',
  label: 'Elastic',
  looksLike: (doc) => isAlert(doc) || (readPath(doc, '@timestamp') !== undefined && (readPath(doc, 'ecs.version') !== undefined || readPath(doc, 'event.kind') !== undefined)),
  map: mapEcs,
};
