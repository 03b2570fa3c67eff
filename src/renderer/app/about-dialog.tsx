import { HelpDialog } from '../features/shared/help-dialog';
import { DRIVER_LABEL } from '../features/shared/labels';
import { useStudio } from './studio-context';
import './shortcut-help.css';

/**
 * About and diagnostics: the version, which camera driver is in use and why, every backend that is not,
 * discovery and the API address. Developer text (library paths, `--driver`, SDK folders) lives here, not
 * in the camera panel.
 */
export function AboutDialog({ onClose }: { onClose: () => void }) {
  const status = useStudio((s) => s.studioStatus);
  const link = useStudio((s) => s.link);
  const d = status?.driver;
  return (
    <HelpDialog label="About Tether Studio" className="about" onClose={onClose}>
      <div className="help__title">Tether Studio {status?.version ?? ''}</div>
      <table>
        <tbody>
          <tr>
            <td>Camera driver</td>
            <td>
              {d ? (DRIVER_LABEL[d.kind] ?? d.kind) : '—'}
              {d?.sdkVersion ? ` ${d.sdkVersion}` : ''}
              {d ? ` (asked for: ${d.requested})` : ''}
            </td>
          </tr>
          <tr>
            <td>Why</td>
            <td className="mono">{d?.reason ?? '—'}</td>
          </tr>
          {d?.backends
            ?.filter((b) => !b.active)
            .map((b) => (
              <tr key={b.kind}>
                <td>{DRIVER_LABEL[b.kind] ?? b.kind}</td>
                <td className="mono">not in use — {b.reason}</td>
              </tr>
            ))}
          <tr>
            <td>Discovery</td>
            <td className="mono">
              {d?.discovery && !d.discovery.ok ? `failing: ${d.discovery.message ?? ''}` : 'working'}
            </td>
          </tr>
          <tr>
            <td>REST API</td>
            <td className="mono">{status?.server.url ?? (status?.server.enabled ? 'on' : 'off')}</td>
          </tr>
          <tr>
            <td>Link to the studio</td>
            <td>{link.state}</td>
          </tr>
        </tbody>
      </table>
    </HelpDialog>
  );
}
