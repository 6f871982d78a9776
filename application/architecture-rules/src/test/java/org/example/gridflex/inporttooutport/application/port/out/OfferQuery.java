package org.example.gridflex.inporttooutport.application.port.out;

public record OfferQuery(int limit) {
}
