let author = 'system';

/**
 * Who is making changes, written into every record's `author` and the audit log: the login of
 * the operator signed in, or "system" for what happens before anyone signs in (first setup, a
 * restore from the lost-data screen).
 */
export function currentAuthor(): string {
  return author;
}

export function setCurrentAuthor(name: string): void {
  author = name.trim() || 'system';
}
