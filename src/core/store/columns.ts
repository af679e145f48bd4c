// Conversions at the row boundary: JSON columns, booleans and the timestamp every write stamps.
import { randomUUID } from 'node:crypto';

export function readJson<T>(text: string | null): T | null {
  return text === null ? null : (JSON.parse(text) as T);
}

export function readJsonArray<T>(text: string): T[] {
  return JSON.parse(text) as T[];
}

export function writeJson(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

export function now(): string {
  return new Date().toISOString();
}

export function newId(): string {
  return randomUUID();
}
