import type { SettingsServiceApi } from '../settings/settings-api';
import { parseTemplate } from './naming-template';

/**
 * Makes `template` the one every new session starts with (validated like a session's own template:
 * INVALID_ARGUMENT names the problem and nothing changes); persisted in the settings. Resolves with it.
 */
export async function saveDefaultTemplate(settings: SettingsServiceApi, template: string): Promise<string> {
  parseTemplate(template);
  const saved = await settings.update({ namingTemplate: template.trim() });
  return saved.namingTemplate;
}
