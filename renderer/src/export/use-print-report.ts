import { useState } from 'react';
import { flushSync } from 'react-dom';
import { useSavePdf } from './use-save-pdf';

/**
 * Printing a report that shows only its first rows on screen: the whole report (up to the print
 * limit a sheet) is laid out before the print dialog reads the page, and the screen goes back to
 * its short form afterwards, whatever the dialog's outcome.
 */
export function usePrintReport(): {
  printing: boolean;
  print: (name: string, details: Record<string, string | number | boolean>) => Promise<void>;
} {
  const savePdf = useSavePdf();
  const [printing, setPrinting] = useState(false);
  const print = async (name: string, details: Record<string, string | number | boolean>) => {
    flushSync(() => setPrinting(true));
    try {
      await savePdf(name, true, details);
    } finally {
      setPrinting(false);
    }
  };
  return { printing, print };
}
