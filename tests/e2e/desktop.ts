// A virtual X display (Xvfb) and real keystrokes (xdotool): what the browser treats as the reader's own
// input. Devtools-injected keys never reach the browser's shortcuts, and only a real shortcut (or a
// toolbar click) grants activeTab or answers a permission prompt.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';

export interface Desktop {
  display: string;
  /** Sends keys (xdotool names: `alt+shift+y`, `Return`) to the focused window of the browser. */
  press(keys: string): void;
  stop(): void;
}

function freeDisplay(): number {
  for (let number = 90; number < 200; number++) {
    if (!existsSync(`/tmp/.X${number}-lock`) && !existsSync(`/tmp/.X11-unix/X${number}`)) return number;
  }
  throw new Error('no free X display number');
}

export async function startDesktop(): Promise<Desktop> {
  const number = freeDisplay();
  const display = `:${number}`;
  const server: ChildProcess = spawn('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp'], {
    stdio: 'ignore',
  });
  const deadline = Date.now() + 10_000;
  while (!existsSync(`/tmp/.X11-unix/X${number}`)) {
    if (server.exitCode !== null || Date.now() > deadline) throw new Error(`Xvfb ${display} did not start`);
    await new Promise((done) => setTimeout(done, 50));
  }
  const env = { ...process.env, DISPLAY: display };
  return {
    display,
    press(keys) {
      const windows = execFileSync('xdotool', ['search', '--onlyvisible', '--class', 'chromium'], { env })
        .toString()
        .trim()
        .split('\n');
      const window = windows.at(-1);
      if (window) execFileSync('xdotool', ['windowfocus', '--sync', window], { env });
      execFileSync('xdotool', ['key', '--clearmodifiers', keys], { env });
    },
    stop() {
      server.kill();
    },
  };
}
