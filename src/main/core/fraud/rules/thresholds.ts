/**
 * Where the fraud rules draw their lines. Each is a judgement, written down
 * so a reviewer can see why an order was flagged; a flag only holds the
 * commission until a person looks, so the lines lean towards asking.
 */

/** A post day commonly brings 3 to 5 times a creator's usual daily orders; 8 times is more than a post explains. */
export const BURST_MULTIPLE = 8;
/** Fewer orders than this in a day is never a burst, however quiet the creator usually is. */
export const BURST_MIN_ORDERS = 10;
/** A usual daily rate needs some history: a creator with orders on a shorter span is not judged. */
export const BURST_MIN_SPAN_DAYS = 7;

/** Repeat customers are welcome; this many orders of one buyer through one creator's code looks like self-dealing... */
export const REPEAT_BUYER_MIN_ORDERS = 4;
/** ...when that buyer is also this share (basis points) of the creator's orders: a loyal customer among hundreds is not. */
export const REPEAT_BUYER_MIN_SHARE_BP = 1000;

/** Orders averaging below this share of the pilot's average order value (basis points) are low-value. */
export const LOW_VALUE_SHARE_BP = 2500;
/** This many orders of one creator within LOW_VALUE_SPAN_DAYS days, averaging that low, is a cluster. */
export const LOW_VALUE_MIN_ORDERS = 5;
export const LOW_VALUE_SPAN_DAYS = 3;
/** An average of fewer orders is not a "typical value". */
export const LOW_VALUE_MIN_PILOT_ORDERS = 20;

/** A creator's refund rate at least this multiple of the pilot's... */
export const REFUND_RATE_MULTIPLE = 3;
/** ...and at least this many percentage points (basis points) above it: 3 x 2 % = 6 % is noise, not fraud. */
export const REFUND_RATE_MIN_GAP_BP = 1500;
/** Below this many orders a creator's refund rate says little. */
export const REFUND_RATE_MIN_ORDERS = 10;
