import { memo, useId } from 'react';
import type { PropertyView } from '../../../shared/properties/property-view';
import { ErrorNote } from '../errors/error-note';
import type { UiError } from '../errors/error-messages';
import { propertyLabel, valueLabel } from '../shared/labels';

/**
 * One camera setting as a labelled select built from the camera's current available values. The
 * select's accessible name is the property's label ("ISO", "Shutter", …). Read-only or valueless
 * settings render disabled with the current value.
 */
export const PropertyControl = memo(function PropertyControl({
  view,
  pending,
  error,
  onChange,
  onDismissError,
}: {
  view: PropertyView;
  pending: boolean;
  error: UiError | undefined;
  onChange: (name: string, hex: string) => void;
  onDismissError: (name: string) => void;
}) {
  const id = useId();
  const options = view.available.length > 0 ? view.available : [];
  const hasCurrent = options.some((o) => o.hex === view.hex);
  const disabled = !view.writable || options.length === 0;
  const label = propertyLabel(view.name, view.label);
  return (
    <div
      className={`prop${pending ? ' prop--pending' : ''}${error ? ' prop--error' : ''}`}
      data-property={view.name}
    >
      <label className="prop__label" htmlFor={id} title={label !== view.label ? view.label : undefined}>
        {label}
      </label>
      <select
        id={id}
        className="field prop__select"
        aria-label={label}
        value={view.hex}
        disabled={disabled}
        title={disabled && !view.writable ? `${label} cannot be changed right now` : undefined}
        onChange={(e) => onChange(view.name, e.target.value)}
      >
        {!hasCurrent && (
          <option value={view.hex} disabled={options.length > 0}>
            {valueLabel(view.name, view.formatted) || '—'}
          </option>
        )}
        {options.map((o) => (
          <option key={o.hex} value={o.hex}>
            {valueLabel(view.name, o.formatted)}
          </option>
        ))}
      </select>
      {error && (
        <div className="prop__error">
          <ErrorNote error={error} field={label} compact onDismiss={() => onDismissError(view.name)} />
        </div>
      )}
    </div>
  );
});
