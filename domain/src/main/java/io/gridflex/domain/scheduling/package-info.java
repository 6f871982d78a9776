/**
 * The scheduling problem as values: storage devices (their flex-model, resolved to one number per
 * step), the site they share (its flex-context), and the schedule any solver proposes. The problem
 * prices and checks a schedule itself, so every solver is judged by the same code.
 *
 * <p>Units follow FlexMeasures' scheduler: power in MW (consumption positive), stock in MWh,
 * prices per MWh for energy and per MW for capacity.
 */
package io.gridflex.domain.scheduling;
