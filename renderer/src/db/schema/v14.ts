/**
 * Version 14: the higher authority's own forms (Reports → Forms), each with its blank workbook and
 * its mapping, listed by name.
 */
export const v14Stores = {
  authorityForms: 'id, updatedAt',
} as const;
