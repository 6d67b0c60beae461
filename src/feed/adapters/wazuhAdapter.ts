import { compactEvent, notAnObject, refuse, type Adapter, type Mapped, type RecordHint } from './adapter';
import { pairFlatAttack } from './attackRefs';
import { wazuhSeverity } from './mapSeverity';
import { asNumber, asText, clip, firstText, isDoc, readPath, textAt, textList, type Doc } from './readPath';
import { timeFrom } from './readTimestamp';

// Field mapping and sources: wazuh.md beside this file.

const ACCOUNT_PATHS = ['data.srcuser', 'data.dstuser', 'data.office365.UserId', 'data.win.eventdata.targetUserName'];

/** Dovecot and others write users as "<violet>". */
export function wazuhUser(raw: string): string | undefined {
  const bare = raw.replace(/^<(.*)>$/, '$1').trim();
  return bare === '' || bare === '-' ? undefined : bare;
}

const LOGIN_FAILED = ['authentication_failed', 'authentication_failures', 'invalid_login', 'win_authentication_failed'];
const OFFICE_ACTIONS: Record<string, string> = {
  UserLoggedIn: 'login',
  UserLoginFailed: 'login_failed',
  FileDownloaded: 'export',
  FileSyncDownloadedFull: 'export',
};

function actionOf(doc: Doc): string {
  const groups = textList(readPath(doc, 'rule.groups'));
  if (groups.some((g) => LOGIN_FAILED.includes(g))) return 'login_failed';
  if (groups.includes('authentication_success')) return 'login';
  const operation = asText(readPath(doc, 'data.office365.Operation'));
  if (operation !== undefined) return OFFICE_ACTIONS[operation] ?? operation;
  return 'alert';
}

function systemOf(doc: Doc): string | undefined {
  const decoder = textAt(doc, 'decoder.parent', 'decoder.name');
  return textAt(doc, 'data.office365.Workload', 'predecoder.program_name') ?? (decoder === 'json' ? undefined : decoder);
}

function mapWazuh(doc: unknown, hint: RecordHint): Mapped {
  if (!isDoc(doc)) return notAnObject('a Wazuh alert', doc);
  const notes: string[] = [];
  const time = timeFrom(doc, ['timestamp', '@timestamp']);
  if (!time.ok) return refuse(time.absent ? 'alert without a timestamp (timestamp, @timestamp)' : `alert time: ${time.why}`);
  if (time.skipped) notes.push(`${time.skipped}; @timestamp (the indexing time) used instead`);

  let account: string | undefined;
  for (const path of ACCOUNT_PATHS) {
    const found = firstText(doc, [path]);
    account = found ? wazuhUser(found.text) : undefined;
    if (account) break;
  }
  if (!account) notes.push('no user in data.srcuser, data.dstuser, data.office365.UserId or data.win.eventdata.targetUserName: kept as a detection without an account');

  const level = readPath(doc, 'rule.level');
  const severity = wazuhSeverity(level);
  if (severity === undefined) notes.push(`rule.level ${level === undefined ? 'missing' : 'not 0–16'}: no severity`);
  const ruleId = textAt(doc, 'rule.id');
  const ruleName = textAt(doc, 'rule.description');
  if (ruleId === undefined) notes.push('alert without rule.id: no rule shown');

  return {
    ok: true,
    notes,
    event: compactEvent({
      id: textAt(doc, 'id') ?? hint.id ?? `wazuh@${hint.where}`,
      ts: time.ms,
      account,
      host: textAt(doc, 'predecoder.hostname', 'data.win.system.computer', 'agent.name'),
      action: actionOf(doc),
      system: systemOf(doc),
      ip: textAt(doc, 'data.srcip', 'data.src_ip', 'data.office365.ClientIP', 'data.win.eventdata.ipAddress'),
      severity,
      rule: ruleId === undefined ? undefined : { id: ruleId, name: ruleName },
      attack: pairFlatAttack(textList(readPath(doc, 'rule.mitre.tactic')), textList(readPath(doc, 'rule.mitre.id'))),
      message: clip(ruleName),
    }),
  };
}

export const wazuhAdapter: Adapter = {
  format: 'wazuh',
  label: 'Wazuh',
  // Every Wazuh alert carries the rule that fired (with its level) and the agent, manager or decoder it came through.
  looksLike: (doc) =>
    isDoc(doc.rule) && asNumber(readPath(doc, 'rule.level')) !== undefined && (isDoc(doc.agent) || isDoc(doc.manager) || isDoc(doc.decoder)),
  map: mapWazuh,
};
