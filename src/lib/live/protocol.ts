import * as v from 'valibot';
import { OPTION_COUNT, QUESTION_KINDS } from '../core/quiz';
import { LIMITS, PortableQuizSchema } from '../core/schemas';

/**
 * The live classroom protocol: every message between the host's page, the students' phones and the
 * relay, as JSON text frames over one WebSocket at LIVE_PATH. Shared by the server and the browser,
 * so it stays pure TypeScript. Everything received is size-checked, then parsed with these schemas.
 */

export const LIVE_PATH = '/live/ws';

export const LIVE_LIMITS = {
	/** Only `host.create` carries a quiz; it may be this large (UTF-8 bytes). */
	hostCreateBytes: 128 * 1024,
	/** Every other client message. */
	messageBytes: 1024,
	/** What the browser accepts from the server (the final report is the largest message). */
	serverMessageBytes: 4 * 1024 * 1024,
	nickname: 20,
	maxStudents: 500,
	minSecondsPerQuestion: 5,
	maxSecondsPerQuestion: 300,
	token: 64,
	leaderboardSize: 10
} as const;

const PIN_PATTERN = /^\d{6}$/;
/** A token names its session's PIN first, so it can be routed without a global lookup. */
const TOKEN_PATTERN = /^\d{6}-[A-Za-z0-9_-]{16,48}$/;

export const PinSchema = v.pipe(v.string(), v.regex(PIN_PATTERN, 'A PIN is 6 digits.'));
export const TokenSchema = v.pipe(
	v.string(),
	v.maxLength(LIVE_LIMITS.token),
	v.regex(TOKEN_PATTERN, 'Not a session token.')
);

/** The PIN a (well-formed) token belongs to. */
export function pinOfToken(token: string): string {
	return token.slice(0, 6);
}

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const questionIndex = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(LIMITS.questions));
const choice = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(OPTION_COUNT - 1));

// Nicknames are checked loosely here (a string, not huge) and strictly by the session, which
// gives the precise reason (too long, empty, taken) back to the student.
const nicknameInput = v.pipe(v.string(), v.maxLength(LIVE_LIMITS.nickname * 4));

export const LiveSettingsSchema = v.strictObject({
	speedBonus: v.boolean(),
	secondsPerQuestion: v.pipe(
		v.number(),
		v.integer(),
		v.minValue(LIVE_LIMITS.minSecondsPerQuestion),
		v.maxValue(LIVE_LIMITS.maxSecondsPerQuestion)
	)
});
export type LiveSettings = v.InferOutput<typeof LiveSettingsSchema>;

// ---------------------------------------------------------------- client → server

export const ClientMessageSchema = v.variant('type', [
	v.strictObject({
		type: v.literal('host.create'),
		quiz: PortableQuizSchema,
		settings: LiveSettingsSchema
	}),
	v.strictObject({ type: v.literal('host.rejoin'), token: TokenSchema }),
	/** Opens the next question; after the last one it ends the session. */
	v.strictObject({ type: v.literal('host.next-question') }),
	v.strictObject({ type: v.literal('host.end-question') }),
	/** Drops the open question (its answers do not count), or the next one when none is open. */
	v.strictObject({ type: v.literal('host.skip') }),
	v.strictObject({ type: v.literal('host.leaderboard'), visible: v.boolean() }),
	v.strictObject({ type: v.literal('host.end') }),
	v.strictObject({ type: v.literal('join'), pin: PinSchema, nickname: nicknameInput }),
	v.strictObject({ type: v.literal('rejoin'), token: TokenSchema }),
	v.strictObject({ type: v.literal('answer'), questionIndex, choice })
]);
export type ClientMessage = v.InferOutput<typeof ClientMessageSchema>;
export type HostAction = Extract<
	ClientMessage,
	{
		type:
			'host.next-question' | 'host.end-question' | 'host.skip' | 'host.leaderboard' | 'host.end';
	}
>;

// ---------------------------------------------------------------- server → client

export const ERROR_CODES = [
	'pin-not-found',
	'session-full',
	'session-ended',
	'session-expired',
	'too-many-tries',
	'bad-message',
	'too-large',
	'rate-limited',
	'nickname-taken',
	'nickname-invalid',
	'nickname-too-long',
	'token-unknown',
	'not-joined',
	'not-allowed',
	'not-host',
	'not-open',
	'wrong-question',
	'already-answered',
	'late-join',
	'replaced',
	'server-busy',
	'internal'
] as const;
export type LiveErrorCode = (typeof ERROR_CODES)[number];

