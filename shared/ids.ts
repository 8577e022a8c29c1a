// Fresh record ids: short, URL-safe, random (nanoid uses the platform's crypto random source).
import { customAlphabet } from 'nanoid';

const alphabet = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
const random = customAlphabet(alphabet, 12);

export function newId(prefix: string): string {
  return `${prefix}-${random()}`;
}
