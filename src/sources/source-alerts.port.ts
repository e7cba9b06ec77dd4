// Who hears that a source is failing (SOURCES_FAILING_AFTER fetches in a row): the operator (ADMIN_CHAT_ID) for
// every source, and for a chat's own source also the admin who added it, in a private message. Never the
// chat's subscribers. Raised once per streak (poll-plan.ts decides when); the adapter decides the recipients from the
// source (operator always, `addedBy` for a chat's own), so poll-plan's `to` is what the log line records.
import type { Source } from './source.js';

export interface SourceAlerts {
  /** Delivers the alert; never throws (a delivery failure is logged by the adapter). */
  failing(source: Source, message: string): Promise<void>;
}
