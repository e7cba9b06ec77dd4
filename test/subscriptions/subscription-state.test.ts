import { describe, expect, it } from 'vitest';
import type { Subscription } from '../../src/subscriptions/subscription.js';
import { subscriptionSchema } from '../../src/subscriptions/subscription.js';
import {
  clearTopics, forgetThread, migrate, pause, resume, resumeAutomatically, setTime, setTimeZone, setTopics, subscribe, unsubscribe,
} from '../../src/subscriptions/subscription-state.js';

const CREATED = new Date('2026-03-01T08:00:00.000Z');
const NOW = new Date('2026-03-10T12:00:00.000Z');
const DEFAULTS = { digestTime: '08:00', timeZone: 'UTC' };

const sub = (over: Partial<Subscription> = {}): Subscription => ({
  chatId: -100123, chatType: 'supergroup', title: 'Friends', time: '07:30', timeZone: 'Europe/Minsk', include: ['belarus'], exclude: ['football'],
  status: 'active', createdAt: CREATED.toISOString(), updatedAt: CREATED.toISOString(), ...over,
});

describe('subscribe', () => {
  it('when a chat subscribes for the first time then it gets the defaults, is active and valid', () => {
    const next = subscribe(undefined, { chatId: 42, chatType: 'private' }, DEFAULTS, NOW);
    expect(next).toEqual({
      chatId: 42, chatType: 'private', time: '08:00', timeZone: 'UTC', include: [], exclude: [], status: 'active',
      createdAt: NOW.toISOString(), updatedAt: NOW.toISOString(),
    });
    expect(subscriptionSchema.parse(next)).toEqual(next);
  });

  it('when an unsubscribed chat subscribes again then its time, zone, topics, thread and creation date are kept', () => {
    const before = sub({ status: 'unsubscribed', threadId: 7 });
    const next = subscribe(before, { chatId: before.chatId, chatType: 'supergroup' }, DEFAULTS, NOW);
    expect(next).toEqual({ ...before, status: 'active', updatedAt: NOW.toISOString() });
  });

  it('when a paused chat subscribes with a new time and zone then those replace the old ones and the pause reason goes', () => {
    const next = subscribe(sub({ status: 'paused', pausedReason: 'user' }), { chatId: -100123, chatType: 'supergroup', time: '06:00', timeZone: 'Asia/Tokyo', threadId: 9, title: 'New name' }, DEFAULTS, NOW);
    expect(next).toMatchObject({ status: 'active', time: '06:00', timeZone: 'Asia/Tokyo', threadId: 9, title: 'New name', include: ['belarus'] });
    expect(next).not.toHaveProperty('pausedReason');
  });

  it('when a channel is subscribed then its owner is recorded', () => {
    expect(subscribe(undefined, { chatId: -1005550001111, chatType: 'channel', title: '@news', ownerUserId: 5 }, DEFAULTS, NOW)).toMatchObject({ ownerUserId: 5, title: '@news' });
  });
});

describe('pause and resume', () => {
  it('when an active subscription is paused then it records why', () => {
    expect(pause(sub(), 'blocked', NOW)).toEqual({ ...sub(), status: 'paused', pausedReason: 'blocked', updatedAt: NOW.toISOString() });
  });

  it('when a paused or unsubscribed one is paused then nothing changes (the first reason stands)', () => {
    const userPaused = sub({ status: 'paused', pausedReason: 'user' });
    expect(pause(userPaused, 'removed', NOW)).toBe(userPaused);
    const gone = sub({ status: 'unsubscribed' });
    expect(pause(gone, 'blocked', NOW)).toBe(gone);
  });

  it('when the user resumes then any pause or an unsubscribe becomes active, without a reason', () => {
    for (const before of [sub({ status: 'paused', pausedReason: 'user' }), sub({ status: 'paused', pausedReason: 'chat_not_found' }), sub({ status: 'unsubscribed' })]) {
      const next = resume(before, NOW);
      expect(next).toMatchObject({ status: 'active', updatedAt: NOW.toISOString() });
      expect(next).not.toHaveProperty('pausedReason');
    }
  });

  it('when the user resumes an active one then it is the same object', () => {
    const active = sub();
    expect(resume(active, NOW)).toBe(active);
  });

  it('when the bot is added back then only a pause for that same reason is undone', () => {
    expect(resumeAutomatically(sub({ status: 'paused', pausedReason: 'removed' }), 'removed', NOW)).toMatchObject({ status: 'active' });
    expect(resumeAutomatically(sub({ status: 'paused', pausedReason: 'blocked' }), 'blocked', NOW)).toMatchObject({ status: 'active' });
  });

  it('when a user pause, another reason or an unsubscribe meets an automatic resume then it is not undone', () => {
    for (const before of [sub({ status: 'paused', pausedReason: 'user' }), sub({ status: 'paused', pausedReason: 'blocked' }), sub({ status: 'unsubscribed' }), sub()]) {
      expect(resumeAutomatically(before, 'removed', NOW)).toBe(before);
    }
  });
});

describe('unsubscribe', () => {
  it('when a paused subscription is unsubscribed then it is unsubscribed, keeps its settings and drops the pause reason', () => {
    const next = unsubscribe(sub({ status: 'paused', pausedReason: 'removed' }), NOW);
    expect(next).toEqual({ ...sub(), status: 'unsubscribed', updatedAt: NOW.toISOString() });
  });

  it('when it is already unsubscribed then it is the same object', () => {
    const gone = sub({ status: 'unsubscribed' });
    expect(unsubscribe(gone, NOW)).toBe(gone);
  });
});

describe('migrate, settings and topics', () => {
  it('when a group becomes a supergroup then the record moves to the new id with its settings', () => {
    const group = sub({ chatId: -123, chatType: 'group', status: 'paused', pausedReason: 'user' });
    expect(migrate(group, -100999, NOW)).toEqual({ ...group, chatId: -100999, chatType: 'supergroup', updatedAt: NOW.toISOString() });
  });

  it('when the time or zone is set then only that field and updatedAt change', () => {
    expect(setTime(sub(), '21:00', NOW)).toEqual({ ...sub(), time: '21:00', updatedAt: NOW.toISOString() });
    expect(setTimeZone(sub(), 'Asia/Tokyo', NOW)).toEqual({ ...sub(), timeZone: 'Asia/Tokyo', updatedAt: NOW.toISOString() });
  });

  it('when a topic list is set then it replaces that list only', () => {
    expect(setTopics(sub(), 'include', ['sanctions', 'minsk'], NOW)).toMatchObject({ include: ['sanctions', 'minsk'], exclude: ['football'] });
    expect(setTopics(sub(), 'exclude', ['weather'], NOW)).toMatchObject({ include: ['belarus'], exclude: ['weather'] });
  });

  it('when topics are cleared then both lists empty; with none it is the same object', () => {
    expect(clearTopics(sub(), NOW)).toMatchObject({ include: [], exclude: [], updatedAt: NOW.toISOString() });
    const none = sub({ include: [], exclude: [] });
    expect(clearTopics(none, NOW)).toBe(none);
  });

  it('when the forum topic it posts to is deleted then the thread is forgotten; another topic or none is left alone', () => {
    const inTopic = sub({ threadId: 7 });
    const next = forgetThread(inTopic, 7, NOW);
    expect(next).not.toHaveProperty('threadId');
    expect(next.updatedAt).toBe(NOW.toISOString());
    expect(forgetThread(inTopic, 8, NOW)).toBe(inTopic);
    const main = sub();
    expect(forgetThread(main, 7, NOW)).toBe(main);
  });
});
