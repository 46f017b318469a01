import { Button, Group, Input, SegmentedControl, Select, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KatoEntry } from '@shared/places/kato';
import { draftAsProfile, type OfficeDraft } from '@shared/profile/first-run';
import { officeProfileSchema, type OfficeProfile } from '@shared/profile/office-profile';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { useLanguage } from '@/i18n/use-language';
import { loadKato } from '@/reference/reference-files';

const FIELD_ERRORS = {
  oblastId: 'onboarding.errors.oblast',
  districtId: 'onboarding.errors.district',
  officeName: 'onboarding.errors.officeName',
} as const;

/**
 * The office profile, filled at first run and editable in settings. At first run it starts from what
 * was typed before the window closed (`draft`) and reports every change, for the next start to resume.
 */
export function ProfileForm({
  initial,
  draft,
  onDraftChange,
  submitLabel,
  onSubmit,
}: Readonly<{
  initial?: OfficeProfile;
  draft?: OfficeDraft;
  onDraftChange?: (draft: OfficeDraft) => void;
  submitLabel: string;
  onSubmit: (profile: OfficeProfile) => Promise<void>;
}>) {
  const { t } = useTranslation();
  const { language, localName } = useLanguage();
  const [kato, setKato] = useState<KatoEntry[] | null>(null);
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    void loadKato().then(setKato);
  }, []);

  const form = useForm<OfficeDraft>({
    initialValues: draft ?? {
      level: initial?.level ?? 'district',
      oblastId: initial?.oblastId ?? '',
      districtId: initial?.districtId ?? '',
      officeName: initial?.officeName ?? '',
    },
    onValuesChange: (values) => onDraftChange?.(values),
    validate: (values) => {
      const parsed = officeProfileSchema.safeParse(draftAsProfile(values, language));
      if (parsed.success) return {};
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) {
        const field = issue.path[0] as keyof typeof FIELD_ERRORS;
        if (field in FIELD_ERRORS) errors[field] = t(FIELD_ERRORS[field]);
      }
      return errors;
    },
  });

  const oblasts = useMemo(
    () =>
      (kato ?? [])
        .filter((entry) => entry.level === 'oblast')
        .map((entry) => ({ value: entry.kato, label: localName(entry) })),
    [kato, localName],
  );
  const districts = useMemo(
    () =>
      (kato ?? [])
        .filter((entry) => entry.level === 'district' && entry.kato.slice(0, 2) === form.values.oblastId.slice(0, 2))
        .map((entry) => ({ value: entry.kato, label: localName(entry) })),
    [kato, localName, form.values.oblastId],
  );

  return (
    <form
      onSubmit={form.onSubmit((values) => {
        setSaving(true);
        void onSubmit(officeProfileSchema.parse(draftAsProfile(values, language))).finally(() => setSaving(false));
      })}
    >
      <Stack>
        <Input.Wrapper label={t('onboarding.language')}>
          <div>
            <LanguageSwitch size="sm" />
          </div>
        </Input.Wrapper>
        <Input.Wrapper label={t('onboarding.officeLevel')}>
          <div>
            <SegmentedControl
              data-testid="profile-level"
              value={form.values.level}
              onChange={(value) => form.setFieldValue('level', value === 'oblast' ? 'oblast' : 'district')}
              data={[
                { value: 'district', label: t('onboarding.levelDistrict') },
                { value: 'oblast', label: t('onboarding.levelOblast') },
              ]}
            />
          </div>
        </Input.Wrapper>
        <Select
          label={t('onboarding.oblast')}
          data={oblasts}
          searchable
          disabled={!kato}
          placeholder={kato ? undefined : t('onboarding.loadingPlaces')}
          data-testid="profile-oblast"
          {...form.getInputProps('oblastId')}
          onChange={(value) => {
            form.setFieldValue('oblastId', value ?? '');
            form.setFieldValue('districtId', '');
          }}
        />
        {form.values.level === 'district' && (
          <Select
            label={t('onboarding.district')}
            data={districts}
            searchable
            disabled={!form.values.oblastId}
            data-testid="profile-district"
            {...form.getInputProps('districtId')}
            onChange={(value) => form.setFieldValue('districtId', value ?? '')}
          />
        )}
        <TextInput
          label={t('onboarding.officeName')}
          placeholder={t('onboarding.officeNamePlaceholder')}
          data-testid="profile-office-name"
          {...form.getInputProps('officeName')}
        />
        <Group justify="flex-end">
          <Button type="submit" loading={saving} data-testid="profile-submit">
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
