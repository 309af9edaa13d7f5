package io.modelintake.approval.review;

/** Which way a re-evaluation moved a request's outcome, or one finding of it. */
public enum Change {
    /** A verdict, a severity or the tier rose: a decided approval needs a re-review. */
    WORSE,
    SAME,
    /** Only the reverse of worse happened: the decision stands. */
    BETTER
}
