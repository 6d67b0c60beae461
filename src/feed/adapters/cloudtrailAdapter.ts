import { byteCount, compactEvent, notAnObject, refuse, type Adapter, type Mapped, type RecordHint } from './adapter';
import { isExportCall } from './exportCalls';
import { asNumber, asText, clip, isDoc, readPath, textAt, type Doc } from './readPath';
import { timeFrom } from './readTimestamp';

// Field mapping and sources: cloudtrail.md beside this file.

// The part of an ARN that names a person or session: assumed-role/<role>/<session>, user/<path>/<name>, federated-user/<name>.
const ARN_NAME = [/:assumed-role\/[^/]+\/(.+)$/, /:user\/(?:.*\/)?([^/]+)$/, /:federated-user\/(.+)$/];

/** Who made the call: userName, else the name in the ARN (a role session's name), else why there is none. */
export function cloudtrailAccount(identity: unknown): { account: string } | { why: string } {
  if (!isDoc(identity)) return { why: 'event without userIdentity' };
  const userName = textAt(identity, 'userName');
  if (userName) return { account: userName };
  const arn = textAt(identity, 'arn');
  for (const pattern of ARN_NAME) {
    const name = arn === undefined ? undefined : pattern.exec(arn)?.[1];
    if (name) return { account: name };
  }
  const root = arn === undefined ? null : /::(\d+):root$/.exec(arn);
  if (root) return { account: `root@${root[1]}` };
  const onBehalfOf = textAt(identity, 'onBehalfOf.userId'); // IAM Identity Center users have no name in the event
  if (onBehalfOf) return { account: onBehalfOf };
  const type = textAt(identity, 'type') ?? 'unknown';
  const by = textAt(identity, 'invokedBy');
  return { why: `event made by ${by ? `the AWS service ${by}` : `an identity of type ${type}`} names no user (userIdentity.userName, arn)` };
}

function actionOf(doc: Doc, eventName: string, failed: boolean): string {
  if (eventName === 'ConsoleLogin') {
    const outcome = textAt(doc, 'responseElements.ConsoleLogin');
    if (failed || outcome === 'Failure') return 'login_failed';
    if (outcome === 'Success') return 'login';
  }
  return !failed && isExportCall(eventName) ? 'export' : eventName;
}

function messageOf(doc: Doc, eventName: string, error: string | undefined): string {
  const bucket = textAt(doc, 'requestParameters.bucketName');
  const key = textAt(doc, 'requestParameters.key');
  const object = bucket ? ` s3://${bucket}${key ? `/${key}` : ''}` : '';
  const source = textAt(doc, 'eventSource');
  return `${eventName}${source ? ` (${source})` : ''}${object}${error ? ` failed: ${error}` : ''}`;
}

function mapCloudtrail(doc: unknown, hint: RecordHint): Mapped {
  if (!isDoc(doc)) return notAnObject('a CloudTrail event', doc);
  const notes: string[] = [];
  const eventName = textAt(doc, 'eventName');
  if (!eventName) return refuse('event without eventName');
  // The Security-Datasets (Mordor) exports lost eventTime in Logstash and hold only its @timestamp.
  const time = timeFrom(doc, ['eventTime', '@timestamp']);
  if (!time.ok) return refuse(time.absent ? 'event without a time (eventTime, @timestamp)' : `event time: ${time.why}`);
  if (time.path === '@timestamp') notes.push(`${time.skipped ?? 'no eventTime'}: @timestamp (when the record was indexed) used as the time of the call`);
  const who = cloudtrailAccount(readPath(doc, 'userIdentity'));
  if ('why' in who) return refuse(who.why);

  const error = textAt(doc, 'errorCode');
  const action = actionOf(doc, eventName, error !== undefined || textAt(doc, 'errorMessage') !== undefined);
  const outRaw = readPath(doc, 'additionalEventData.bytesTransferredOut');
  const bytes = error ? undefined : byteCount(asNumber(outRaw));
  if (outRaw !== undefined && !error && bytes === undefined) notes.push(`additionalEventData.bytesTransferredOut is not a byte count: not used`);
  const source = asText(readPath(doc, 'sourceIPAddress'));

  return {
    ok: true,
    notes,
    event: compactEvent({
      id: textAt(doc, 'eventID') ?? hint.id ?? `cloudtrail@${hint.where}`,
      ts: time.ms,
      account: who.account,
      action,
      system: textAt(doc, 'eventSource'),
      bytes,
      // A service principal ("ecs.amazonaws.com", "AWS Internal") stands where an address would: not an address.
      ip: source !== undefined && /^[0-9a-fA-F:.]+$/.test(source) && /\d/.test(source) ? source : undefined,
      message: clip(messageOf(doc, eventName, error)),
    }),
  };
}

export const cloudtrailAdapter: Adapter = {
  format: 'cloudtrail',
  label: 'CloudTrail',
  looksLike: (doc) =>
    typeof doc.eventName === 'string' && (typeof doc.eventSource === 'string' || isDoc(doc.userIdentity) || doc.eventVersion !== undefined),
  map: mapCloudtrail,
};
