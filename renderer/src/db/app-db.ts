import { trackChanges } from './change-tracker';
import { KelisimDb } from './db';

/** The application's database. Only the data layer holds it; tests open their own instances. */
export const appDb = new KelisimDb();
trackChanges(appDb);
