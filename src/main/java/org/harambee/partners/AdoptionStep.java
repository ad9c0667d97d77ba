package org.harambee.partners;

/** How far an organisation has adopted the community-led approach in an area; steps are taken in this order. */
public enum AdoptionStep {
    INVITED,
    AGREED,
    TRAINED,
    SUPPORTING;

    /** The step after this one, or null after {@link #SUPPORTING}. */
    public AdoptionStep next() {
        return this == SUPPORTING ? null : values()[ordinal() + 1];
    }

    /** True once the organisation has been trained: it no longer counts as present but not adopting. */
    public boolean adopting() {
        return compareTo(TRAINED) >= 0;
    }
}
