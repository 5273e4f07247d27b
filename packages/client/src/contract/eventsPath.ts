/** The path of the Server-Sent Events stream (`objective.updated`, `key-result.updated`, `check-in.created`, `comment.created`). */
export const EVENTS_PATH = '/events';
