/**
 * Cloud API calls that move data out of the system that holds it. S3 reads carry the bytes they sent
 * (additionalEventData.bytesTransferredOut); the bulk exports below are asynchronous and name no size in CloudTrail,
 * so they count as exports of unknown volume. Curated from the AWS service API references; not exhaustive.
 */
const EXPORT_CALLS = new Set([
  // S3 object reads (data events)
  'GetObject',
  'GetObjectTorrent',
  'SelectObjectContent',
  // copies of objects or whole stores to a destination the caller names
  'CopyObject',
  'UploadPartCopy',
  'StartExportTask', // RDS snapshot → S3
  'ExportTableToPointInTime', // DynamoDB → S3
  'CreateExportTask', // CloudWatch Logs → S3
  'CreateInstanceExportTask', // EC2 instance → S3
  'ExportImage', // EC2 AMI → S3
  'ExportSnapshot', // Lightsail
  'ExportJournalToS3', // QLDB
  'StartExport', // Route 53 Resolver, Athena notebooks…
]);

/** Whether an API call (CloudTrail eventName, OCSF api.operation) moves data out. */
export function isExportCall(name: string): boolean {
  return EXPORT_CALLS.has(name);
}
