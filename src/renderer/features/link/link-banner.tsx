import { useEffect, useState } from 'react';
import { useActions, useStudio } from '../../app/studio-context';
import './link-banner.css';

/**
 * Says plainly when the studio itself stops answering (restarted, quit, network gone on a LAN client):
 * not the camera's fault. Counts down to the next automatic attempt and offers to try now.
 */
export function LinkBanner() {
  const { client } = useActions();
  const link = useStudio((s) => s.link);
  const [now, setNow] = useState(() => Date.now());
  const down = link.state === 'down';
  useEffect(() => {
    if (!down) return;
    const timer = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(timer);
  }, [down]);
  if (!down) return null;
  const secs = link.retryAt ? Math.max(0, Math.ceil((link.retryAt - now) / 1000)) : 0;
  return (
    <div className="link-banner" role="alert" data-testid="link-banner">
      <strong>Studio unreachable.</strong>
      <span>
        Tether Studio is not answering — is it still running? This window reconnects by itself
        {secs > 0 ? ` (next try in ${secs} s)` : ' (trying now)'} and then re-reads everything.
      </span>
      <button type="button" className="btn btn--small" onClick={() => client.reconnectNow()}>
        Retry now
      </button>
    </div>
  );
}
