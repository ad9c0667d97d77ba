package org.harambee.scaleup.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.harambee.access.UnitPaths;
import org.harambee.scaleup.RolloutRandomised;
import org.harambee.system.Inputs;
import org.harambee.system.InvalidInputException.FieldProblem;

/**
 * A stepped-wedge rollout in its area: {@code waves} waves, the first crossing over on {@code firstCrossover} and each
 * next one {@code periodMonths} later. Its clusters are drawn into waves at random, with a recorded seed, until the
 * first crossover; a drawn cluster moves to another wave while neither its wave nor the new one has crossed over.
 * Nothing about a wave changes once it has: a refusal names the field and the message (400).
 */
public record Rollout(
        UUID id,
        UUID unitId,
        String unitPath,
        int waves,
        LocalDate firstCrossover,
        int periodMonths,
        boolean stratified) {

    /** The depth of the district a stratified draw groups clusters by. */
    static final int DISTRICT_DEPTH = 2;

    /** The waves drawn: every drawn cluster's assignment as it now is, and the event to publish. */
    public record Draw(List<Assignment> assignments, RolloutRandomised event) {}

    /** The day wave {@code wave} (from 1) crosses over. */
    public LocalDate crossover(int wave) {
        return firstCrossover.plusMonths((long) (wave - 1) * periodMonths);
    }

    /**
     * Draws the clusters that are not for comparison into waves with {@code seed} ({@link WaveDraw}), each within its
     * district ({@code clusterPaths}: where each cluster lies, by id) when stratified; refused from the first crossover
     * on.
     */
    public Draw draw(List<Assignment> assignments, Map<UUID, String> clusterPaths, long seed, LocalDate today) {
        if (!today.isBefore(firstCrossover)) {
            Inputs.refuseIfAny(
                    List.of(new FieldProblem("seed", "scaleup.rollout.drawAfterCrossover", firstCrossover.toString())));
        }
        Map<UUID, Assignment> byCluster = new HashMap<>();
        assignments.stream().filter(a -> !a.comparison()).forEach(a -> byCluster.put(a.clusterId(), a));
        List<WaveDraw.Candidate> candidates = byCluster.values().stream()
                .map(a -> new WaveDraw.Candidate(a.clusterId(), stratum(clusterPaths.get(a.clusterId()))))
                .toList();
        List<Assignment> drawn = new ArrayList<>();
        for (WaveDraw.Drawn d : WaveDraw.draw(candidates, waves, seed)) {
            drawn.add(byCluster.get(d.clusterId()).inWave(d.wave(), d.stratum()));
        }
        return new Draw(drawn, new RolloutRandomised(id, unitId, unitPath, seed, WaveDraw.ALGORITHM));
    }

    /**
     * Moves a drawn cluster to wave {@code wave}, while neither its wave nor the new one has crossed over
     * {@code today}; empty when it is in that wave already.
     */
    public Optional<Assignment> move(Assignment assignment, Integer wave, LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        if (assignment.comparison()) {
            problems.add(new FieldProblem("wave", "scaleup.assignment.comparison"));
        } else if (assignment.wave() == null) {
            problems.add(new FieldProblem("wave", "scaleup.assignment.notDrawn"));
        } else if (wave == null) {
            problems.add(new FieldProblem("wave", "scaleup.required"));
        } else if (wave < 1 || wave > waves) {
            problems.add(new FieldProblem("wave", "scaleup.number.range", 1, waves));
        } else {
            for (int w : List.of(assignment.wave(), wave)) {
                LocalDate on = crossover(w);
                if (!today.isBefore(on)) {
                    problems.add(new FieldProblem("wave", "scaleup.assignment.crossedOver", w, on.toString()));
                    break;
                }
            }
        }
        Inputs.refuseIfAny(problems);
        return assignment.wave().equals(wave)
                ? Optional.empty()
                : Optional.of(assignment.inWave(wave, assignment.stratum()));
    }

    /** The district a cluster lies in (its own unit when placed above districts); null when not stratified. */
    private UUID stratum(String clusterPath) {
        if (!stratified || clusterPath == null) {
            return null;
        }
        String district = UnitPaths.ancestor(clusterPath, DISTRICT_DEPTH);
        String trimmed = district.substring(0, district.length() - 1);
        return UUID.fromString(trimmed.substring(trimmed.lastIndexOf('/') + 1));
    }
}
