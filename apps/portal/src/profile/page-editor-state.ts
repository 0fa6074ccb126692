// The page editor's state in one reducer: the draft and its version (a change bumps it; a save
// records the version it sent), which fields were touched (their checks show), the API's field
// errors (a field's clears when it changes), the save state, and the last page the API returned.
import type { MyPageFieldsFragment } from '@ekoacteurs/client';
import type { Trouble } from '@ekoacteurs/ui';
import type { Draft } from './page-draft.ts';

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'blocked' }
  | { kind: 'failed'; trouble: Trouble };

export interface EditorState {
  draft: Draft;
  version: number;
  savedVersion: number;
  touched: ReadonlySet<string>;
  /** The API's errors by field path, from the last refused save. */
  server: Readonly<Record<string, string>>;
  save: SaveState;
  /** What the last save, publication or withdrawal returned (the query's copy may lag a moment). */
  lastSaved: MyPageFieldsFragment | null;
}

export type EditorAction =
  /** The member changed the draft; `path` names the field, which becomes touched. */
  | { type: 'edit'; next: (draft: Draft) => Draft; path?: string }
  | { type: 'touch'; paths: readonly string[] }
  | { type: 'saving' }
  | { type: 'blocked' }
  | { type: 'saved'; version: number; page: MyPageFieldsFragment }
  | { type: 'refused'; trouble: Trouble; fields?: Record<string, string> }
  /** Publication or withdrawal answered with the page. */
  | { type: 'page'; page: MyPageFieldsFragment };

export function initialEditorState(draft: Draft): EditorState {
  return {
    draft,
    version: 0,
    savedVersion: 0,
    touched: new Set(),
    server: {},
    save: { kind: 'idle' },
    lastSaved: null,
  };
}

function withTouched(touched: ReadonlySet<string>, paths: readonly string[]): ReadonlySet<string> {
  return paths.every((path) => touched.has(path)) ? touched : new Set([...touched, ...paths]);
}

export function editorReducer(state: EditorState, action: EditorAction): EditorState {
  switch (action.type) {
    case 'edit': {
      const next = { ...state, draft: action.next(state.draft), version: state.version + 1 };
      if (!action.path) return next;
      const { [action.path]: _cleared, ...server } = state.server;
      return {
        ...next,
        touched: withTouched(state.touched, [action.path]),
        server: action.path in state.server ? server : state.server,
      };
    }
    case 'touch':
      return { ...state, touched: withTouched(state.touched, action.paths) };
    case 'saving':
      return { ...state, save: { kind: 'saving' } };
    case 'blocked':
      return state.save.kind === 'blocked' ? state : { ...state, save: { kind: 'blocked' } };
    case 'saved':
      return {
        ...state,
        savedVersion: action.version,
        server: {},
        lastSaved: action.page,
        save: { kind: 'saved', at: action.page.updatedAt },
      };
    case 'refused': {
      const fields = action.fields ?? {};
      return {
        ...state,
        server: action.fields ?? state.server,
        touched: withTouched(state.touched, Object.keys(fields)),
        save: { kind: 'failed', trouble: action.trouble },
      };
    }
    case 'page':
      return { ...state, lastSaved: action.page };
  }
}
