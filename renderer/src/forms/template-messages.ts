import type { TFunction } from 'i18next';
import { formatNumber } from '@shared/text/number-format';
import type { TemplateError, TemplateErrorCode, TemplateWarning } from './read-template';
import { TEMPLATE_LIMITS, type TemplateLimitExceeded } from './template-limits';

const ERROR_KEYS = {
  unsupported: 'forms.template.errors.unsupported',
  macros: 'forms.template.errors.macros',
  encrypted: 'forms.template.errors.encrypted',
  unreadable: 'forms.template.errors.unreadable',
  'damaged-zip': 'forms.template.errors.damagedZip',
  'too-large': 'forms.template.errors.tooLarge',
  timeout: 'forms.template.errors.timeout',
  empty: 'forms.template.errors.empty',
} as const satisfies Record<TemplateErrorCode, string>;

const WARNING_KEYS = {
  stylesLost: 'forms.template.warnings.stylesLost',
} as const satisfies Record<TemplateWarning, string>;

export const templateErrorKey = <Code extends TemplateErrorCode>(code: Code) => ERROR_KEYS[code];
export const templateWarningKey = <Warning extends TemplateWarning>(warning: Warning) => WARNING_KEYS[warning];

const MEGABYTES: readonly string[] = ['fileBytes', 'unzippedBytes'];

/** The limit in the user's words: what was too large, how large it was, how large it may be. */
function limitParams(t: TFunction, limit: TemplateLimitExceeded) {
  const scale = (value: number) => (MEGABYTES.includes(limit.limit) ? Math.ceil(value / 1024 / 1024) : value);
  return {
    what: t(`forms.template.limits.${limit.limit}`),
    value: formatNumber(scale(limit.value)),
    max: formatNumber(scale(TEMPLATE_LIMITS[limit.limit])),
  };
}

/** Why the form was not read, in the user's language, naming the limit it passed. */
export function templateErrorText(t: TFunction, error: TemplateError): string {
  const params = error.limit ? limitParams(t, error.limit) : { what: '', value: '', max: '' };
  return t(templateErrorKey(error.code), params);
}

export const templateWarningText = (t: TFunction, warning: TemplateWarning): string => t(templateWarningKey(warning));
