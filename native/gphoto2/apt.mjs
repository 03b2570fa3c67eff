// apt and process helpers of build-vusb.mjs: Debian's archive is the only host ever contacted.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

/** Runs a command; with `log`, its output goes there (and the tail into the error when it fails). */
export function run(cmd, args, { cwd, log, env } = {}) {
  const res = spawnSync(cmd, args, {
    cwd,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    stdio: log ? 'pipe' : 'inherit',
    maxBuffer: 256 * 1024 * 1024,
  });
  if (log)
    writeFileSync(log, `$ ${cmd} ${args.join(' ')}\n${res.stdout ?? ''}${res.stderr ?? ''}`, { flag: 'a' });
  if (res.error) throw new Error(`${cmd} could not be started: ${res.error.message}`);
  if (res.status !== 0) {
    const tail = log ? readFileSync(log, 'utf8').split('\n').slice(-40).join('\n') : '';
    throw new Error(`${cmd} ${args.join(' ')} failed (exit ${res.status})${tail ? `:\n${tail}` : ''}`);
  }
  return res.stdout ?? '';
}

/** A command's stdout, or null when it fails. */
function capture(cmd, args) {
  const res = spawnSync(cmd, args, { encoding: 'utf8' });
  return res.status === 0 ? res.stdout : null;
}

/** The Debian packages of `pkgs` that are not installed. */
export function missingPackages(pkgs) {
  return pkgs.filter((p) => {
    const out = capture('dpkg-query', ['-W', '-f=${Status}', p]);
    return !out || !out.includes('install ok installed');
  });
}

/** The libgphoto2 source version apt would fetch (the candidate of the runtime package). */
export function sourceVersion() {
  const out = capture('apt-cache', ['policy', 'libgphoto2-6']);
  const m = out && /Candidate:\s*(\S+)/.exec(out);
  if (!m || m[1] === '(none)')
    throw new Error('apt knows no libgphoto2-6 package: run apt-get update (Debian/Ubuntu only)');
  return m[1];
}

/** True when apt has the source index of that libgphoto2 version. */
export function hasSourceIndex(version) {
  const out = capture('apt-cache', ['showsrc', 'libgphoto2']);
  return !!out && out.includes(`Version: ${version}`);
}

/** Adds a deb-src entry for Debian's archive (never any other host) for this release, then apt-get update. */
export function addDebSrc() {
  const release = /VERSION_CODENAME=(\S+)/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1];
  if (!release) throw new Error('cannot tell the Debian release from /etc/os-release');
  const file = '/etc/apt/sources.list.d/tether-studio-src.sources';
  writeFileSync(
    file,
    `# Added by Tether Studio (native/gphoto2/build-vusb.mjs): Debian's source packages.\nTypes: deb-src\nURIs: http://deb.debian.org/debian\nSuites: ${release}\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n`,
  );
  console.log(`[gphoto2-vusb] added ${file} (deb-src ${release} main)`);
  run('apt-get', ['update', '-qq']);
}

/** True when running as root (apt-get may be used). */
export function isRoot() {
  return typeof process.getuid === 'function' && process.getuid() === 0;
}

/** apt-gets whichever of `pkgs` are missing (root only; otherwise says what to install). */
export function installDeps(pkgs) {
  const missing = missingPackages(pkgs);
  if (missing.length === 0) return;
  if (!isRoot())
    throw new Error(
      `missing packages: ${missing.join(' ')} (apt-get install them, or run as root with --install-deps)`,
    );
  run('apt-get', ['update', '-qq']);
  run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], {
    env: { DEBIAN_FRONTEND: 'noninteractive' },
  });
}
