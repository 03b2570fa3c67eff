import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A dismissable modal for help-style content (keyboard help, About): focused when it opens, closed by
 * Escape, a click on the backdrop or its Close button (after the content).
 */
export function HelpDialog({
  label,
  className,
  onClose,
  children,
}: {
  label: string;
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <div className="help__backdrop" onClick={onClose}>
      <div
        ref={ref}
        className={className ? `help ${className}` : 'help'}
        role="dialog"
        aria-modal="true"
        aria-label={label}
        tabIndex={-1}
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        {children}
        <button type="button" className="btn btn--small" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
