/**
 * Capacity building: competencies, trainings, participants and attendance, assessments, facilitators and their
 * assignments to communities, and the readiness of an area. Other modules read readiness through
 * {@link org.harambee.capacity.Readiness}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Capacity")
package org.harambee.capacity;
