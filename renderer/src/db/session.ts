let author = 'operator';

/**
 * Who is making changes, written into every record's `author`. A single local operator until
 * named operators with passwords arrive with the access-control work.
 */
export function currentAuthor(): string {
  return author;
}

export function setCurrentAuthor(name: string): void {
  author = name.trim() || 'operator';
}
