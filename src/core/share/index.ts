export { base64urlToBytes, bytesToBase64, bytesToBase64url } from './base64url';
export { deflateBytes, formatBytes, inflateBounded } from './compression';
export {
  DEFAULT_GRAPH,
  SHARE_FORMAT_VERSION,
  SHARE_LIMITS,
  SHARE_VIEWS,
  restoreShareState,
  toWire,
  type RestoreResult,
  type SharedGraph,
  type SharedModel,
  type ShareState,
  type ShareStateV1,
  type ShareView,
} from './shareState';
export {
  LONG_LINK_CHARS,
  MAX_HASH_CHARS,
  MAX_INFLATED_BYTES,
  SHARE_PARAM,
  decodeSharePayload,
  encodeSharePayload,
  longLinkWarning,
  readShareHash,
  shareHash,
  sharePayloadOf,
  shareUrl,
  type ShareLinkRead,
} from './shareLink';
export { escapeHtml, isPng, reportHtml, reportTitle, type ReportInput, type ReportLook } from './reportHtml';
