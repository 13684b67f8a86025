// Free names of the packages/queue/README.md snippets (they import `./schema.js` themselves).
export {};
