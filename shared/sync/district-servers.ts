import { z } from 'zod';
import { serverSettingsSchema } from './server-settings';

/**
 * Where an oblast office reads a district's database (read-only): the server, the oblast's own
 * account there (a member of the district database, docs/sync.md) and whether plain http was
 * confirmed for an address of the office network. The database is the district's, named from its
 * КАТО code (officeDatabaseName). The password is never among these settings.
 */
export const districtServerSchema = z.object({
  district: z.string().regex(/^\d{9}$/),
  url: serverSettingsSchema.shape.url,
  username: z.string().trim().min(1),
  allowHttp: z.boolean(),
});
export type DistrictServer = z.infer<typeof districtServerSchema>;

export const districtServersSchema = z.array(districtServerSchema);

/** One password per account on a server: the oblast's account is the same for every district database there. */
export const accountKey = (server: Pick<DistrictServer, 'url' | 'username'>) => `${server.username}@${server.url}`;
