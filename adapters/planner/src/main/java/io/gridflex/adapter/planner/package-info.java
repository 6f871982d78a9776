/**
 * Schedulers behind the application's planning port: an exact optimiser for storage problems and
 * OptaPlanner for the discrete ones. The module exists from the start so that the architecture
 * rules and the wiring already know it; the scheduling issue fills it.
 */
package io.gridflex.adapter.planner;
