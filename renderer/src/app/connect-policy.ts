// The first module of the page (imported first by main.tsx): see applyConnectPolicy.
import { allowedSyncOrigin, applyConnectPolicy } from '@/desktop/sync-origin';

/** The one office server this page may connect to, as its policy says from load to close. */
export const APPLIED_SYNC_ORIGIN = allowedSyncOrigin();

applyConnectPolicy(document, APPLIED_SYNC_ORIGIN);
