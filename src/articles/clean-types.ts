// Shared result types of cleaning, kept apart so the helper modules can use them without a cycle.
import type { ArticleRecord } from './record.js';

/** An article as cleaning produces it; the ingest step adds id, ingestedAt and entities. */
export type CleanedArticle = Omit<ArticleRecord, 'id' | 'ingestedAt' | 'entities'>;

export type CleanErrorCode =
  | 'empty'
  | 'too_large'
  | 'binary'
  | 'invalid_utf8'
  | 'no_title'
  | 'no_body'
  /** Looks like JSON (a leading "{") but does not parse. */
  | 'bad_json'
  /** Metadata we cannot use: a JSON article without a text field, an unreadable URL, date or language. */
  | 'bad_metadata'
  /** Cleaned, but the result is not a valid article record (build-record.ts): a bug, not the input's fault. */
  | 'invalid_record'
  /** Cleaning itself threw (a bug): the other files are still ingested. */
  | 'clean_failed'
  /** An HTML page; refused until the web-page extractor exists (src/articles/html-input.ts). */
  | 'html';

/** `message` is one human line that says what to do about it. */
export interface CleanError {
  code: CleanErrorCode;
  message: string;
}

export type CleanOutcome = { ok: true; article: CleanedArticle } | { ok: false; error: CleanError };

export interface CleanOptions {
  /** Ingestion time: the fallback publication date and the upper bound for inferred years. */
  now: Date;
  /** Inputs larger than this (in bytes, UTF-8 for strings) are refused before decoding. */
  maxBytes: number;
  /** Not put into error messages: callers print the file name once, escaped for the terminal. */
  fileName?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CleanError };

export const fail = (code: CleanErrorCode, message: string): { ok: false; error: CleanError } => ({
  ok: false,
  error: { code, message: message.replace(/\s+/g, ' ').trim() },
});
