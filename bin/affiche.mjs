#!/usr/bin/env node
// The `affiche` command. Runs the TypeScript sources through tsx, so it works from the repo
// (`npx affiche`) and once installed as a package bin.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../electron/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
