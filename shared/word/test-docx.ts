import { strFromU8, unzipSync } from 'fflate';

/** What tests read back from a saved .docx: the body's XML and its paragraphs as plain text. */
export interface DocxContent {
  files: string[];
  documentXml: string;
  paragraphs: string[];
  /** Every paragraph's text, one per line; the no-break spaces of numbers kept. */
  text: string;
}

const decode = (xml: string) =>
  xml
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

/** Opens a .docx as Word does: a zip whose word/document.xml holds the text in w:t runs. */
export function readDocx(bytes: Uint8Array): DocxContent {
  const entries = unzipSync(bytes);
  const documentEntry = entries['word/document.xml'];
  if (!documentEntry) throw new Error('no word/document.xml in the file');
  const documentXml = strFromU8(documentEntry);
  const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:tab\/>/g)]
      .map((run) => (run[0] === '<w:tab/>' ? '\t' : decode(run[1] ?? '')))
      .join(''),
  );
  return { files: Object.keys(entries), documentXml, paragraphs, text: paragraphs.join('\n') };
}
