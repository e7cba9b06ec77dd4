// Recent "yes, an admin" answers from Telegram, per (chat, user), in this process only, for at most
// 60 s. Only menu navigation and the /settings chooser read them: every change (a saving button, a
// typed answer, /unsubscribe @channel) asks Telegram again and refreshes the entry. A "no" is never
// cached, so a newly promoted admin gets in at once and a demoted one is stopped at the next change.
import type { Api } from 'grammy';
import { askIsAdmin } from './ask-admin.js';

/** The longest an admin answer is trusted without asking Telegram again. */
export const MAX_ADMIN_CACHE_MS = 60_000;

/** `fresh`: ask Telegram now (for changes); `cached`: a recent yes will do (for looking around). */
export type AdminFreshness = 'fresh' | 'cached';

export interface AdminCheck {
  isAdmin(api: Api, chatId: number, userId: number, freshness: AdminFreshness): Promise<boolean>;
}

/**
 * @example
 * const admins = createAdminCheck({ now: () => clock.now().getTime(), ttlMs: 30_000 });
 * await admins.isAdmin(ctx.api, channelId, userId, 'fresh');
 */
export function createAdminCheck(options: { now: () => number; ttlMs: number }): AdminCheck {
  const ttlMs = Math.max(0, Math.min(options.ttlMs, MAX_ADMIN_CACHE_MS));
  const confirmedAt = new Map<string, number>();
  const sweep = (now: number) => {
    for (const [key, at] of confirmedAt) if (now - at >= ttlMs) confirmedAt.delete(key);
  };
  return {
    async isAdmin(api, chatId, userId, freshness) {
      const key = `${chatId}:${userId}`;
      const now = options.now();
      const at = confirmedAt.get(key);
      if (freshness === 'cached' && at !== undefined && now - at < ttlMs) return true;
      const admin = await askIsAdmin(api, chatId, userId);
      if (admin && ttlMs > 0) {
        if (confirmedAt.size >= 10_000) sweep(now);
        confirmedAt.set(key, now);
      } else confirmedAt.delete(key);
      return admin;
    },
  };
}
