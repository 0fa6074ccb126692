// What the home's suggestions shelf asks for: one definition for the shelf (Suggestions.tsx) and
// for the home, which sends it beside the viewer query, before the shelf's code has arrived.
import { DirectorySuggestionsDocument } from '@ekoacteurs/client';

export const SUGGESTIONS_QUERY = { query: DirectorySuggestionsDocument, variables: { first: 6 } };
