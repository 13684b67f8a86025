#!/usr/bin/env node
// The `instr-mock-server` command. This file is committed, not built, so that `pnpm install` can
// link it in a fresh clone before `dist/` exists; it runs the built server CLI.
import "../dist/cli.js";
