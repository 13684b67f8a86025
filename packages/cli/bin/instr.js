#!/usr/bin/env node
// The `instr` command. This file is committed, not built, so that `pnpm install` can link it in
// a fresh clone before `dist/` exists; it runs the built CLI.
import "../dist/bin.js";
