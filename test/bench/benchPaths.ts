import path from 'node:path';
import type { BenchConfig, BenchPaths } from './benchTypes';

export function benchPaths(config: BenchConfig): BenchPaths {
  return {
    markdownDir: path.join(config.workDir, 'markdown'),
    corpusInfo: path.join(config.workDir, 'corpus.json'),
    library: path.join(config.workDir, 'library.sqlite'),
    longArticles: path.join(config.workDir, 'long'),
    exportDir: path.join(config.workDir, 'export'),
    peerDir: path.join(config.workDir, 'peers'),
  };
}
