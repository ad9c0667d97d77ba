/**
 * Capacity building: competencies, trainings, participants and attendance, assessments, facilitators and their
 * assignments to communities, government support, and the readiness of an area against configurable criteria. Other
 * modules read readiness through {@link org.harambee.capacity.Readiness}. Publishes
 * {@link org.harambee.capacity.TrainingHeld}, {@link org.harambee.capacity.ParticipantCompleted} and
 * {@link org.harambee.capacity.ParticipantEnrolled}; listens to
 * {@link org.harambee.geography.UnitMoved} and {@link org.harambee.communities.CommunityMoved}. Its register is the one
 * record of a facilitator: it implements {@link org.harambee.communities.CommunityFacilitators} (decision 32).
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Capacity",
        allowedDependencies = {"access", "communities", "geography", "partners", "referrals", "system"})
package org.harambee.capacity;
