package org.harambee.scaleup;

/** The four kinds of scale-up (ExpandNet). */
public enum ScaleUpKind {
    /** More communities or areas take up the approach. */
    HORIZONTAL,
    /** The approach is institutionalised: policy, budget, a government service (e.g. a district adopts a pathway). */
    VERTICAL,
    /** A new harm or service is added. */
    DIVERSIFICATION,
    /** Communities hear from neighbours and ask to start. */
    SPONTANEOUS
}
