export { scan, scanBlocks, looksApostropheClosed, unclosedAtEnd, type QuoteSpan, type ScanOptions } from './scan';
