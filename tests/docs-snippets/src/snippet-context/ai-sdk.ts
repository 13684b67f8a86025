// packages/ai-sdk/README.md: its one snippet imports everything it uses.
export {};
