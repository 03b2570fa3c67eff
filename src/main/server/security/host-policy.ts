import { networkInterfaces, hostname } from 'node:os';

/** True for addresses only this machine can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '').toLowerCase();
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

/** True for "all interfaces" binds. */
export function isWildcardHost(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, '');
  return h === '0.0.0.0' || h === '::' || h === '';
}

/** Splits a Host header into lower-case hostname (IPv6 without brackets) and port (null when absent). */
export function parseHostHeader(value: string): { hostname: string; port: number | null } | null {
  const m = /^(?:\[([0-9a-fA-F:.]+)\]|([^:[\]\s/]+))(?::(\d{1,5}))?$/.exec(value.trim());
  if (!m) return null;
  const port = m[3] === undefined ? null : Number(m[3]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  return { hostname: (m[1] ?? m[2]).toLowerCase(), port };
}

/**
 * Host names a request may address: loopback names, the bound address, and for wildcard binds every local
 * interface address and the machine name. Anything else is a DNS-rebinding attempt.
 */
export function allowedHostnames(bindHost: string, extra: readonly string[] = []): Set<string> {
  const names = new Set<string>(['localhost', '127.0.0.1', '::1']);
  const bound = bindHost.replace(/^\[|\]$/g, '').toLowerCase();
  if (!isWildcardHost(bound)) names.add(bound);
  else {
    names.add(hostname().toLowerCase());
    for (const list of Object.values(networkInterfaces())) {
      for (const addr of list ?? []) names.add(addr.address.toLowerCase());
    }
  }
  for (const e of extra) names.add(e.replace(/^\[|\]$/g, '').toLowerCase());
  return names;
}
