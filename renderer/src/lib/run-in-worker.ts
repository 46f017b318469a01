/**
 * One job in a worker of its own, for work on a file from outside (a spreadsheet, a package, a
 * form): the window never freezes, a job past its time is ended with the worker, aborting ends it at
 * once (rejecting with an AbortError), and a worker that crashed answers as the caller says. The
 * worker is made by the caller, `new Worker(new URL('./x.worker.ts', import.meta.url))`, which is
 * the form Vite bundles.
 */
export function runInWorker<Result>(
  worker: Worker,
  message: unknown,
  transfer: Transferable[],
  answers: { seconds: number; timedOut: () => Result; crashed: () => Result; signal?: AbortSignal | undefined },
): Promise<Result> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      finish();
      resolve(answers.timedOut());
    }, answers.seconds * 1000);
    const finish = () => {
      clearTimeout(timer);
      worker.terminate();
    };
    answers.signal?.addEventListener('abort', () => {
      finish();
      reject(new DOMException('cancelled', 'AbortError'));
    });
    worker.onmessage = (event: MessageEvent<Result>) => {
      finish();
      resolve(event.data);
    };
    worker.onerror = () => {
      finish();
      resolve(answers.crashed());
    };
    worker.postMessage(message, transfer);
  });
}
