package org.example.gridflex.framework.application.service;

/** Breaks core_uses_no_framework_nor_its_annotations. */
@io.micronaut.fixture.Singleton
public class OfferService {
}
