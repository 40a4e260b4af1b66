// Starts the class server as a child process (for tests and the bench): resolves once it listens,
// with its port and a way to ask its memory or kill it.
import { fork, spawnSync, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface ServerProcess {
  readonly port: number;
  readonly pid: number;
  readonly child: ChildProcess;
  /** Everything it printed, stdout and stderr. */
  output(): string;
  /** Resolves with the exit code (or signal) once the process has ended. */
  readonly exited: Promise<number | string>;
  /** The process's memory after a garbage collection, and its open rooms. */
  memory(): Promise<{ memory: NodeJS.MemoryUsage; rooms: number }>;
  kill(signal?: NodeJS.Signals): Promise<number | string>;
}

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Builds the server as `npm start` runs it (`npm run build:server`, into dist-server/), for `built: true`; throws with the build's errors. */
export function buildServer(): void {
  const built = spawnSync('npm', ['run', '-s', 'build:server'], { cwd: ROOT, encoding: 'utf8', shell: process.platform === 'win32' });
  if (built.status !== 0) throw new Error(`npm run build:server failed:\n${built.stderr}`);
}

export interface LaunchOptions {
  /** Run the built server (dist-server/, `npm run build:server`) as `npm start` does, not the sources through tsx. */
  readonly built?: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/** Runs the class server with `args` (add `--port 0` for any free port). */
export function launchServer(args: readonly string[], options: LaunchOptions = {}): Promise<ServerProcess> {
  // The built server runs with npm start's flags (package.json).
  const [entry, execArgv] = options.built ? ['dist-server/start.js', ['--max-semi-space-size=32', '--expose-gc']] : ['src/server/main.ts', ['--import', 'tsx', '--expose-gc']];
  const child = fork(entry, [...args], { cwd: ROOT, env: options.env ?? process.env, execArgv, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
  let text = '';
  const exited = new Promise<number | string>((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  return new Promise((resolve, reject) => {
    let listening = false;
    const onData = (chunk: Buffer): void => {
      text += chunk.toString('utf8');
      const m = listening ? null : /listening on port (\d+)/.exec(text);
      if (!m) return;
      listening = true;
      resolve({
        port: Number(m[1]),
        pid: child.pid as number,
        child,
        output: () => text,
        exited,
        memory: () =>
          new Promise((res) => {
            child.once('message', (msg) => res(msg as { memory: NodeJS.MemoryUsage; rooms: number }));
            child.send('memory');
          }),
        kill: (signal = 'SIGTERM') => {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal);
          return exited;
        },
      });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (c: Buffer) => (text += c.toString('utf8')));
    void exited.then((code) => {
      if (!listening) reject(new Error(`the server exited (${code}) before listening:\n${text}`));
    });
  });
}
