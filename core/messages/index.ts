export { catalogueKeys, catalogueText, dayMessage, formatMessage, formatNumber, isMessage, isMessageKey, LANGUAGES, msg } from './format';
export type { Language, Message, MessageKey, MessageParam, MessageParams } from './format';
export { errorDetail, errorReason, MessageError } from './error';
