import { byteCount, compactEvent, notAnObject, refuse, type Adapter, type Mapped, type RecordHint } from './adapter';
import { ocsfAttackRefs } from './attackRefs';
import { isExportCall } from './exportCalls';
import { ocsfSeverity } from './mapSeverity';
import { asNumber, asText, clip, docList, isDoc, readPath, textAt, type Doc } from './readPath';
import { timeFrom } from './readTimestamp';

// Field mapping and sources: ocsf.md beside this file.

const CLASS_NAMES: Record<number, string> = { 3002: 'Authentication', 6003: 'API Activity', 2004: 'Detection Finding', 2001: 'Security Finding' };

const userName = (user: unknown) => textAt(user, 'name', 'email_addr', 'uid');

/** Findings often name the user only in their evidence; taken only when the evidence names exactly one. */
function evidenceUser(doc: Doc): string | undefined {
  const names = new Set(docList(readPath(doc, 'evidences')).flatMap((e) => userName(readPath(e, 'actor.user')) ?? userName(readPath(e, 'user')) ?? []));
  return names.size === 1 ? [...names][0] : undefined;
}

function authAction(doc: Doc, notes: string[]): string {
  const activity = asNumber(readPath(doc, 'activity_id'));
  if (activity === 2) return 'logout';
  if (activity !== 1) return asText(readPath(doc, 'activity_name'))?.toLowerCase() ?? 'authentication';
  const status = asNumber(readPath(doc, 'status_id'));
  const word = asText(readPath(doc, 'status'))?.toLowerCase();
  if (status === 1 || (status === undefined && word === 'success')) return 'login';
  if (status === 2 || (status === undefined && word === 'failure')) return 'login_failed';
  notes.push('logon without a success or failure status: action "logon", counted as neither login nor login_failed');
  return 'logon';
}

function mapOcsf(doc: unknown, hint: RecordHint): Mapped {
  if (!isDoc(doc)) return notAnObject('an OCSF event', doc);
  const notes: string[] = [];
  const classUid = asNumber(readPath(doc, 'class_uid'));
  if (classUid === undefined) return refuse('event without a class_uid');
  const className = CLASS_NAMES[classUid] ?? textAt(doc, 'class_name') ?? `class ${classUid}`;
  const finding = classUid >= 2000 && classUid < 3000;
  if (!(classUid in CLASS_NAMES)) notes.push(`${className} (${classUid}) read with the common fields only (time, user, activity, endpoint, traffic)`);

  const time = timeFrom(doc, ['time', 'time_dt']);
  if (!time.ok) return refuse(time.absent ? `${className} event without a time (time, time_dt)` : `${className} time: ${time.why}`);
  if (time.unit) notes.push(`time read as epoch ${time.unit} (decided by magnitude)`);
  if (time.skipped) notes.push(`${time.skipped}; ${time.path} used instead`);

  const users = classUid === 3002 ? ['user', 'actor.user'] : ['actor.user', 'user'];
  const account = users.map((path) => userName(readPath(doc, path))).find((name) => name !== undefined) ?? (finding ? evidenceUser(doc) : undefined);
  if (!account && !finding) return refuse(`${className} event without a user (actor.user, user)`);
  if (!account) notes.push(`${className} without a user (actor.user, user, evidences): kept as a detection without an account`);

  const operation = textAt(doc, 'api.operation');
  const action = finding
    ? 'alert'
    : classUid === 3002
      ? authAction(doc, notes)
      : operation !== undefined
        ? isExportCall(operation) ? 'export' : operation
        : (textAt(doc, 'activity_name', 'type_name') ?? className);

  const severity = finding ? ocsfSeverity(readPath(doc, 'severity_id'), readPath(doc, 'severity')) : undefined;
  if (finding && severity === undefined) notes.push('finding with severity_id Unknown or unreadable: no severity');
  const title = textAt(doc, 'finding_info.title', 'finding.title');
  const ruleId = textAt(doc, 'finding_info.analytic.uid', 'analytic.uid', 'finding_info.analytic.name', 'analytic.name', 'metadata.event_code') ?? title;
  const uid = textAt(doc, 'metadata.uid', 'finding_info.uid', 'finding.uid') ?? hint.id;
  const bytes = byteCount(asNumber(readPath(doc, 'traffic.bytes_out')));

  return {
    ok: true,
    notes,
    event: compactEvent({
      // One source record may be mapped to several classes with the same metadata.uid (Okta does): the class keeps them apart.
      id: uid === undefined ? `ocsf@${hint.where}` : `${classUid}:${uid}`,
      ts: time.ms,
      account,
      host: textAt(doc, 'device.hostname', 'device.name', 'src_endpoint.hostname'),
      action,
      system: textAt(doc, 'api.service.name', 'metadata.product.name'),
      bytes,
      ip: textAt(doc, 'src_endpoint.ip') ?? docList(readPath(doc, 'evidences')).map((e) => textAt(e, 'src_endpoint.ip')).find(Boolean),
      severity,
      rule: finding && ruleId !== undefined ? { id: ruleId, name: title ?? textAt(doc, 'finding_info.analytic.name', 'analytic.name') } : undefined,
      attack: ocsfAttackRefs([readPath(doc, 'finding_info.attacks'), readPath(doc, 'attacks')].flatMap((a) => (Array.isArray(a) ? a : [a]))),
      // An export keeps the call's own name in the message: the action says only "export".
      message: clip(textAt(doc, 'message') ?? title ?? (action === 'export' ? operation : undefined)),
    }),
  };
}

export const ocsfAdapter: Adapter = {
  format: 'ocsf',
  label: 'OCSF',
  // class_uid is required by every OCSF class; metadata, category_uid or type_uid make a stray "class_uid" unlikely.
  looksLike: (doc) =>
    Number.isInteger(asNumber(doc.class_uid)) && (isDoc(doc.metadata) || asNumber(doc.category_uid) !== undefined || asNumber(doc.type_uid) !== undefined),
  map: mapOcsf,
};
