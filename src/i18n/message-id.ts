import type sourceMessages from '../../locales/nb.json';

/** Every message id that exists in the source locale; a typo is a type error. */
export type MessageId = keyof typeof sourceMessages;
