// A text box with suggestions from the full-text search (`companies(search:)`), used for the
// main search and for the two ends of a path. Arrow keys move, Enter picks (the first
// suggestion when none is highlighted), Escape closes.

import type { Api } from './api.js';
import { debounce, h } from './dom.js';
import { suggestQuery, type Suggestion, type SuggestResult } from './queries.js';

export interface SearchBox {
  /** Shows a name in the box without searching (after a reload from the URL). */
  setText(text: string): void;
  focus(): void;
}

export interface SearchBoxOptions {
  input: HTMLInputElement;
  list: HTMLUListElement;
  api: Api;
  onPick(s: Suggestion): void;
  onNoMatch(text: string): void;
  onError(error: unknown): void;
}

export function createSearchBox(o: SearchBoxOptions): SearchBox {
  let suggestions: Suggestion[] = [];
  let active = -1;
  let asked = 0;

  const close = () => {
    o.list.replaceChildren();
    o.list.hidden = true;
    o.input.setAttribute('aria-expanded', 'false');
    active = -1;
  };

  const render = () => {
    o.list.replaceChildren(
      ...suggestions.map((s, i) => {
        const other = s.aliases.filter((a) => a !== s.name).slice(0, 3);
        const item = h(
          'li',
          { role: 'option', 'data-testid': 'suggestion', 'data-id': s.id, 'aria-selected': String(i === active), id: `${o.list.id}-${i}` },
          h('span', { class: 'name' }, s.name),
          other.length > 0 ? h('span', { class: 'aliases' }, other.join(', ')) : null,
        );
        // mousedown, not click: it fires before the input's blur closes the list.
        item.addEventListener('mousedown', (event) => {
          event.preventDefault();
          pick(s);
        });
        return item;
      }),
    );
    o.list.hidden = suggestions.length === 0;
    o.input.setAttribute('aria-expanded', String(suggestions.length > 0));
    if (active >= 0) o.input.setAttribute('aria-activedescendant', `${o.list.id}-${active}`);
    else o.input.removeAttribute('aria-activedescendant');
  };

  const pick = (s: Suggestion) => {
    o.input.value = s.name;
    close();
    o.onPick(s);
  };

  const ask = async (text: string): Promise<Suggestion[]> => {
    const data = await o.api.query<SuggestResult>(suggestQuery, { search: text, first: 8 });
    return data.companies.edges.map((e) => e.node);
  };

  const suggest = debounce(async (text: string) => {
    const ticket = ++asked;
    if (text.trim().length < 1) {
      suggestions = [];
      close();
      return;
    }
    try {
      const found = await ask(text);
      if (ticket !== asked) return; // an older answer arriving late
      suggestions = found;
      active = -1;
      render();
    } catch (error) {
      o.onError(error);
    }
  }, 150);

  o.input.addEventListener('input', () => suggest(o.input.value));
  o.input.addEventListener('blur', () => setTimeout(close, 100));
  o.input.addEventListener('keydown', async (event) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      active = (active + step + suggestions.length) % suggestions.length;
      render();
    } else if (event.key === 'Escape') {
      close();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const text = o.input.value.trim();
      if (text === '') return;
      if (active >= 0 && suggestions[active]) return pick(suggestions[active]);
      asked++; // whatever is still on its way is stale now
      try {
        const found = await ask(text);
        if (found[0]) pick(found[0]);
        else {
          close();
          o.onNoMatch(text);
        }
      } catch (error) {
        o.onError(error);
      }
    }
  });

  return {
    setText(text) {
      o.input.value = text;
    },
    focus() {
      o.input.focus();
    },
  };
}
