// The first module of the page (imported first by main.tsx): see applyConnectPolicy.
import { allowedSyncOrigin, applyConnectPolicy } from '@/desktop/sync-origin';

applyConnectPolicy(document, allowedSyncOrigin());
