// The one line under the toolbar that tells the reader what is going on: loading, nothing found,
// the API is down. The page is never left blank without a word.

import { byId } from './dom.js';

export type MessageKind = 'info' | 'warning' | 'error' | 'loading';

export interface MessageBar {
  /** `retry`: a "Try again" button is shown next to the text. */
  show(kind: MessageKind, text: string, retry?: () => void): void;
  clear(): void;
}

export function createMessageBar(): MessageBar {
  const el = byId('message');
  const text = byId('message-text');
  const button = byId<HTMLButtonElement>('message-retry');
  let onRetry: (() => void) | undefined;
  button.addEventListener('click', () => onRetry?.());
  return {
    show(kind, message, retry) {
      text.textContent = message;
      el.dataset.kind = kind;
      el.hidden = false;
      onRetry = retry;
      button.hidden = retry === undefined;
    },
    clear() {
      text.textContent = '';
      delete el.dataset.kind;
      el.hidden = true;
      onRetry = undefined;
    },
  };
}
