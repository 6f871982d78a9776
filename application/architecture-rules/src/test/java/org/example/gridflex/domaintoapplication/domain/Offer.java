package org.example.gridflex.domaintoapplication.domain;

import io.gridflex.application.scheduling.port.out.Solution;

/** Breaks domain_does_not_depend_on_the_application. */
public record Offer(Solution solution) {
}
