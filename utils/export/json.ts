/** JSON export: the export document, pretty-printed. Its shape is described by `schema.json`. */
import { buildExport, type ExportInput } from './model';

/** The page's quotes as JSON (schema `quotelens.export/1`), two-space indented, ending in a newline. */
export function toJson(input: ExportInput): string {
  return `${JSON.stringify(buildExport(input), null, 2)}\n`;
}
