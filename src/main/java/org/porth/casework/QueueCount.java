package org.porth.casework;

/**
 * A work queue and how its open (not closed) cases stand, for an officer's list of queues.
 *
 * @param ownTeam    the queue belongs to one of the officer's teams, so they may list its cases;
 *                   a supervisor also sees the counts of other teams' queues, with this false
 * @param open       cases not closed
 * @param unassigned open cases no officer has taken
 * @param atRisk     open cases that have used 80% of their time
 * @param breached   open cases past their due time
 */
public record QueueCount(String queueId, String nameEn, String nameCy, String teamId, String teamNameEn,
        String teamNameCy, boolean ownTeam, long open, long unassigned, long atRisk, long breached) {
}
