/** Where the conflicts list lives: the header's sync indicator and other screens link here. */
export const SYNC_CONFLICTS_ROUTE = '/sync/conflicts';
