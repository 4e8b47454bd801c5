// Live feeds: register RSS/Atom URLs, poll them politely, store their items as articles.
export { FeedRepo, type Feed, type FetchRecord } from "./repo.js";
export { fetchFeed, USER_AGENT, type FetchOutcome, type FetchOptions } from "./fetch.js";
export { pollFeeds, backoffSeconds, type PollOptions, type PollResult } from "./poll.js";
