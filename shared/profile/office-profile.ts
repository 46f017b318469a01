import { z } from 'zod';
import { languages } from '../i18n/languages';

const katoCode = z.string().regex(/^\d{9}$/);

/**
 * Whose copy of Kelisim this is. It names the office in reports and exchange packages, decides
 * which part of the classifier is loaded, and whether the office works as a district or as an
 * oblast that consolidates districts.
 */
export const officeProfileSchema = z
  .object({
    level: z.enum(['district', 'oblast']),
    oblastId: katoCode,
    districtId: katoCode.optional(),
    officeName: z.string().trim().min(3).max(300),
    language: z.enum(languages),
  })
  .refine((profile) => profile.level === 'oblast' || profile.districtId !== undefined, {
    path: ['districtId'],
    message: 'district required',
  })
  .refine((profile) => !profile.districtId || profile.districtId.slice(0, 2) === profile.oblastId.slice(0, 2), {
    path: ['districtId'],
    message: 'district outside oblast',
  });

export type OfficeProfile = z.infer<typeof officeProfileSchema>;
