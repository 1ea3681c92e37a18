/** Workshop mode (issue 9): agenda, operations, summary, Markdown export and presenter frames. */
export * from './buildAgenda';
export * from './describeStep';
export * from './workshopOps';
export * from './summarizeWorkshop';
export * from './workshopToMarkdown';
export * from './presenterFrame';
export * from './timebox';
