import { trackChanges } from './change-tracker';
import { KelisimDb } from './db';

/** The application's database; tests create their own instances instead. */
export const db = new KelisimDb();
trackChanges(db);

export { SCHEMA_VERSION } from './db';
