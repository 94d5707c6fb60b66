/**
 * Progress on the terminal: one line that is rewritten in place on a TTY (with the elapsed time),
 * and plain lines otherwise (CI logs), so long stages always show what they are doing.
 */
export interface Progress {
  update(message: string): void;
  done(): void;
}

export function progress(label: string, stream: NodeJS.WriteStream = process.stderr): Progress {
  const t0 = performance.now();
  const tty = stream.isTTY === true;
  let last = '';
  const elapsed = () => `${((performance.now() - t0) / 1000).toFixed(0).padStart(4)} s`;
  return {
    update(message: string) {
      if (message === last) return;
      last = message;
      if (tty) stream.write(`\r\x1b[2K[${label} ${elapsed()}] ${message}`);
      else stream.write(`[${label} ${elapsed()}] ${message}\n`);
    },
    done() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}
