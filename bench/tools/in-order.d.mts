import type { Book } from '@book/model';

export declare function proseText(book: Book): string;
export declare function tokens(text: string): string[];
export declare function inOrderRecovery(expected: string[], got: string[]): { found: number; total: number; ratio: number; missing: string[] };
