export { SHARE_LIMITS, SHARE_VIEWS, type SharedModel, type ShareState } from './shareState';
export { longLinkWarning, readShareHash, shareHash, shareUrl } from './shareLink';
export { reportHtml } from './reportHtml';
export type { SharedAnnotations } from './sharedAnnotations';