/** Messages a person can read; the screens may show them as they are. */
export const ERROR_MESSAGES: Record<LiveErrorCode, string> = {
	'pin-not-found': 'There is no session with this PIN. Check the number on the screen.',
	'session-full': 'This session is full.',
	'session-ended': 'This session has ended.',
	'session-expired': 'This session was closed after a long time without activity.',
	'too-many-tries': 'Too many wrong PINs. Wait a minute, then try again.',
	'bad-message': 'The message could not be understood.',
	'too-large': 'The message is too large.',
	'rate-limited': 'Too many messages at once. Slow down.',
	'nickname-taken': 'Someone in this session already has this nickname. Pick another.',
	'nickname-invalid':
		'Pick a nickname with at least one letter or digit and no control characters.',
	'nickname-too-long': `A nickname has at most ${LIVE_LIMITS.nickname} characters.`,
	'token-unknown': 'This seat is not known any more. Join again with the PIN.',
	'not-joined': 'Join a session first.',
	'not-allowed': 'This connection cannot do that.',
	'not-host': 'Only the host of this session can do that.',
	'not-open': 'This question is not open for answers.',
	'wrong-question': 'That answer is for another question.',
	'already-answered': 'You have already answered this question.',
	'late-join': 'You joined during this question; you will play from the next one.',
	replaced: 'This session was opened somewhere else.',
	'server-busy': 'The server has too many sessions right now.',
	internal: 'Something went wrong on the server.'
};

/** Errors after which the connection is of no more use (the client stops reconnecting). */
export const FATAL_ERRORS: ReadonlySet<LiveErrorCode> = new Set<LiveErrorCode>([
	'pin-not-found',
	'session-full',
	'session-ended',
	'session-expired',
	'token-unknown',
	'replaced'
]);

const PhaseSchema = v.picklist(['lobby', 'open', 'closed', 'ended']);
export type LivePhase = v.InferOutput<typeof PhaseSchema>;

// The limit counts characters (code points); a string's length counts UTF-16 units, up to two each.
const nickname = v.pipe(v.string(), v.maxLength(LIVE_LIMITS.nickname * 2));
const distribution = v.pipe(v.array(count), v.length(OPTION_COUNT));
const LeaderboardEntrySchema = v.object({ rank: count, nickname, score: count });

/** The class report of a live session, as the host's browser stores it. */
export const LiveReportSchema = v.object({
	v: v.literal(1),
	kind: v.literal('live'),
	title: v.pipe(v.string(), v.maxLength(LIMITS.title)),
	startedAt: count,
	endedAt: count,
	speedBonus: v.boolean(),
	questions: v.array(
		v.object({
			/** The question's id in the host's quiz, so the report can sit beside it. */
			id: v.pipe(v.string(), v.maxLength(LIMITS.id)),
			prompt: v.pipe(v.string(), v.maxLength(LIMITS.prompt)),
			options: v.array(v.pipe(v.string(), v.maxLength(LIMITS.option))),
			answer: choice,
			/** Skipped, or never reached before the session ended. */
			played: v.boolean(),
			/** How many students chose each option. */
			counts: distribution,
			/** Students who were in the question and gave no answer. */
			noAnswer: count
		})
	),
	students: v.array(
		v.object({
			nickname,
			score: count,
			correct: count,
			/** The chosen option per question, null when not answered. */
			answers: v.array(v.nullable(choice))
		})
	)
});
export type LiveReport = v.InferOutput<typeof LiveReportSchema>;

