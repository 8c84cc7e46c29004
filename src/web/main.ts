// The explorer page: wires the parts in index.html together and draws what the URL asks for.

import './style.css';
import { createApi, setToken } from './api.js';
import { describeError } from './describe-error.js';
import { byId } from './dom.js';
import { createExplorer } from './explorer.js';
import { createFilters } from './filters.js';
import { createGraphCanvas } from './graph-canvas.js';
import { createMessageBar } from './message.js';
import { statsQuery, type StatsResult } from './queries.js';
import { createSearchBox } from './search-box.js';
import { createSidePanel } from './side-panel.js';
import { exportQuery, type ViewState } from './view-state.js';

function takeTokenFromHash(): void {
  const token = new URLSearchParams(location.hash.slice(1)).get('token');
  if (token === null) return;
  setToken(token);
  history.replaceState(null, '', location.pathname + location.search); // not left in the address bar
}

async function main(): Promise<void> {
  takeTokenFromHash();
  const api = createApi('/graphql');
  const message = createMessageBar();
  const panel = createSidePanel(byId('panel'));
  const modeButtons = { neighborhood: byId<HTMLButtonElement>('mode-neighborhood'), path: byId<HTMLButtonElement>('mode-path') };
  const searchForm = byId('search-form');
  const pathForm = byId('path-form');
  const onError = (error: unknown) => message.show('error', describeError(error));

  const explorer = createExplorer({
    api,
    message,
    panel,
    canvas: createGraphCanvas(byId('graph'), {
      onNodeTap: (id) => void explorer.expand(id),
      onEdgeTap: (id) => void explorer.openEdge(id),
      onBackgroundTap: () => explorer.overview(),
    }),
    filters: createFilters((values) => explorer.go(values)),
    showMode(state: ViewState, labels) {
      for (const [mode, button] of Object.entries(modeButtons)) button.setAttribute('aria-pressed', String(state.mode === mode));
      searchForm.hidden = state.mode !== 'neighborhood';
      pathForm.hidden = state.mode !== 'path';
      const name = (id: string | null) => (id ? (labels.get(id) ?? id) : '');
      if (state.mode === 'neighborhood' && state.company && document.activeElement !== search.input) search.box.setText(name(state.company));
      if (state.mode === 'path') {
        from.box.setText(name(state.from));
        to.box.setText(name(state.to));
      }
      const subject = state.mode === 'path' ? (state.from && state.to ? `${name(state.from)} → ${name(state.to)}` : '') : name(state.company);
      document.title = subject ? `${subject} · newsgraph` : 'newsgraph explorer';
      for (const link of document.querySelectorAll<HTMLAnchorElement>('.downloads a')) {
        link.search = exportQuery(state);
      }
    },
  });

  const box = (inputId: string, pick: (id: string) => void) => {
    const input = byId<HTMLInputElement>(inputId);
    return {
      input,
      box: createSearchBox({
        input,
        list: byId<HTMLUListElement>(`${inputId}-suggestions`),
        api,
        onPick: (s) => pick(s.id),
        onNoMatch: (text) => message.show('warning', `No company matches "${text}".`),
        onError,
      }),
    };
  };
  const search = box('search', (id) => explorer.go({ mode: 'neighborhood', company: id }));
  const from = box('path-from', (id) => explorer.go({ mode: 'path', from: id }));
  const to = box('path-to', (id) => explorer.go({ mode: 'path', to: id }));

  modeButtons.neighborhood.addEventListener('click', () => explorer.go({ mode: 'neighborhood', company: explorer.state().company ?? explorer.state().from }));
  modeButtons.path.addEventListener('click', () => explorer.go({ mode: 'path', from: explorer.state().from ?? explorer.state().company }));
  window.addEventListener('popstate', () => void explorer.load());
  for (const form of document.querySelectorAll('form')) form.addEventListener('submit', (event) => event.preventDefault());

  panel.showHelp();
  try {
    const { stats } = await api.query<StatsResult>(statsQuery);
    byId('stats').textContent = `${stats.companies} companies · ${stats.products} products · ${stats.articles} articles`;
    if (stats.companies === 0) {
      message.show('warning', 'The database is empty: ingest some articles first (newsgraph ingest examples/articles.jsonl), then reload this page.');
      return;
    }
  } catch (error) {
    message.show('error', describeError(error), () => location.reload());
    return;
  }
  await explorer.load();
  if (!explorer.state().company && explorer.state().mode === 'neighborhood') search.box.focus();
}

main().catch((error: unknown) => {
  const el = document.getElementById('message-text');
  if (el) el.textContent = describeError(error);
});
