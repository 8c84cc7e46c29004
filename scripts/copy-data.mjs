// Copies the data files that compiled code reads next to itself (dist/extract/data/).
import { cpSync } from 'node:fs';

cpSync('src/extract/data', 'dist/extract/data', {
  recursive: true,
  filter: (src) => !src.endsWith('.ts') && !src.endsWith('.md'),
});