export const ServerMessageSchema = v.variant('type', [
	v.object({
		type: v.literal('hosting'),
		pin: v.pipe(v.string(), v.regex(PIN_PATTERN)),
		token: TokenSchema,
		title: v.string(),
		questionCount: count,
		settings: LiveSettingsSchema
	}),
	v.object({
		type: v.literal('joined'),
		pin: v.pipe(v.string(), v.regex(PIN_PATTERN)),
		seat: count,
		token: TokenSchema,
		nickname,
		score: count,
		title: v.string(),
		questionCount: count,
		phase: PhaseSchema,
		/** True when a question is open that this student joined too late for. */
		waitingForNext: v.boolean()
	}),
	v.object({
		type: v.literal('roster'),
		students: v.array(v.object({ seat: count, nickname, connected: v.boolean(), score: count }))
	}),
	v.object({
		type: v.literal('question'),
		index: count,
		total: count,
		kind: v.picklist(QUESTION_KINDS),
		prompt: v.string(),
		options: v.pipe(v.array(v.string()), v.length(OPTION_COUNT)),
		durationMs: count,
		/** Time left when the message was sent; the receiver counts down from its own clock. */
		remainingMs: count,
		/** The student's answer when they come back to a question they already answered. */
		yourChoice: v.nullable(choice)
	}),
	v.object({ type: v.literal('answer.ack'), questionIndex: count, choice }),
	v.object({
		type: v.literal('progress'),
		questionIndex: count,
		answered: count,
		expected: count
	}),
	v.object({
		type: v.literal('results'),
		questionIndex: count,
		total: count,
		answer: choice,
		distribution,
		noAnswer: count,
		/** For a student: their own outcome; absent for the host and for late joiners. */
		yours: v.optional(
			v.object({
				choice: v.nullable(choice),
				correct: v.boolean(),
				points: count,
				score: count,
				rank: v.nullable(count)
			})
		)
	}),
	v.object({ type: v.literal('skipped'), questionIndex: count, total: count }),
	v.object({
		type: v.literal('leaderboard'),
		visible: v.boolean(),
		entries: v.array(LeaderboardEntrySchema),
		yours: v.optional(v.object({ rank: count, score: count }))
	}),
	v.object({
		type: v.literal('ended'),
		/** Only the host receives the report. */
		report: v.optional(LiveReportSchema),
		yours: v.optional(v.object({ score: count, correct: count, rank: v.nullable(count) }))
	}),
	v.object({
		type: v.literal('error'),
		code: v.picklist(ERROR_CODES),
		message: v.string()
	})
]);
export type ServerMessage = v.InferOutput<typeof ServerMessageSchema>;
export type ServerMessageOf<T extends ServerMessage['type']> = Extract<ServerMessage, { type: T }>;

export function errorMessage(code: LiveErrorCode): ServerMessageOf<'error'> {
	return { type: 'error', code, message: ERROR_MESSAGES[code] };
}

// ---------------------------------------------------------------- parsing

export type Parsed<T> = { ok: true; message: T } | { ok: false; code: 'too-large' | 'bad-message' };

/** UTF-8 byte length without allocating, so an oversized string is refused before any copy. */
export function utf8Length(text: string): number {
	let bytes = 0;
	for (let i = 0; i < text.length; i++) {
		const unit = text.charCodeAt(i);
		if (unit < 0x80) bytes += 1;
		else if (unit < 0x800) bytes += 2;
		else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
			bytes += 4; // a surrogate pair is one 4-byte character
			i++;
		} else bytes += 3;
	}
	return bytes;
}

function isLowSurrogate(unit: number): boolean {
	return unit >= 0xdc00 && unit <= 0xdfff;
}

function parseWith<T>(
	schema: v.GenericSchema<unknown, T>,
	raw: string,
	maxBytes: number
): Parsed<T> {
	// A UTF-8 text is never shorter in bytes than in UTF-16 units: a cheap first cut.
	if (raw.length > maxBytes || utf8Length(raw) > maxBytes) return { ok: false, code: 'too-large' };
	let data: unknown;
	try {
		data = JSON.parse(raw);
	} catch {
		return { ok: false, code: 'bad-message' };
	}
	const result = v.safeParse(schema, data);
	return result.success ? { ok: true, message: result.output } : { ok: false, code: 'bad-message' };
}

/**
 * A client message, from text at most `maxBytes` long. Only `host.create` may be larger than
 * LIVE_LIMITS.messageBytes; pass the smaller limit when the sender cannot be creating a session.
 */
export function parseClientMessage(
	raw: string,
	maxBytes: number = LIVE_LIMITS.hostCreateBytes
): Parsed<ClientMessage> {
	const parsed = parseWith(ClientMessageSchema, raw, maxBytes);
	if (
		parsed.ok &&
		parsed.message.type !== 'host.create' &&
		utf8Length(raw) > LIVE_LIMITS.messageBytes
	) {
		return { ok: false, code: 'too-large' };
	}
	return parsed;
}

export function parseServerMessage(raw: string): Parsed<ServerMessage> {
	return parseWith(ServerMessageSchema, raw, LIVE_LIMITS.serverMessageBytes);
}
